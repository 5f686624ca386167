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
      declared: 'devops',
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
      declared: 'devops',
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

describe('devops-team-owns-system, wider subject: teams named or declared SRE or ops', () => {
  const SRE_FIXTURE = 'rules/devops-team-owns-system/sre-owns-system';

  it('fires for an SRE team (by name) and an SRE team (by config) owning a system another team builds', async () => {
    const result = await analyzeFixture(SRE_FIXTURE, { teams: { reliability: { structure: 'sre' } } });
    const byName = findingAbout(result, 'devops-team-owns-system', 'system:default/payments');
    expect(byName.evidence).toEqual({
      team: 'group:default/site-reliability', declared: 'sre', declaredBy: 'name', owned: ['system:default/payments'], otherContributors: ['group:default/payments-team'],
    });
    expect(byName.message).toMatch(/named "SRE" while group:default\/payments-team build/);
    expectWellFormedFinding(byName, SRE_FIXTURE, 'System', 'payments');
    const byConfig = findingAbout(result, 'devops-team-owns-system', 'system:default/search');
    expect(byConfig.evidence).toMatchObject({ team: 'group:default/reliability', declared: 'sre', declaredBy: 'config' });
    expect(byConfig.message).toMatch(/declared "SRE"/);
  });

  it('does not fire for an ops team owning its own tooling, for words inside other words, or for a description', async () => {
    const result = await analyzeFixture(SRE_FIXTURE);
    const subjects = findingsOf(result, 'devops-team-owns-system').map((f) => f.subject);
    // ops-crew builds metrics-stack itself; "opsgenie" and "shops" are not "ops"; a description is too weak to accuse.
    expect(subjects).toEqual(['system:default/payments']);
    const declared = (name: string) => result.teams.find((t) => t.ref === `group:default/${name}`)?.structure.declared;
    expect(declared('ops-crew')).toBe('ops');
    expect(declared('opsgenie-fans')).toBeUndefined();
    expect(declared('shops-team')).toBeUndefined();
    // A word in its description is a weak signal, not a declaration the reports show as the team's own.
    expect(declared('tooling-guild')).toBeUndefined();
    const guild = result.teams.find((t) => t.ref === 'group:default/tooling-guild');
    expect(guild?.structure.signals.find((s) => s.id === 'declared-structure')).toMatchObject({ weight: 0.05 });
    expect(guild?.structure.signals.find((s) => s.id === 'declared-structure')?.description).toMatch(/from its description: "operations"/);
  });
});
