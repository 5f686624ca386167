import { createApiRef } from '@backstage/frontend-plugin-api';
import type { AnalysisResult } from 'teamfit';
import type { TeamfitEntity, TeamfitEntityName } from './types.js';

/** Reads teamfit's latest analysis from the teamfit backend plugin. */
export interface TeamfitApi {
  /** The whole latest result (`teamfit analyze --format json`); undefined before the backend's first run. */
  getResult(): Promise<AnalysisResult | undefined>;
  /** One entity's verdict, signals, fit and findings; undefined when teamfit has none for it (or may not show it). */
  getEntity(entity: TeamfitEntityName): Promise<TeamfitEntity | undefined>;
}

export const teamfitApiRef = createApiRef<TeamfitApi>().with({ id: 'plugin.teamfit.service', pluginId: 'teamfit' });
