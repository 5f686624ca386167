import type { FactRetriever } from '@backstage-community/plugin-tech-insights-node';
import { ResponseError } from '@backstage/errors';
import type { AnalysisResult } from 'teamfit';
import { TEAMFIT_FACT_RETRIEVER_ID, teamfitFacts } from './facts.js';
import { teamfitFactSchema } from './schema.js';

/**
 * Reads the latest analysis from the teamfit backend plugin (GET /api/teamfit/result, with this
 * backend's service credentials) and turns it into facts. Before teamfit's first run there is nothing.
 */
export const teamfitFactRetriever: FactRetriever = {
  id: TEAMFIT_FACT_RETRIEVER_ID,
  version: '0.1.0',
  title: 'teamfit',
  description: "Architecture, team structure, fit and findings by 'a model for DevOps' (teamfit)",
  entityFilter: [{ kind: ['system', 'group'] }],
  schema: teamfitFactSchema,
  async handler({ discovery, auth, logger }) {
    const { token } = await auth.getPluginRequestToken({ onBehalfOf: await auth.getOwnServiceCredentials(), targetPluginId: 'teamfit' });
    const response = await fetch(`${await discovery.getBaseUrl('teamfit')}/result`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status === 404) {
      logger.info('teamfit has not analysed the catalog yet; no facts this time');
      return [];
    }
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return teamfitFacts((await response.json()) as AnalysisResult);
  },
};
