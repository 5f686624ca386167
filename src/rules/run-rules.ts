import type { EntityRef, FieldPosition, Finding, RuleId, Severity } from '../result/index.js';
import type { AnyRule, FindingDraft, RuleContext } from './define-rule.js';
import { fingerprintOf } from './fingerprint.js';
import { docsUrl } from './meta.js';
import { RULES } from './registry.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Run every enabled rule; findings come back sorted by severity, rule and subject. */
export function runRules(context: RuleContext, rules: readonly AnyRule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const override = context.config.rules[rule.id]?.severity;
    if (override === 'off') continue;
    const severity = override ?? rule.defaultSeverity;
    for (const { cause, ...draft } of rule.check(context) as Array<FindingDraft<RuleId>>) {
      const source = context.index.entity(draft.subject)?.source;
      const fingerprint = fingerprintOf({ ...draft, ruleId: rule.id } as Finding);
      const field = cause && fieldOf(context, cause.entity ?? draft.subject, cause.path);
      findings.push({ ...draft, ruleId: rule.id, severity, docsUrl: docsUrl(rule.id), ...(source ? { location: source } : {}), ...(field ? { field } : {}), fingerprint } as Finding);
    }
  }
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.subject.localeCompare(b.subject));
}

function fieldOf(context: RuleContext, entity: EntityRef, path: string): FieldPosition | undefined {
  const position = context.fieldPosition?.(entity, path);
  return position && { ...position, entity, path };
}
