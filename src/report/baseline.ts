import type { BaselineSummary, Finding } from '../result/index.js';

/** `new` or `known`, when the run was compared with a baseline. */
export function baselineMarker(finding: Finding): string | undefined {
  if (finding.baseline === undefined) return undefined;
  return finding.baseline === 'new' ? 'new' : 'known';
}

/** `.teamfit-baseline.json: 2 new, 3 known, 1 fixed; ...`; raw text, callers escape it. */
export function baselineLine(baseline: BaselineSummary): string {
  return `${baseline.file}: ${baseline.new} new, ${baseline.unchanged} known, ${baseline.fixed} fixed; only new findings count for the exit code`;
}

/** `1 new` when some of the findings are new against the baseline; empty without a baseline or new ones. */
export function newLabel(findings: readonly Finding[]): string {
  const count = findings.filter((finding) => finding.baseline === 'new').length;
  return count === 0 ? '' : `${count} new`;
}
