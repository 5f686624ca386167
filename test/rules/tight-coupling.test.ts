import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectWellFormedFinding, findingAbout, findingsOf } from '../analyze/helpers.js';

describe('tight-coupling', () => {
  it('fires for a micro-monolith, listing the shared datastore to cut and both ways out', async () => {
    const fixture = 'architecture/shared-datastore';
    const result = await analyzeFixture(fixture);
    const finding = findingAbout(result, 'tight-coupling', 'system:default/ticketing');
    expect(finding.severity).toBe('warning');
    expect(finding.evidence.confidence).toBe(result.systems[0]?.architecture.confidence);
    expect(finding.evidence.couplings).toEqual([
      expect.objectContaining({
        kind: 'shared-datastore',
        refs: ['resource:default/tickets-db', 'component:default/box-office', 'component:default/seat-allocator'],
      }),
    ]);
    expect(finding.evidence.consolidate).toMatch(/SRE/);
    expect(finding.evidence.decouple).toContain('resource:default/tickets-db');
    expect(finding.recommendation).toMatch(/Route A/);
    expect(finding.recommendation).toMatch(/Route B/);
    expectWellFormedFinding(finding, fixture, 'System', 'ticketing');
  });

  it('lists every hard coupling of a system with three', async () => {
    const result = await analyzeFixture('architecture/three-hard-couplings');
    const finding = findingAbout(result, 'tight-coupling', 'system:default/energy-accounts');
    expect(finding.evidence.couplings.map((c) => c.kind)).toEqual(['shared-datastore', 'dependency-cycle', 'ownership-split']);
  });

  it('lists soft couplings: units without owner and direct dependencies', async () => {
    const result = await analyzeFixture('architecture/soft-signals');
    const finding = findingAbout(result, 'tight-coupling', 'system:default/bookings');
    expect(finding.evidence.couplings.map((c) => c.kind)).toEqual(['unclear-ownership', 'direct-dependency']);
  });

  it('does not fire for microservices, a monolith or an undetermined system', async () => {
    for (const fixture of ['architecture/microservices', 'architecture/monolith', 'architecture/one-codebase', 'architecture/no-evidence']) {
      const result = await analyzeFixture(fixture);
      expect(findingsOf(result, 'tight-coupling'), fixture).toEqual([]);
    }
  });
});
