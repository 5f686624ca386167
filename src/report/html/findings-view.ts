import type { AnalysisResult, Finding } from '../../result/index.js';
import { RULE_META } from '../../rules/meta.js';
import { evidenceSummary } from '../evidence.js';
import { position } from '../format.js';
import type { Relations } from './relations.js';
import type { SeverityName, ViewFinding } from './view-types.js';

const RANK: Record<SeverityName, number> = { error: 0, warning: 1, info: 2 };
export const UNOWNED = 'teamfit:unowned';

/** The finding as the page's script shows, filters and sorts it. `group` indexes the page's root-cause groups. */
export function toViewFinding(finding: Finding, scope: { team: string; system?: string }, group: number, docsAnchor: string | undefined): ViewFinding {
  return {
    ruleId: finding.ruleId,
    title: RULE_META[finding.ruleId].title,
    severity: finding.severity,
    subject: finding.subject,
    message: finding.message,
    recommendation: finding.recommendation,
    evidence: evidenceSummary(finding),
    docsUrl: finding.docsUrl,
    ...(docsAnchor === undefined ? {} : { docsAnchor }),
    ...(finding.location ? { location: position(finding.location) } : {}),
    ...scope,
    ...(finding.baseline ? { baseline: finding.baseline } : {}),
    group,
  };
}

/**
 * The team a subject belongs to (its owner, or itself for a group or person) and its system, for filtering.
 * An inferred system has no owner of its own: it goes with the first team owning its parts.
 */
export function scopeOf(subject: string, relations: Relations, systemOwners: ReadonlyMap<string, string | undefined>): { team: string; system?: string } {
  if (subject.startsWith('group:') || subject.startsWith('user:')) return { team: subject };
  const team = relations.owner(subject) ?? systemOwners.get(subject) ?? UNOWNED;
  const system = subject.startsWith('system:') ? subject : relations.system(subject);
  return system === undefined ? { team } : { team, system };
}

export function highest(severities: Iterable<SeverityName>): SeverityName | undefined {
  let best: SeverityName | undefined;
  for (const severity of severities) if (best === undefined || RANK[severity] < RANK[best]) best = severity;
  return best;
}

/** Which findings name each ref: as subject, or anywhere in their evidence. */
export interface FindingIndex {
  bySubject: ReadonlyMap<string, number[]>;
  byMention: ReadonlyMap<string, number[]>;
}

export function indexFindings(result: AnalysisResult): FindingIndex {
  const bySubject = new Map<string, number[]>();
  const byMention = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  };
  result.findings.forEach((finding, index) => {
    push(bySubject, finding.subject, index);
    for (const text of stringsIn(finding.evidence)) if (text !== finding.subject && /^[a-z]+:/.test(text)) push(byMention, text, index);
  });
  return { bySubject, byMention };
}

function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) yield* stringsIn(item);
}
