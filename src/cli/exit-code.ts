import type { Severity } from '../result/index.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
/** Bad input or arguments, or an internal error. */
export const EXIT_USAGE = 2;

export const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** 1 when any finding is at or above `failOn`; `none` never fails. */
export function exitCodeFor(findings: ReadonlyArray<{ severity: Severity }>, failOn: FailOn): 0 | 1 {
  if (failOn === 'none') return EXIT_OK;
  const bar = RANK[failOn];
  return findings.some((finding) => RANK[finding.severity] >= bar) ? EXIT_FINDINGS : EXIT_OK;
}
