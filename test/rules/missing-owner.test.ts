import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectWellFormedFinding, findingAbout, findingsOf } from '../analyze/helpers.js';

const FIXTURE = 'rules/missing-owner/unresolved';

describe('missing-owner', () => {
  it('fires for an absent owner', async () => {
    const result = await analyzeFixture(FIXTURE);
    const finding = findingAbout(result, 'missing-owner', 'component:default/refunds');
    expect(finding.severity).toBe('error');
    expect(finding.evidence).toEqual({ kind: 'component', declared: null, reason: 'absent' });
    expect(finding.message).toMatch(/no owner/);
    expectWellFormedFinding(finding, FIXTURE, 'Component', 'refunds');
  });

  it('fires for an owner naming a group that does not exist', async () => {
    const result = await analyzeFixture(FIXTURE);
    const finding = findingAbout(result, 'missing-owner', 'component:default/chargebacks');
    expect(finding.evidence).toEqual({ kind: 'component', declared: 'disputes-team', reason: 'not-found' });
    expect(finding.message).toMatch(/does not exist/);
    expectWellFormedFinding(finding, FIXTURE, 'Component', 'chargebacks');
  });

  it('fires for an owner ref of the wrong kind', async () => {
    const result = await analyzeFixture(FIXTURE);
    const finding = findingAbout(result, 'missing-owner', 'component:default/payouts');
    expect(finding.evidence).toEqual({ kind: 'component', declared: 'system:payments', reason: 'wrong-kind' });
    expect(finding.message).toMatch(/not a Group or User/);
    expectWellFormedFinding(finding, FIXTURE, 'Component', 'payouts');
    expect(findingsOf(result, 'missing-owner')).toHaveLength(3);
    // Each unresolved owner is also a diagnostic at the owner field.
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['dangling-ref', 'wrong-ref-kind']));
  });

  it('does not fire when every owner resolves, to a group or to a user', async () => {
    const result = await analyzeFixture('rules/missing-owner/resolved');
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(findingsOf(result, 'missing-owner')).toEqual([]);
  });
});
