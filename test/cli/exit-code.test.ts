import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exit-code.js';
import type { Severity } from '../../src/result/index.js';

const findings = (...severities: Severity[]) => ({ findings: severities.map((severity) => ({ severity })) });
const diagnostics = (...severities: Severity[]) => ({ findings: [], diagnostics: severities.map((severity) => ({ severity })) });

describe('exitCodeFor', () => {
  it('is 0 without findings, whatever the bar', () => {
    for (const failOn of ['error', 'warning', 'info', 'none'] as const) expect(exitCodeFor(findings(), { failOn })).toBe(0);
  });

  it('fails on findings at or above the bar', () => {
    expect(exitCodeFor(findings('error'), { failOn: 'error' })).toBe(1);
    expect(exitCodeFor(findings('warning', 'info'), { failOn: 'error' })).toBe(0);
    expect(exitCodeFor(findings('warning'), { failOn: 'warning' })).toBe(1);
    expect(exitCodeFor(findings('error'), { failOn: 'warning' })).toBe(1);
    expect(exitCodeFor(findings('info'), { failOn: 'warning' })).toBe(0);
    expect(exitCodeFor(findings('info'), { failOn: 'info' })).toBe(1);
  });

  it('never fails with none', () => {
    expect(exitCodeFor(findings('error', 'warning', 'info'), { failOn: 'none' })).toBe(0);
    expect(exitCodeFor(diagnostics('error'), { failOn: 'none' })).toBe(0);
  });

  it('fails on error diagnostics by default, so a CI gate does not pass a broken catalog', () => {
    expect(exitCodeFor(diagnostics('error'), { failOn: 'error' })).toBe(1);
    expect(exitCodeFor(diagnostics('warning', 'info'), { failOn: 'error' })).toBe(0);
    // Warnings count only when both bars let them.
    expect(exitCodeFor(diagnostics('warning'), { failOn: 'warning' })).toBe(0);
    expect(exitCodeFor(diagnostics('warning'), { failOn: 'warning', failOnDiagnostics: 'warning' })).toBe(1);
    expect(exitCodeFor(diagnostics('warning'), { failOn: 'error', failOnDiagnostics: 'warning' })).toBe(0);
  });

  it('lets diagnostics never fail with failOnDiagnostics none', () => {
    expect(exitCodeFor(diagnostics('error'), { failOn: 'error', failOnDiagnostics: 'none' })).toBe(0);
    expect(exitCodeFor({ ...diagnostics('error'), ...findings('error') }, { failOn: 'error', failOnDiagnostics: 'none' })).toBe(1);
  });
});
