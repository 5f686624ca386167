import { Link } from '@backstage/core-components';
import type { Finding } from 'teamfit';
import { SeverityStatus } from './fit-status.js';
import { shortRef } from './refs.js';
import { list, muted } from './styles.js';
import { bySeverity } from './finding-list.js';

/**
 * Findings for a card: one line per rule (most severe first), how many and about what, so that every kind of
 * problem shows however many instances of another there are. The tab lists each one with what to change.
 */
export function FindingSummary({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return <p>No findings.</p>;
  const rules = new Map<string, Finding[]>();
  for (const finding of [...findings].sort(bySeverity)) rules.set(finding.ruleId, [...(rules.get(finding.ruleId) ?? []), finding]);
  return (
    <ul style={list} data-testid="teamfit-findings">
      {[...rules].map(([ruleId, [first, ...rest]]) => (
        <li key={ruleId}>
          <SeverityStatus severity={first!.severity} /> <Link to={first!.docsUrl}>{ruleId}</Link>
          {rest.length > 0 ? ` (${rest.length + 1})` : ''}: {first!.message}
          {rest.length > 0 && <span style={muted}> Also: {[...new Set(rest.map((f) => shortRef(f.subject)))].join(', ')}.</span>}
        </li>
      ))}
    </ul>
  );
}
