import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { AnalysisResult } from 'teamfit';
import type { TeamfitApi } from './teamfit-api.js';
import type { TeamfitEntity, TeamfitEntityName } from './types.js';

/** TeamfitApi over HTTP: the backend plugin's routes, found through discovery, called with the user's token. */
export class TeamfitClient implements TeamfitApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getResult(): Promise<AnalysisResult | undefined> {
    return this.get<AnalysisResult>('/result');
  }

  getEntity({ kind, namespace = 'default', name }: TeamfitEntityName): Promise<TeamfitEntity | undefined> {
    const path = [kind, namespace, name].map((part) => encodeURIComponent(part.toLowerCase())).join('/');
    return this.get<TeamfitEntity>(`/entities/${path}`);
  }

  // 404 is an answer, not a failure: no run yet, or no verdict for (or no access to) this entity.
  private async get<T>(path: string): Promise<T | undefined> {
    const base = await this.discoveryApi.getBaseUrl('teamfit');
    const response = await this.fetchApi.fetch(`${base}${path}`);
    if (response.status === 404) return undefined;
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
