import type { TechInsightFact } from '@backstage-community/plugin-tech-insights-node';
import { parseEntityRef } from '@backstage/catalog-model';
import { findingsAbout, RULE_IDS, systemsOf, type AnalysisResult, type FitVerdict, type RuleId } from 'teamfit';

/** The fact retriever's id: checks name it in `factIds`. */
export const TEAMFIT_FACT_RETRIEVER_ID = 'teamfit';

/** `knowledge-island` -> `knowledgeIslandFindings`: one integer fact per rule, as Scorecards compare numbers. */
export function ruleFact(ruleId: RuleId): string {
  return `${ruleId.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}Findings`;
}

/** A team is as far from the model as the worst-fitting system it belongs to. */
const FIT_ORDER: readonly FitVerdict[] = ['no-fit', 'misfit', 'partial', 'unknown', 'fits'];

/**
 * Facts per System (architecture) and per Group (structure): the fit, and counts of findings about it
 * and what it holds or owns, in total and per rule. Inferred systems are left out: the catalog has no
 * entity to hang them on.
 */
export function teamfitFacts(result: AnalysisResult): TechInsightFact[] {
  const systems = result.systems.filter((s) => !s.inferred).map((system) => fact(result, system.ref, {
    architecture: system.architecture.label,
    architectureConfidence: system.architecture.confidence,
  }));
  const teams = result.teams.filter((t) => t.ref.startsWith('group:')).map((team) => fact(result, team.ref, {
    structure: team.structure.label,
    structureConfidence: team.structure.confidence,
  }));
  return [...systems, ...teams];
}

function fact(result: AnalysisResult, ref: string, verdict: Record<string, string | number>): TechInsightFact {
  const findings = findingsAbout(result, ref);
  const fits = systemsOf(result, ref).map((s) => s.fit.verdict);
  const fit = FIT_ORDER.find((verdict) => fits.includes(verdict)) ?? 'unknown';
  const perRule = Object.fromEntries(RULE_IDS.map((id) => [ruleFact(id), findings.filter((f) => f.ruleId === id).length]));
  const { kind, namespace, name } = parseEntityRef(ref);
  return { entity: { kind, namespace, name }, facts: { ...verdict, fit, fitsModel: fit === 'fits', findings: findings.length, ...perRule } };
}
