import { describe, expect, it } from 'vitest';
import { analyzeFixture, findingsOf } from '../analyze/helpers.js';
import { RULE_META } from '../../src/rules/meta.js';

const FIXTURE = 'rules/shared-resource/cluster-and-database';

describe('rule severity overrides', () => {
  it('reports the rule default severity without config', async () => {
    const result = await analyzeFixture(FIXTURE);
    expect(findingsOf(result, 'shared-resource').map((f) => f.severity)).toEqual([RULE_META['shared-resource'].defaultSeverity]);
  });

  it('raises a rule to error, which sorts it first and counts it in the summary', async () => {
    const base = await analyzeFixture(FIXTURE);
    const result = await analyzeFixture(FIXTURE, { rules: { 'shared-resource': { severity: 'error' } } });
    const findings = findingsOf(result, 'shared-resource');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('error');
    expect(result.findings[0]?.ruleId).toBe('shared-resource');
    expect(result.summary.findings.error).toBe(base.summary.findings.error + 1);
    expect(result.summary.findings.warning).toBe(base.summary.findings.warning - 1);
    expect(result.summary.highestSeverity).toBe('error');
    // Other rules keep their defaults.
    for (const finding of result.findings.filter((f) => f.ruleId !== 'shared-resource')) {
      expect(finding.severity).toBe(RULE_META[finding.ruleId].defaultSeverity);
    }
  });

  it('turns a rule off', async () => {
    const base = await analyzeFixture(FIXTURE);
    const result = await analyzeFixture(FIXTURE, { rules: { 'shared-resource': { severity: 'off' } } });
    expect(findingsOf(result, 'shared-resource')).toEqual([]);
    expect(result.findings).toEqual(base.findings.filter((f) => f.ruleId !== 'shared-resource'));
  });

  it('lowers a rule to info', async () => {
    const result = await analyzeFixture('rules/missing-owner/unresolved', { rules: { 'missing-owner': { severity: 'info' } } });
    expect(findingsOf(result, 'missing-owner').map((f) => f.severity)).toEqual(['info', 'info', 'info']);
  });
});
