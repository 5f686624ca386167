import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectNoErrorDiagnostics, systemOf } from './helpers.js';

describe('fit', () => {
  it('a monolith run by an SRE team fits', async () => {
    const result = await analyzeFixture('fit/monolith-sre');
    expectNoErrorDiagnostics(result);
    const system = systemOf(result, 'policy-admin');
    expect(system.architecture.label).toBe('monolith');
    expect(system.operators).toEqual(['group:default/sre']);
    expect(system.fit.verdict).toBe('fits');
    expect(system.fit.expected).toMatch(/SRE/);
    expect(system.fit.teams).toEqual([
      { team: 'group:default/policy-devs', structure: 'dev-only', roles: ['owner'] },
      { team: 'group:default/sre', structure: 'sre', roles: ['operator'] },
    ]);
  });

  it('a monolith run only by a dev-only team is a misfit', async () => {
    const result = await analyzeFixture('fit/monolith-dev-only');
    expectNoErrorDiagnostics(result);
    const system = systemOf(result, 'bookshop');
    expect(system.architecture.label).toBe('monolith');
    expect(system.fit.verdict).toBe('misfit');
    expect(system.fit.notes.join(' ')).toMatch(/no one with ops skills/i);
    expect(system.fit.teams).toEqual([{ team: 'group:default/bookshop-devs', structure: 'dev-only', roles: ['operator', 'owner'] }]);
  });

  it('microservices each built and run by its cross-functional team fit', async () => {
    const result = await analyzeFixture('fit/microservices-cross-functional');
    expectNoErrorDiagnostics(result);
    const system = systemOf(result, 'bike-rental');
    expect(system.architecture.label).toBe('microservices');
    expect(system.fit.verdict).toBe('fits');
    expect(system.fit.teams.map((t) => t.structure)).toEqual(['cross-functional', 'cross-functional']);
    expect(system.fit.teams.every((t) => t.roles.includes('owner') && t.roles.includes('operator'))).toBe(true);
  });

  it('microservices handed off to an operations team are a misfit', async () => {
    const result = await analyzeFixture('fit/microservices-handoff');
    expectNoErrorDiagnostics(result);
    const system = systemOf(result, 'mobile-plans');
    expect(system.architecture.label).toBe('microservices');
    expect(system.operators).toEqual(['group:default/central-ops']);
    expect(system.fit.verdict).toBe('misfit');
    expect(system.fit.notes.join(' ')).toMatch(/built by one team and run by another/);
    expect(system.fit.notes.join(' ')).toContain('component:default/plan-catalogue');
    expect(system.fit.teams.find((t) => t.team === 'group:default/central-ops')).toMatchObject({ roles: ['operator'] });
  });

  it('a micro-monolith has no fit', async () => {
    const result = await analyzeFixture('architecture/shared-datastore');
    const system = systemOf(result, 'ticketing');
    expect(system.architecture.label).toBe('micro-monolith');
    expect(system.fit.verdict).toBe('no-fit');
    expect(system.fit.expected).toMatch(/consolidate/);
    expect(system.fit.expected).toMatch(/cut the couplings/);
  });

  it('an undetermined architecture makes the fit unknown', async () => {
    for (const [fixture, name] of [['architecture/no-evidence', 'helpdesk'], ['architecture/no-deployable', 'geodata']] as const) {
      const system = systemOf(await analyzeFixture(fixture), name);
      expect(system.architecture.label).toBe('undetermined');
      expect(system.fit.verdict).toBe('unknown');
    }
  });
});
