import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectWellFormedFinding, findingAbout, findingsOf } from '../analyze/helpers.js';

describe('structure-mismatch', () => {
  it('fires for a monolith nobody with ops skills runs', async () => {
    const fixture = 'fit/monolith-dev-only';
    const result = await analyzeFixture(fixture);
    const finding = findingAbout(result, 'structure-mismatch', 'system:default/bookshop');
    expect(finding.severity).toBe('warning');
    expect(finding.evidence).toMatchObject({
      system: 'system:default/bookshop',
      architecture: 'monolith',
      teams: [{ team: 'group:default/bookshop-devs', structure: 'dev-only', roles: ['operator', 'owner'] }],
    });
    expect(finding.evidence.problem).toMatch(/ops skills/);
    expect(finding.evidence.expected).toMatch(/SRE/);
    expect(finding.recommendation).toMatch(/SRE/);
    expectWellFormedFinding(finding, fixture, 'System', 'bookshop');
  });

  it('fires for microservices owned by an ops-only team', async () => {
    const fixture = 'rules/structure-mismatch/ops-owned-service';
    const result = await analyzeFixture(fixture);
    expect(result.systems[0]?.architecture.label).toBe('microservices');
    const finding = findingAbout(result, 'structure-mismatch', 'system:default/analytics');
    expect(finding.evidence.architecture).toBe('microservices');
    expect(finding.evidence.teams).toEqual(expect.arrayContaining([
      { team: 'group:default/data-ops', structure: 'ops-only', roles: ['operator', 'owner'] },
    ]));
    expect(finding.evidence.problem).toContain('group:default/data-ops');
    expect(finding.evidence.problem).not.toContain('group:default/query-team');
    expectWellFormedFinding(finding, fixture, 'System', 'analytics');
  });

  it('does not fire where the teams fit: a monolith run by SRE, microservices run by their owners', async () => {
    for (const fixture of ['fit/monolith-sre', 'fit/microservices-cross-functional']) {
      const result = await analyzeFixture(fixture);
      expect(findingsOf(result, 'structure-mismatch'), fixture).toEqual([]);
    }
  });

  it('does not fire for micro-monoliths or undetermined systems (other findings cover them)', async () => {
    // Both are owned and run by dev-only teams.
    const coupled = await analyzeFixture('architecture/three-hard-couplings');
    expect(findingsOf(coupled, 'structure-mismatch')).toEqual([]);
    const undetermined = await analyzeFixture('rules/missing-owner/unresolved');
    expect(undetermined.systems[0]?.architecture.label).toBe('undetermined');
    expect(findingsOf(undetermined, 'structure-mismatch')).toEqual([]);
  });
});
