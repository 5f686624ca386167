import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectWellFormedFinding, findingAbout, findingsOf } from '../analyze/helpers.js';

const FIXTURE = 'architecture/ownership-split';

describe('ownership-split', () => {
  it('fires when two owning teams depend on each other both ways', async () => {
    const result = await analyzeFixture(FIXTURE);
    const finding = findingAbout(result, 'ownership-split', 'system:default/claims');
    expect(finding.severity).toBe('warning');
    expect(finding.evidence.owners).toEqual(expect.arrayContaining([
      { team: 'group:default/intake-team', owned: ['component:default/claim-intake'] },
      { team: 'group:default/assessment-team', owned: expect.arrayContaining(['component:default/assessment', 'component:default/fraud-check']) },
    ]));
    expect(finding.evidence.crossings).toEqual(expect.arrayContaining([
      { from: 'component:default/claim-intake', to: 'component:default/assessment', fromTeam: 'group:default/intake-team', toTeam: 'group:default/assessment-team', via: 'api:default/assessment-api' },
      { from: 'component:default/fraud-check', to: 'component:default/claim-intake', fromTeam: 'group:default/assessment-team', toTeam: 'group:default/intake-team', via: 'api:default/intake-api' },
    ]));
    expect(finding.evidence.crossings).toHaveLength(2);
    expectWellFormedFinding(finding, FIXTURE, 'System', 'claims');
  });

  it('does not fire when dependencies cross between teams one way only', async () => {
    for (const fixture of ['fit/microservices-cross-functional', 'architecture/microservices']) {
      const result = await analyzeFixture(fixture);
      expect(findingsOf(result, 'ownership-split'), fixture).toEqual([]);
    }
  });
});
