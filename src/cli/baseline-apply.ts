import type { AnalysisResult, Finding } from '../result/index.js';
import type { LoadedBaseline } from './baseline-file.js';

/**
 * Mark each finding `new` or `unchanged` against the baseline and add the counts. Fingerprints are
 * matched as a multiset: two identical findings where the baseline had one make one of them new.
 */
export function applyBaseline(result: AnalysisResult, baseline: LoadedBaseline | undefined): AnalysisResult {
  if (baseline === undefined) return result;
  const remaining = new Map<string, number>();
  for (const { fingerprint } of baseline.contents.findings) remaining.set(fingerprint, (remaining.get(fingerprint) ?? 0) + 1);
  const findings = result.findings.map((finding): Finding => {
    const left = remaining.get(finding.fingerprint) ?? 0;
    if (left > 0) remaining.set(finding.fingerprint, left - 1);
    return { ...finding, baseline: left > 0 ? 'unchanged' : 'new' };
  });
  const unchanged = findings.filter((finding) => finding.baseline === 'unchanged').length;
  const fixed = [...remaining.values()].reduce((sum, count) => sum + count, 0);
  return { ...result, findings, baseline: { file: baseline.file, new: findings.length - unchanged, unchanged, fixed } };
}

/** The findings that decide the exit code: all of them, or with a baseline only the new ones. */
export function countedFindings(result: AnalysisResult): Finding[] {
  return result.findings.filter((finding) => finding.baseline !== 'unchanged');
}
