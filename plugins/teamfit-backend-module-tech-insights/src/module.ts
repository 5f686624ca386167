import { createBackendModule } from '@backstage/backend-plugin-api';
import { techInsightsFactRetrieversExtensionPoint } from '@backstage-community/plugin-tech-insights-node';
import { teamfitFactRetriever } from './fact-retriever.js';

/** The key under `techInsights.factRetrievers` whose `cadence` schedules the retriever (none: never runs). */
export const TEAMFIT_FACT_RETRIEVER_NAME = 'teamfitFactRetriever';

/** Adds teamfit's fact retriever to the Tech Insights backend. */
export const techInsightsModuleTeamfit = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'teamfit',
  register(env) {
    env.registerInit({
      deps: { retrievers: techInsightsFactRetrieversExtensionPoint },
      async init({ retrievers }) {
        retrievers.addFactRetrievers({ [TEAMFIT_FACT_RETRIEVER_NAME]: teamfitFactRetriever });
      },
    });
  },
});
