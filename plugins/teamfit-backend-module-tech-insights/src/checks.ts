import { TEAMFIT_FACT_RETRIEVER_ID, ruleFact } from './facts.js';

/** A JSON-rules-engine check as `techInsights.factChecker.checks.<id>` in app-config holds it. */
export interface TeamfitCheck {
  type: 'json-rules-engine';
  name: string;
  description: string;
  factIds: string[];
  rule: { conditions: { all: { fact: string; operator: string; value: number | boolean }[] } };
}

const check = (name: string, description: string, fact: string, value: number | boolean): TeamfitCheck => ({
  type: 'json-rules-engine',
  name,
  description,
  factIds: [TEAMFIT_FACT_RETRIEVER_ID],
  rule: { conditions: { all: [{ fact, operator: 'equal', value }] } },
});

/**
 * The Scorecard checks of the model, keyed by check id: put them under `techInsights.factChecker.checks`
 * (YAML in the README), or spread this object there in code.
 */
export const teamfitChecks: Record<string, TeamfitCheck> = {
  'teamfit-no-devops-team-owner': check('No DevOps team owns a system', 'No team called or declared DevOps owns it or what it holds (teamfit rule devops-team-owns-system)', ruleFact('devops-team-owns-system'), 0),
  'teamfit-fits-the-model': check("Fits 'a model for DevOps'", "Its teams fit its architecture by the model's fit table (teamfit fit verdict: fits)", 'fitsModel', true),
  'teamfit-no-knowledge-island': check('No knowledge island', 'No component of it has one person making almost every change (teamfit rule knowledge-island)', ruleFact('knowledge-island'), 0),
};
