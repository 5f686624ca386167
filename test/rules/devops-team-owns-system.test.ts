import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectWellFormedFinding, findingAbout, findingsOf } from '../analyze/helpers.js';

const FIXTURE = 'rules/devops-team-owns-system/owns-system';

describe('devops-team-owns-system', () => {
  it('fires for a system and a deployable owned by a team named "DevOps"', async () => {
    const result = await analyzeFixture(FIXTURE);
    const system = findingAbout(result, 'devops-team-owns-system', 'system:default/storefront');
    expect(system.severity).toBe('error');
    expect(system.evidence).toEqual({
      team: 'group:default/devops',
      declaredBy: 'name',
      owned: ['component:default/storefront-web', 'system:default/storefront'],
      otherContributors: ['group:default/web-team'],
    });
    expect(system.message).toMatch(/named "DevOps"/);
    expect(system.recommendation).toMatch(/insourcing|SRE/);
    expectWellFormedFinding(system, FIXTURE, 'System', 'storefront');

    const component = findingAbout(result, 'devops-team-owns-system', 'component:default/storefront-web');
    expectWellFormedFinding(component, FIXTURE, 'Component', 'storefront-web');
  });

  it('fires for a system owned by a team declared devops by annotation while another team builds it', async () => {
    const result = await analyzeFixture(FIXTURE);
    const finding = findingAbout(result, 'devops-team-owns-system', 'system:default/checkout');
    expect(finding.evidence).toEqual({
      team: 'group:default/cloud-enablement',
      declaredBy: 'annotation',
      owned: ['system:default/checkout'],
      otherContributors: ['group:default/web-team'],
    });
    expect(finding.message).toMatch(/declared "DevOps"/);
    expectWellFormedFinding(finding, FIXTURE, 'System', 'checkout');
    // The web team is no DevOps team: nothing it owns is a finding.
    expect(findingsOf(result, 'devops-team-owns-system').map((f) => f.subject).sort()).toEqual([
      'component:default/storefront-web', 'system:default/checkout', 'system:default/storefront',
    ]);
  });

  it('does not fire when the DevOps team owns only shared tooling (a cluster, a library)', async () => {
    const result = await analyzeFixture('rules/devops-team-owns-system/owns-tooling');
    expect(result.model.entities.find((e) => e.ref === 'group:default/devops')?.declaredStructure).toBe('devops');
    expect(findingsOf(result, 'devops-team-owns-system')).toEqual([]);
  });
});
