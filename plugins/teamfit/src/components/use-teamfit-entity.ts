import { useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { teamfitApiRef } from '../api/teamfit-api.js';
import type { TeamfitEntity } from '../api/types.js';

/** A request's state: loading, failed, or answered (an answer may be "nothing": no verdict for it). */
export type Loaded<T> = { loading: true } | { loading: false; error: Error } | { loading: false; value: T | undefined };

/** Runs `load` when its inputs change and keeps only the latest answer, so a fast page switch shows the right entity. */
export function useLoaded<T>(load: () => Promise<T | undefined>, inputs: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  useEffect(() => {
    let isCurrent = true;
    setState({ loading: true });
    load().then(
      (value) => isCurrent && setState({ loading: false, value }),
      (error: unknown) => isCurrent && setState({ loading: false, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      isCurrent = false;
    };
    // `inputs` are what `load` reads, listed by the caller as for useMemo: a new closure each render must not refetch.
  }, inputs);
  return state;
}

/** teamfit's answer for the entity of the page it is on. */
export function useTeamfitEntity(): Loaded<TeamfitEntity> {
  const { entity } = useEntity();
  const api = useApi(teamfitApiRef);
  const { kind, metadata } = entity;
  const namespace = metadata.namespace ?? 'default';
  return useLoaded(() => api.getEntity({ kind, namespace, name: metadata.name }), [api, kind, namespace, metadata.name]);
}
