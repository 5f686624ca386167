import type { Severity } from '../result/index.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
/** Bad input or arguments, or an internal error. */
export const EXIT_USAGE = 2;

export const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** What decides the exit code: the findings that count (after any baseline) and the run's diagnostics. */
export interface ExitInputs {
  findings: ReadonlyArray<{ severity: Severity }>;
  diagnostics?: ReadonlyArray<{ severity: Severity }>;
}

export interface ExitBars {
  failOn: FailOn;
  /** Diagnostics count when at or above this bar and `failOn` both; default `error`. */
  failOnDiagnostics?: FailOn;
}

/**
 * 1 when any finding is at or above `failOn`, or any diagnostic at or above both bars (a CI gate must not
 * pass a catalog it could not read properly: a duplicate entity or broken YAML hides what it would find);
 * `none` never fails.
 */
export function exitCodeFor(inputs: ExitInputs, bars: ExitBars): 0 | 1 {
  const { failOn, failOnDiagnostics = 'error' } = bars;
  if (failOn === 'none') return EXIT_OK;
  const bar = RANK[failOn];
  if (inputs.findings.some((finding) => RANK[finding.severity] >= bar)) return EXIT_FINDINGS;
  if (failOnDiagnostics === 'none') return EXIT_OK;
  const diagnosticBar = Math.max(bar, RANK[failOnDiagnostics]);
  return (inputs.diagnostics ?? []).some((d) => RANK[d.severity] >= diagnosticBar) ? EXIT_FINDINGS : EXIT_OK;
}
