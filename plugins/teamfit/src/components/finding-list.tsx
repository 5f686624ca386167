import { Link } from '@backstage/core-components';
import type { Finding } from 'teamfit';
import { SeverityStatus } from './fit-status.js';
import { list, muted } from './styles.js';

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function bySeverity(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.subject.localeCompare(b.subject);
}

/** Findings, most severe first, each with its rule's page and, where there is room, what to change in the model's terms. */
export function FindingList({ findings, limit, withRecommendation }: { findings: readonly Finding[]; limit: number; withRecommendation: boolean }) {
  if (findings.length === 0) return <p>No findings.</p>;
  const sorted = [...findings].sort(bySeverity);
  return (
    <ul style={list} data-testid="teamfit-findings">
      {sorted.slice(0, limit).map((finding) => (
        <li key={finding.fingerprint}>
          <SeverityStatus severity={finding.severity} /> <Link to={finding.docsUrl}>{finding.ruleId}</Link>: {finding.message}
          {withRecommendation && <div style={muted}>{finding.recommendation}</div>}
        </li>
      ))}
      {findings.length > limit && <li style={muted}>and {findings.length - limit} more on the teamfit tab</li>}
    </ul>
  );
}
