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
    // Each unresolved owner is reported once, by this finding: not also as a diagnostic.
    expect(result.diagnostics.map((d) => d.code)).not.toContain('dangling-ref');
    expect(result.diagnostics.map((d) => d.code)).not.toContain('wrong-ref-kind');
  });

  it('suggests the group of that name in another namespace and says how many owners share the cause', async () => {
    const result = await analyzeFixture('rules/missing-owner/namespaces');
    const finding = findingAbout(result, 'missing-owner', 'component:default/cart');
    expect(finding.evidence).toEqual({
      kind: 'component',
      declared: 'checkout-team',
      reason: 'not-found',
      suggestion: 'group:acme/checkout-team',
      sharedCause: { count: 2, cause: 'point at namespace default; the groups are in namespace acme' },
    });
    expect(finding.message).toBe(
      'component:default/cart: its owner "checkout-team" does not exist in the catalog. Did you mean "group:acme/checkout-team"? 2 owners point at namespace default; the groups are in namespace acme.',
    );
    expect(result.diagnostics.filter((d) => d.code === 'dangling-ref')).toEqual([]);
  });

  it("reports an owner the organisation's convention marks as no owner as unowned, configurable", async () => {
    const result = await analyzeFixture('rules/missing-owner/namespaces');
    const finding = findingAbout(result, 'missing-owner', 'component:default/legacy-coupons');
    expect(finding.evidence).toEqual({ kind: 'component', declared: 'unspecified', reason: 'unowned' });
    expect(finding.message).toBe('component:default/legacy-coupons: its owner "unspecified" declares it unowned (catalog.unownedOwners).');
    const plain = await analyzeFixture('rules/missing-owner/namespaces', { catalog: { unownedOwners: [] } });
    expect(findingAbout(plain, 'missing-owner', 'component:default/legacy-coupons').evidence.reason).toBe('not-found');
  });

  it('does not fire when every owner resolves, to a group or to a user', async () => {
    const result = await analyzeFixture('rules/missing-owner/resolved');
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(findingsOf(result, 'missing-owner')).toEqual([]);
  });
});
