import type { Config } from '../config/schema.js';
import type { ModelIndex } from '../model/model-index.js';
import type { OrgAnalysis } from '../analyze/analyze-org.js';
import type { EntityRef, FindingOf, RuleId, SourcePosition } from '../result/index.js';
import { RULE_META, type RuleMeta } from './meta.js';

export interface RuleContext {
  index: ModelIndex;
  analysis: OrgAnalysis;
  config: Config;
  /** Where a field of an entity is written in the catalog (`spec.owner`), when the ingest kept it. */
  fieldPosition?: (entity: EntityRef, path: string) => SourcePosition | undefined;
}

/**
 * What a rule reports; the runner adds severity, docs link, the subject's catalog location, the fingerprint
 * and, from `cause`, the position of the field that causes the finding.
 */
export type FindingDraft<R extends RuleId> = Omit<FindingOf<R>, 'ruleId' | 'severity' | 'docsUrl' | 'location' | 'field' | 'fingerprint' | 'baseline'> & {
  /** The catalog field behind the finding: a dotted path on `entity` (default: the subject). */
  cause?: { path: string; entity?: EntityRef };
};

export interface Rule<R extends RuleId> extends RuleMeta {
  id: R;
  check(context: RuleContext): Array<FindingDraft<R>>;
}

export type AnyRule = { [R in RuleId]: Rule<R> }[RuleId];

export function defineRule<R extends RuleId>(id: R, check: (context: RuleContext) => Array<FindingDraft<R>>): Rule<R> {
  return { id, ...RULE_META[id], check };
}
