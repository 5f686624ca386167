/**
 * Tech Insights facts and Scorecard checks from teamfit.
 * @packageDocumentation
 */
export { techInsightsModuleTeamfit as default, TEAMFIT_FACT_RETRIEVER_NAME } from './module.js';
export { teamfitFactRetriever } from './fact-retriever.js';
export { teamfitFacts, ruleFact, TEAMFIT_FACT_RETRIEVER_ID } from './facts.js';
export { teamfitFactSchema } from './schema.js';
export { teamfitChecks, type TeamfitCheck } from './checks.js';
