import type { ReactNode } from 'react';
import { EmptyState, Progress, ResponseErrorPanel } from '@backstage/core-components';
import type { Loaded } from './use-teamfit-entity.js';

/** The loading and failure states every teamfit view shares; `empty` says why there is nothing to show. */
export function LoadedView<T>({ state, empty, children }: { state: Loaded<T>; empty: string; children: (value: T) => ReactNode }) {
  if (state.loading) return <Progress />;
  if ('error' in state) return <ResponseErrorPanel error={state.error} />;
  if (state.value === undefined) return <EmptyState missing="data" title="No teamfit verdict" description={empty} />;
  return <>{children(state.value)}</>;
}
