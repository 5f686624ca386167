import { analyzeModel, prepareOrganisation, type AnalyzeOptions } from '../run.js';
import type { AnalysisResult, WhatIfResult } from '../result/index.js';
import { applyPlan } from './apply-plan.js';
import { compareResults } from './compare.js';
import { catalogPatch, type CatalogPatch } from './emit-patch.js';
import { codeownersPatch } from './codeowners-patch.js';
import type { LoadedPlan } from './load-plan.js';

export { loadPlan, parsePlan, type LoadedPlan } from './load-plan.js';
export { Plan } from './plan.js';
export type { CatalogPatch } from './emit-patch.js';

/**
 * What a plan would change: read the organisation once, apply the plan to a copy of its model, analyse
 * both the same way from one reading of git (the after's evidence re-keyed by the plan: owners, teams and
 * consolidated components), and compare. Nothing is written.
 */
export async function whatIf(loaded: LoadedPlan, options: AnalyzeOptions = {}): Promise<{ result: WhatIfResult; after: AnalysisResult; patch: () => Promise<CatalogPatch> }> {
  const prepared = await prepareOrganisation(options);
  const before = await analyzeModel(prepared, prepared.model, options);
  const outcome = applyPlan(loaded.plan, prepared.model, prepared.discovery, loaded.locate);
  const after = await analyzeModel(prepared, outcome.model, options, outcome.discovery, outcome.consolidated);
  const result = compareResults(before, after, outcome, { file: loaded.file, title: loaded.plan.title });
  return {
    result,
    // The organisation after the plan, carrying the comparison: what the HTML report shows.
    after: { ...after, whatIf: result },
    patch: async () => {
      const patch = await catalogPatch(outcome.ownerChanges, prepared.ingest.entities, prepared.cwd);
      const owners = await codeownersPatch(outcome.ownerChanges, before, prepared.cwd);
      // The diff carries owner changes; what else the plan does is for a person to carry out.
      const rest = outcome.applied.filter((change) => change.action !== 'move').map((change) => `not in the patch, ${change.action}: ${change.text}`);
      // Comment lines before the first file: git apply and patch skip them, a reviewer reads them.
      const comments = owners.comments.map((comment) => `# teamfit: ${comment}\n`).join('');
      return { diff: `${comments}${patch.diff}${owners.diff}`, notes: [...patch.notes, ...rest] };
    },
  };
}
