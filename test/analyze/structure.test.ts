import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectNoErrorDiagnostics, signalOf, teamOf } from './helpers.js';

describe('team structure', () => {
  it('sre: ops/SRE members running a system another team owns', async () => {
    const result = await analyzeFixture('structure/sre');
    expectNoErrorDiagnostics(result);
    const team = teamOf(result, 'site-reliability');
    expect(team.structure.label).toBe('sre');
    expect(team.structure.confidence).toBeGreaterThanOrEqual(0.5);
    expect(team.structure.confidence).toBeLessThanOrEqual(0.8);
    expect(team.structure.reason).toMatch(/other teams own/);
    expect(team.operates).toEqual(['system:default/booking']);
    expect(team.owns).toEqual([]);
    expect(signalOf(team.structure, 'operates-for-others')).toMatchObject({ value: 1, pushes: 'sre', evidence: ['system:default/booking'] });
    expect(signalOf(team.structure, 'ops-share')).toMatchObject({ value: 1, threshold: 0.5, pushes: 'sre' });
    // "site-reliability" in its name is a weak declaration, said to come from the name.
    expect(team.structure.declared).toBe('sre');
    expect(signalOf(team.structure, 'declared-structure')).toMatchObject({ pushes: 'sre', weight: 0.1 });
    expect(signalOf(team.structure, 'declared-structure').description).toMatch(/from its name: "site-reliability"/);
  });

  it('cross-functional: dev and ops members running what they build', async () => {
    const result = await analyzeFixture('structure/cross-functional');
    expectNoErrorDiagnostics(result);
    const team = teamOf(result, 'garden-team');
    expect(team.structure.label).toBe('cross-functional');
    expect(team.structure.confidence).toBeGreaterThanOrEqual(0.55);
    expect(team.structure.confidence).toBeLessThanOrEqual(0.8);
    expect(team.structure.reason).toMatch(/dev and ops/i);
    expect(signalOf(team.structure, 'skill-mix')).toMatchObject({ value: '2/1/0', pushes: 'cross-functional' });
    expect(signalOf(team.structure, 'runs-what-it-builds')).toMatchObject({ value: 1, threshold: 1, pushes: 'cross-functional' });
    expect(signalOf(team.structure, 'ops-share')).toMatchObject({ value: 0.33, pushes: 'none' });
    expect(team.operates).toEqual(['component:default/plant-care-api', 'system:default/plant-care']);
  });

  it('insourcing: owns the cluster and a library that two other teams depend on', async () => {
    const result = await analyzeFixture('structure/insourcing');
    expectNoErrorDiagnostics(result);
    const team = teamOf(result, 'platform-team');
    expect(team.structure.label).toBe('insourcing');
    expect(team.structure.confidence).toBeGreaterThanOrEqual(0.5);
    expect(team.structure.confidence).toBeLessThanOrEqual(0.8);
    expect(team.structure.reason).toMatch(/2 other teams depend/);
    expect(team.dependents).toEqual(['group:default/reviews-team', 'group:default/search-team']);
    expect(signalOf(team.structure, 'dependent-teams')).toMatchObject({ value: 2, threshold: 2, pushes: 'insourcing' });
    // Its users are ordinary cross-functional teams.
    expect(teamOf(result, 'search-team').structure.label).toBe('cross-functional');
  });

  it('dev-only: developers whose service another team runs', async () => {
    const result = await analyzeFixture('structure/dev-only');
    expectNoErrorDiagnostics(result);
    const team = teamOf(result, 'routing-devs');
    expect(team.structure.label).toBe('dev-only');
    expect(team.structure.confidence).toBeGreaterThanOrEqual(0.6);
    expect(team.structure.confidence).toBeLessThanOrEqual(0.8);
    expect(team.structure.reason).toMatch(/another team runs/);
    expect(signalOf(team.structure, 'skill-mix')).toMatchObject({ value: '2/0/0', pushes: 'dev-only' });
    expect(signalOf(team.structure, 'handed-off')).toMatchObject({ value: 1, pushes: 'dev-only', evidence: ['component:default/route-planner'] });
    expect(team.operates).toEqual([]);
  });

  it('ops-only: operations engineers running only their own tooling', async () => {
    const result = await analyzeFixture('structure/ops-only');
    expectNoErrorDiagnostics(result);
    const team = teamOf(result, 'infra-ops');
    expect(team.structure.label).toBe('ops-only');
    expect(team.structure.confidence).toBeGreaterThanOrEqual(0.45);
    expect(team.structure.confidence).toBeLessThanOrEqual(0.7);
    expect(team.structure.reason).toMatch(/ops skills only/i);
    expect(signalOf(team.structure, 'skill-mix')).toMatchObject({ value: '0/2/0', pushes: 'ops-only' });
    expect(signalOf(team.structure, 'serves-nobody')).toMatchObject({ value: true, pushes: 'ops-only' });
    // Running its own unit does not make an ops-only team cross-functional.
    expect(signalOf(team.structure, 'runs-what-it-builds').pushes).toBe('none');
  });

  it('undetermined: no member declares a role', async () => {
    const result = await analyzeFixture('structure/no-roles');
    expectNoErrorDiagnostics(result);
    const team = teamOf(result, 'leaderboard-team');
    expect(team.structure.label).toBe('undetermined');
    expect(team.structure.confidence).toBeLessThan(0.35);
    expect(team.structure.reason).toMatch(/no member declares a teamfit\.dev\/role/);
    expect(signalOf(team.structure, 'skill-mix')).toMatchObject({ value: '0/0/0', pushes: 'none' });
    expect(team.members).toEqual(['user:default/ula', 'user:default/vik']);
  });

  it('a declaration alone does not make the verdict', async () => {
    const result = await analyzeFixture('structure/declared-only');
    expectNoErrorDiagnostics(result);
    const team = teamOf(result, 'reliability-guild');
    expect(team.structure.label).toBe('undetermined');
    expect(team.structure.declared).toBe('sre');
    expect(team.structure.confidence).toBeLessThan(0.35);
    expect(team.structure.reason).toMatch(/no members/);
    expect(team.structure.reason).toMatch(/owns and runs nothing/);
    expect(signalOf(team.structure, 'declared-structure')).toMatchObject({ value: 'sre', pushes: 'sre' });
    expect(signalOf(team.structure, 'declared-structure').weight).toBeLessThan(0.35);
  });

  it('a group whose name says "DevOps" counts as declared devops, and its evidence still decides', async () => {
    const result = await analyzeFixture('structure/named-devops');
    expectNoErrorDiagnostics(result);
    const entity = result.model.entities.find((e) => e.ref === 'group:default/infrastructure');
    expect(entity).toMatchObject({ declaredStructure: 'devops', declaredStructureSource: 'name' });
    const team = teamOf(result, 'infrastructure');
    expect(team.structure.declared).toBe('devops');
    expect(signalOf(team.structure, 'declared-structure')).toMatchObject({ value: 'devops', pushes: 'none', weight: 0 });
    expect(signalOf(team.structure, 'declared-structure').description).toMatch(/from its name/);
    // It runs the shop that shop-web builds: by the evidence, an SRE team.
    expect(team.structure.label).toBe('sre');
    expect(teamOf(result, 'shop-web').structure.label).toBe('dev-only');
  });

  it('a team carrying the pager for what it owns runs it: cross-functional without declared roles', async () => {
    const result = await analyzeFixture('structure/on-call');
    expectNoErrorDiagnostics(result);
    const lending = teamOf(result, 'lending');
    expect(lending.structure.label).toBe('cross-functional');
    expect(lending.structure.confidence).toBeGreaterThanOrEqual(0.35);
    expect(lending.structure.confidence).toBeLessThanOrEqual(0.6);
    expect(signalOf(lending.structure, 'on-call')).toMatchObject({
      value: 2, pushes: 'cross-functional', evidence: ['component:default/loan-api: pagerduty.com/service-id', 'component:default/loan-web: opsgenie.com/component-selector'],
    });
    expect(signalOf(lending.structure, 'runs-what-it-builds')).toMatchObject({ pushes: 'cross-functional', weight: 0.3 });
    expect(lending.structure.reason).toMatch(/Builds and runs the 2 unit/);
    // Owning a service with no pager, no roles and no history: the owner runs it only by default, too little to say.
    const archive = teamOf(result, 'archive');
    expect(archive.structure.label).toBe('undetermined');
    expect(signalOf(archive.structure, 'runs-what-it-builds')).toMatchObject({ weight: 0.15 });
    expect(archive.structure.reason).toMatch(/declare roles \(teamfit\.dev\/role or config roles:\)/);
    expect(archive.structure.reason).toMatch(/add the history of github\.com\/acme\/archive-api/);
  });

  it('the config states roles (by annotation, label, ref) and team structures the catalog does not', async () => {
    const bare = await analyzeFixture('structure/configured-roles');
    expect(teamOf(bare, 'sre-pod').structure.label).toBe('undetermined');
    expect(teamOf(bare, 'sre-pod').structure.reason).toMatch(/1 piece\(s\) of evidence, under thresholds.minTeamEvidence \(2\)/);
    const result = await analyzeFixture('structure/configured-roles', {
      roles: [
        { role: 'dev', annotation: { 'hr.acme.com/job-family': 'software*' } },
        { role: 'ops', label: { 'acme.com/discipline': '*ops' } },
        // teamfit.dev/role wins over the config: cruz stays dev.
        { role: 'ops', users: ['cruz'] },
      ],
      teams: { 'group:default/sre-*': { structure: 'sre', memberRole: 'sre' } },
    });
    expectNoErrorDiagnostics(result);
    const checkout = teamOf(result, 'checkout');
    expect(signalOf(checkout.structure, 'skill-mix')).toMatchObject({ value: '2/1/0', source: 'config', evidence: ['user:default/cai (dev)', 'user:default/cruz (dev)', 'user:default/cleo (ops)'] });
    expect(signalOf(checkout.structure, 'skill-mix').description).toMatch(/2 from config/);
    const pod = teamOf(result, 'sre-pod');
    expect(pod.structure.label).toBe('sre');
    expect(pod.structure.declared).toBe('sre');
    expect(signalOf(pod.structure, 'declared-structure')).toMatchObject({ source: 'config', weight: 0.15 });
    expect(signalOf(pod.structure, 'declared-structure').description).toMatch(/config teams: group:default\/sre-\*/);
    expect(signalOf(pod.structure, 'skill-mix')).toMatchObject({ value: '0/2/0', source: 'config' });
  });

  it('insourcing: a platform whose API and service other teams use, with no product of its own, even though it runs what it builds', async () => {
    const result = await analyzeFixture('structure/platform-apis');
    expectNoErrorDiagnostics(result);
    const identity = teamOf(result, 'identity');
    expect(identity.structure.label).toBe('insourcing');
    expect(identity.dependents).toEqual(['group:default/hotels', 'group:default/travel']);
    expect(signalOf(identity.structure, 'dependent-teams')).toMatchObject({ value: 2, pushes: 'insourcing' });
    expect(signalOf(identity.structure, 'dependent-teams').evidence).toEqual([
      'api:default/login-api <- group:default/travel',
      'component:default/login-service <- group:default/hotels, group:default/travel',
    ]);
    expect(signalOf(identity.structure, 'runs-what-it-builds').pushes).toBe('insourcing');
    expect(identity.structure.reason).toMatch(/no product of its own/);
  });
});
