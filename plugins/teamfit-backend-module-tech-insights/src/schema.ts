import type { FactSchema } from '@backstage-community/plugin-tech-insights-common';
import { RULE_IDS, RULE_META } from 'teamfit';
import { ruleFact } from './facts.js';

/** The shape of the facts teamfitFacts publishes. */
export const teamfitFactSchema: FactSchema = {
  architecture: { type: 'string', description: "The System's architecture by teamfit: monolith, microservices, micro-monolith or undetermined" },
  architectureConfidence: { type: 'float', description: 'Confidence of the architecture verdict, 0 to 1' },
  structure: { type: 'string', description: "The Group's structure by teamfit: sre, cross-functional, insourcing, dev-only, ops-only or undetermined" },
  structureConfidence: { type: 'float', description: 'Confidence of the structure verdict, 0 to 1' },
  fit: { type: 'string', description: "How the teams fit the architecture by 'a model for DevOps': fits, partial, misfit, no-fit or unknown (a Group: its worst system)" },
  fitsModel: { type: 'boolean', description: 'The fit is "fits"' },
  findings: { type: 'integer', description: 'teamfit findings about the entity and what it holds or owns' },
  ...Object.fromEntries(RULE_IDS.map((id) => [ruleFact(id), { type: 'integer' as const, description: `${RULE_META[id].title} (${id} findings)` }])),
};
