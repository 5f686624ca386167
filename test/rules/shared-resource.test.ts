import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectWellFormedFinding, findingAbout, findingsOf } from '../analyze/helpers.js';

const FIXTURE = 'rules/shared-resource/cluster-and-database';

describe('shared-resource', () => {
  it('fires for a database used by components of two teams', async () => {
    const result = await analyzeFixture(FIXTURE);
    const finding = findingAbout(result, 'shared-resource', 'resource:default/orders-db');
    expect(finding.severity).toBe('warning');
    expect(finding.evidence).toEqual({
      resourceType: 'database',
      owner: 'group:default/orders-team',
      dependentCount: 2,
      dependents: [
        { component: 'component:default/order-service', team: 'group:default/orders-team' },
        { component: 'component:default/revenue-reports', team: 'group:default/finance-team' },
      ],
      teams: ['group:default/finance-team', 'group:default/orders-team'],
    });
    expect(finding.recommendation).toMatch(/API|own datastore/);
    expectWellFormedFinding(finding, FIXTURE, 'Resource', 'orders-db');
  });

  it('does not fire for a kubernetes cluster used by three teams, nor for a cache used by one team', async () => {
    const result = await analyzeFixture(FIXTURE);
    expect(findingsOf(result, 'shared-resource').map((f) => f.subject)).toEqual(['resource:default/orders-db']);
    // The platform team that owns the cluster is an insourcing team, as the model wants.
    expect(result.teams.find((t) => t.ref === 'group:default/platform-team')?.structure.label).toBe('insourcing');
  });

  it('does not fire for a database shared by two components of the same team', async () => {
    const result = await analyzeFixture('architecture/shared-datastore');
    expect(findingsOf(result, 'shared-resource')).toEqual([]);
  });
});
