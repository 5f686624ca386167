import { describe, expect, it } from 'vitest';
import { commit, findingsFor, ofRule, times } from '../history/rule-harness.js';

describe('low-team-alignment', () => {
  it('fires when most changes to a component come from another team', async () => {
    const findings = await findingsFor([
      ...times(2, () => commit('ana', ['services/checkout/a.ts'])),
      ...times(4, () => commit('bo', ['services/checkout/a.ts'])),
    ]);
    const [finding] = ofRule(findings, 'low-team-alignment');
    expect(finding).toMatchObject({
      subject: 'component:default/checkout',
      severity: 'warning',
      docsUrl: 'docs/rules/low-team-alignment.md',
      evidence: { owner: 'group:default/payments', ownerShare: 0.33, threshold: 0.5, matchedRevisions: 6, changesByTeam: [{ team: 'group:default/catalogue', revisions: 4 }, { team: 'group:default/payments', revisions: 2 }] },
    });
    expect(finding?.location?.file).toMatch(/catalog\.yaml$/);
  });

  it('does not fire when the owner makes most changes, or when too few changes are matched', async () => {
    expect(ofRule(await findingsFor(times(6, () => commit('ana', ['services/checkout/a.ts']))), 'low-team-alignment')).toEqual([]);
    expect(ofRule(await findingsFor(times(4, () => commit('bo', ['services/checkout/a.ts']))), 'low-team-alignment')).toEqual([]);
  });
});
