import { createHash } from 'node:crypto';
import type { Finding, FindingOf, RuleId } from '../result/index.js';

type KeyEvidence = { [R in RuleId]: (evidence: FindingOf<R>['evidence']) => string[] };

const sorted = (items: readonly string[]): string[] => [...items].sort();

/**
 * Per rule, the evidence that makes a finding the same finding tomorrow: who and what is involved, never
 * counts, confidences or wording, which change while the problem stays. The subject is always part of the
 * identity and is not repeated here. The compiler demands an entry for every rule.
 */
export const KEY_EVIDENCE: KeyEvidence = {
  // The team that owns it; the list of everything it owns grows and shrinks.
  'devops-team-owns-system': (evidence) => [evidence.team],
  // Absent, unresolved or malformed: the subject still has no owner.
  'missing-owner': () => [],
  'person-owns-system': (evidence) => [evidence.owner],
  // The teams between which dependencies cross; the crossings themselves come and go.
  'ownership-split': (evidence) => sorted(evidence.owners.map((owner) => owner.team)),
  'shared-resource': (evidence) => sorted(evidence.teams),
  'dependency-cycle': (evidence) => sorted(evidence.cycle),
  // The system is a micro-monolith; which couplings remain is progress, not a new finding.
  'tight-coupling': () => [],
  'ops-handoff': (evidence) => [evidence.builtBy, ...sorted(evidence.operatedBy)],
  'structure-mismatch': (evidence) => [evidence.architecture],
  'architecture-drift': (evidence) => [evidence.declared, evidence.measured],
  'low-team-alignment': (evidence) => [evidence.owner],
  // The person holding the knowledge; their share moves every week.
  'knowledge-island': (evidence) => [evidence.person],
  'cross-team-coupling': (evidence) => [evidence.b, ...sorted(evidence.teams)],
  // The components it gates come and go; the team being a gatekeeper is the finding.
  'sre-gatekeeper': () => [],
};

/** Fingerprint of a finding: sha256 (hex) over its rule id, subject and key evidence. Stable across runs and versions. */
export function fingerprintOf(finding: Pick<Finding, 'ruleId' | 'subject' | 'evidence'>): string {
  // TypeScript cannot correlate the rule id with its evidence across the union; KEY_EVIDENCE's type does.
  const key = (KEY_EVIDENCE[finding.ruleId] as (evidence: Finding['evidence']) => string[])(finding.evidence);
  return createHash('sha256').update(JSON.stringify([finding.ruleId, finding.subject, ...key])).digest('hex');
}
