import type { Config } from '../config/schema.js';
import type { ModelIndex } from '../model/model-index.js';
import type { OrgAnalysis } from '../analyze/analyze-org.js';
import type { FindingOf, RuleId } from '../result/index.js';
import { RULE_META, type RuleMeta } from './meta.js';

export interface RuleContext {
  index: ModelIndex;
  analysis: OrgAnalysis;
  config: Config;
}

/** What a rule reports; the runner adds severity, docs link, the subject's catalog location and the fingerprint. */
export type FindingDraft<R extends RuleId> = Omit<FindingOf<R>, 'ruleId' | 'severity' | 'docsUrl' | 'location' | 'fingerprint' | 'baseline'>;

export interface Rule<R extends RuleId> extends RuleMeta {
  id: R;
  check(context: RuleContext): Array<FindingDraft<R>>;
}

export type AnyRule = { [R in RuleId]: Rule<R> }[RuleId];

export function defineRule<R extends RuleId>(id: R, check: (context: RuleContext) => Array<FindingDraft<R>>): Rule<R> {
  return { id, ...RULE_META[id], check };
}
