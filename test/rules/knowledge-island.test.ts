import { describe, expect, it } from 'vitest';
import { commit, findingsFor, ofRule, times } from '../history/rule-harness.js';

describe('knowledge-island', () => {
  it('fires when one person made nearly every change and the truck factor is one', async () => {
    const findings = await findingsFor([...times(11, () => commit('cy', ['services/search/a.ts', 'services/search/b.ts'])), commit('bo', ['services/search/a.ts'])]);
    expect(ofRule(findings, 'knowledge-island')).toEqual([
      expect.objectContaining({ subject: 'component:default/search', evidence: { person: 'cy@shop.example', user: 'user:default/cy', share: 0.92, revisions: 12, authors: 2, truckFactor: 1, repository: 'monorepo' } }),
    ]);
  });

  it('does not fire when knowledge is shared, or the component has few revisions', async () => {
    const shared = await findingsFor([...times(6, () => commit('cy', ['services/search/a.ts'])), ...times(6, () => commit('bo', ['services/search/b.ts']))]);
    expect(ofRule(shared, 'knowledge-island')).toEqual([]);
    expect(ofRule(await findingsFor(times(5, () => commit('cy', ['services/search/a.ts']))), 'knowledge-island')).toEqual([]);
  });
});
