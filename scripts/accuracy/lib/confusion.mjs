import { LABELS } from './corpus.mjs';
import { percent, table } from './markdown.mjs';

/** Verdicts at or above this confidence are "confident": a wrong one is the error the issue forbids. */
export const CONFIDENT = 0.7;

/**
 * Agreement over the measured rows (placed and run); a run that failed counts as a disagreement,
 * since the user got no verdict. Rows: expected label; columns: teamfit's verdict.
 */
export function summarise(rows) {
  const measured = rows.filter((r) => r.status !== 'not placed');
  const agreed = measured.filter((r) => r.agree);
  const confidentWrong = measured.filter((r) => !r.agree && r.confidence !== undefined && r.confidence >= CONFIDENT);
  return { measured: measured.length, agreed: agreed.length, confidentWrong, notPlaced: rows.length - measured.length };
}

export function confusionMatrix(rows) {
  const columns = [...LABELS, 'error'];
  const counts = new Map();
  for (const r of rows) {
    if (r.status === 'not placed') continue;
    const key = `${r.expected}→${r.actual ?? 'error'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const body = LABELS.map((expected) => {
    const cells = columns.map((actual) => counts.get(`${expected}→${actual}`) ?? 0);
    const total = cells.reduce((a, b) => a + b, 0);
    const right = counts.get(`${expected}→${expected}`) ?? 0;
    return [`**${expected}**`, ...cells.map((n, i) => (columns[i] === expected && n > 0 ? `**${n}**` : n)), percent(right, total)];
  });
  return table(['expected ↓ / teamfit →', ...columns, 'recall'], body);
}
