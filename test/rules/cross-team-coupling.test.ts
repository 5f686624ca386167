import { describe, expect, it } from 'vitest';
import { commit, findingsFor, ofRule, times } from '../history/rule-harness.js';

describe('cross-team-coupling', () => {
  it('fires for strongly coupled components of different teams, not for pairs inside one team', async () => {
    const findings = await findingsFor([
      ...times(6, () => commit('ana', ['services/checkout/a.ts', 'services/catalogue/b.ts'])),
      ...times(6, () => commit('bo', ['services/catalogue/b.ts', 'services/search/c.ts'])),
    ]);
    expect(ofRule(findings, 'cross-team-coupling')).toEqual([
      expect.objectContaining({
        subject: 'component:default/catalogue-api',
        evidence: { a: 'component:default/catalogue-api', b: 'component:default/checkout', teams: ['group:default/catalogue', 'group:default/payments'], shared: 6, degree: 67, threshold: 50, by: 'commit' },
      }),
    ]);
  });

  it('follows the configured threshold', async () => {
    const commits = [
      ...times(6, () => commit('ana', ['services/checkout/a.ts', 'services/catalogue/b.ts'])),
      ...times(6, () => commit('bo', ['services/catalogue/b.ts'])),
    ];
    expect(ofRule(await findingsFor(commits, { thresholds: { crossTeamCoupling: 70 } }), 'cross-team-coupling')).toEqual([]);
    expect(ofRule(await findingsFor(commits, { thresholds: { crossTeamCoupling: 60 } }), 'cross-team-coupling')).toHaveLength(1);
  });
});
