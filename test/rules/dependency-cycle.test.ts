import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectWellFormedFinding, findingAbout, findingsOf } from '../analyze/helpers.js';

const FIXTURE = 'rules/dependency-cycle/mixed';

describe('dependency-cycle', () => {
  it('fires for a cycle through dependsOn and through consumed/provided APIs, across systems', async () => {
    const result = await analyzeFixture(FIXTURE);
    expect(findingsOf(result, 'dependency-cycle')).toHaveLength(1);
    const finding = findingAbout(result, 'dependency-cycle', 'component:default/cart');
    expect(finding.severity).toBe('warning');
    expect(finding.evidence.cycle).toEqual(['component:default/cart', 'component:default/stock-levels', 'component:default/reservations']);
    expect(finding.evidence.edges).toEqual([
      { from: 'component:default/cart', to: 'component:default/stock-levels' },
      { from: 'component:default/stock-levels', to: 'component:default/reservations', via: 'api:default/reservations-api' },
      { from: 'component:default/reservations', to: 'component:default/cart', via: 'api:default/cart-api' },
    ]);
    expect(finding.evidence.systems).toEqual(['system:default/storefront', 'system:default/warehouse']);
    expect(finding.message).toContain('component:default/cart -> component:default/stock-levels -> component:default/reservations -> component:default/cart');
    expectWellFormedFinding(finding, FIXTURE, 'Component', 'cart');
  });

  it('fires for a cycle made only of API edges', async () => {
    const result = await analyzeFixture('architecture/cycle');
    const finding = findingAbout(result, 'dependency-cycle', 'component:default/boxes');
    expect(finding.evidence.edges.every((edge) => edge.via?.startsWith('api:'))).toBe(true);
    expect(finding.evidence.systems).toEqual(['system:default/recipe-box']);
    expectWellFormedFinding(finding, 'architecture/cycle', 'Component', 'boxes');
  });

  it('does not fire when the same dependencies form a chain', async () => {
    const result = await analyzeFixture('rules/dependency-cycle/chain');
    expect(findingsOf(result, 'dependency-cycle')).toEqual([]);
  });
});
