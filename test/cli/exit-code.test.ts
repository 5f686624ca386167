import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exit-code.js';
import type { Severity } from '../../src/result/index.js';

const findings = (...severities: Severity[]) => severities.map((severity) => ({ severity }));

describe('exitCodeFor', () => {
  it('is 0 without findings, whatever the bar', () => {
    for (const failOn of ['error', 'warning', 'info', 'none'] as const) expect(exitCodeFor([], failOn)).toBe(0);
  });

  it('fails on findings at or above the bar', () => {
    expect(exitCodeFor(findings('error'), 'error')).toBe(1);
    expect(exitCodeFor(findings('warning', 'info'), 'error')).toBe(0);
    expect(exitCodeFor(findings('warning'), 'warning')).toBe(1);
    expect(exitCodeFor(findings('error'), 'warning')).toBe(1);
    expect(exitCodeFor(findings('info'), 'warning')).toBe(0);
    expect(exitCodeFor(findings('info'), 'info')).toBe(1);
  });

  it('never fails with none', () => {
    expect(exitCodeFor(findings('error', 'warning', 'info'), 'none')).toBe(0);
  });
});
