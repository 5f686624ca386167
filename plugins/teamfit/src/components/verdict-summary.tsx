import type { TeamfitEntity } from '../api/types.js';
import { muted } from './styles.js';

type Verdict = NonNullable<TeamfitEntity['verdict']>;

/** The verdict first, as the model words it: label, confidence, what the catalog declared, and why. */
export function VerdictSummary({ verdict }: { verdict: Verdict }) {
  const declared = verdict.declared !== undefined && verdict.declared !== verdict.label ? `; the catalog declares ${verdict.declared}` : '';
  return (
    <div data-testid="teamfit-verdict">
      <p style={{ ...muted, margin: 0, textTransform: 'uppercase', fontSize: '0.75rem' }}>{verdict.aspect}</p>
      <p style={{ margin: '2px 0', fontSize: '1.6rem', fontWeight: 600 }}>{verdict.label}</p>
      <p style={{ ...muted, margin: '0 0 8px' }}>
        confidence {percent(verdict.confidence)}
        {declared}
      </p>
      <p style={{ margin: '0 0 8px' }}>{verdict.reason}</p>
    </div>
  );
}

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}
