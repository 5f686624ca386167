import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectNoErrorDiagnostics, hasSignal, signalOf, systemOf } from './helpers.js';

const ref = (kind: string, name: string) => `${kind}:default/${name}`;

describe('architecture: monolith', () => {
  it('one service with a library, a database and a cache is a monolith', async () => {
    const result = await analyzeFixture('architecture/monolith');
    expectNoErrorDiagnostics(result);
    const { architecture, components, resources } = systemOf(result, 'bookkeeping');
    expect(architecture.label).toBe('monolith');
    expect(architecture.confidence).toBeGreaterThanOrEqual(0.7);
    expect(architecture.confidence).toBeLessThanOrEqual(0.9);
    expect(architecture.reason).toMatch(/one deployable unit/i);
    // The library, the database and the cache are parts, not units.
    expect(signalOf(architecture, 'deployable-units')).toMatchObject({
      value: 1, threshold: 2, pushes: 'monolith', evidence: [ref('component', 'ledger-app')],
    });
    expect(components).toEqual(expect.arrayContaining([ref('component', 'ledger-app'), ref('component', 'ledger-core')]));
    expect(resources).toEqual([ref('resource', 'ledger-cache'), ref('resource', 'ledger-db')]);
  });

  it('two deployables built from one source location by one team are a monolith', async () => {
    const result = await analyzeFixture('architecture/one-codebase');
    expectNoErrorDiagnostics(result);
    const { architecture } = systemOf(result, 'pagewright');
    expect(architecture.label).toBe('monolith');
    expect(architecture.confidence).toBeGreaterThanOrEqual(0.5);
    expect(architecture.confidence).toBeLessThanOrEqual(0.7);
    expect(architecture.reason).toMatch(/one codebase/i);
    expect(signalOf(architecture, 'deployable-units')).toMatchObject({ value: 2, threshold: 2 });
    expect(signalOf(architecture, 'one-codebase')).toMatchObject({
      value: 'url:https://git.example.com/pagewright/pagewright/',
      pushes: 'monolith',
    });
    expect([...signalOf(architecture, 'one-codebase').evidence].sort()).toEqual([ref('component', 'pagewright-renderer'), ref('component', 'pagewright-web')]);
    expect(signalOf(architecture, 'shared-datastore')).toMatchObject({ value: 0, pushes: 'none' });
  });
});

describe('architecture: one codebase sharing its database', () => {
  it('two processes of one codebase and one team sharing a database are a monolith, not a micro-monolith', async () => {
    const result = await analyzeFixture('architecture/one-codebase-shared-db');
    expectNoErrorDiagnostics(result);
    const { architecture } = systemOf(result, 'pagewright');
    expect(architecture.label).toBe('monolith');
    expect(signalOf(architecture, 'one-codebase')).toMatchObject({ pushes: 'monolith' });
    // One source location is one bounded context: its database is its own, shown as such, not shared data.
    expect(signalOf(architecture, 'shared-datastore')).toMatchObject({ value: 0, pushes: 'none' });
    expect(signalOf(architecture, 'datastore-within-context')).toMatchObject({ value: 1, pushes: 'none' });
    expect(architecture.confidence).toBeGreaterThan(0.6);
  });
});

describe('architecture: microservices', () => {
  it('services with one team each, own databases, APIs and no cycle are microservices', async () => {
    const result = await analyzeFixture('architecture/microservices');
    expectNoErrorDiagnostics(result);
    const { architecture, owners } = systemOf(result, 'parcels');
    expect(architecture.label).toBe('microservices');
    expect(architecture.confidence).toBeGreaterThanOrEqual(0.8);
    expect(architecture.confidence).toBeLessThanOrEqual(0.9);
    expect(architecture.reason).toMatch(/loosely coupled/);
    expect(architecture.reason).toMatch(/one owning team/);
    expect(architecture.reason).toMatch(/declared APIs/);
    expect(architecture.reason).toMatch(/acyclic/);
    expect(owners).toEqual([ref('group', 'checkout-team'), ref('group', 'dispatch-team'), ref('group', 'stock-team')]);
    expect(signalOf(architecture, 'deployable-units')).toMatchObject({ value: 3, threshold: 2 });
    expect(signalOf(architecture, 'deployable-units').pushes).not.toBe('monolith');
    expect(signalOf(architecture, 'units-with-one-owning-team')).toMatchObject({ value: 3, threshold: 3, pushes: 'microservices' });
    expect(signalOf(architecture, 'units-with-own-datastore')).toMatchObject({ value: 3, threshold: 3, pushes: 'microservices' });
    expect(signalOf(architecture, 'dependencies-through-apis')).toMatchObject({ value: 1, threshold: 0.5, pushes: 'microservices' });
    expect(signalOf(architecture, 'dependency-cycles')).toMatchObject({ value: 0, pushes: 'microservices' });
    expect(signalOf(architecture, 'shared-datastore')).toMatchObject({ value: 0, pushes: 'none' });
    expect(signalOf(architecture, 'ownership-split-both-ways')).toMatchObject({ value: 0, pushes: 'microservices' });
    expect(signalOf(architecture, 'dependency-density')).toMatchObject({ value: 0.67, threshold: 0.7, pushes: 'none' });
    // No signal in a clean microservices system pushes towards micro-monolith.
    expect(architecture.signals.filter((s) => s.pushes === 'micro-monolith')).toEqual([]);
  });
});

describe('architecture: micro-monolith', () => {
  it('a shared datastore alone makes a micro-monolith', async () => {
    const result = await analyzeFixture('architecture/shared-datastore');
    expectNoErrorDiagnostics(result);
    const { architecture } = systemOf(result, 'ticketing');
    expect(architecture.label).toBe('micro-monolith');
    expect(architecture.confidence).toBeGreaterThanOrEqual(0.45);
    expect(architecture.confidence).toBeLessThanOrEqual(0.6);
    expect(architecture.reason).toMatch(/shared datastore/);
    expect(signalOf(architecture, 'shared-datastore')).toMatchObject({
      value: 1, threshold: 1, pushes: 'micro-monolith',
      evidence: [`${ref('resource', 'tickets-db')} <- ${ref('component', 'box-office')}, ${ref('component', 'seat-allocator')}`],
    });
    // The only coupling: no cycle, one team, no soft signal.
    expect(signalOf(architecture, 'dependency-cycles').value).toBe(0);
    expect(hasSignal(architecture, 'ownership-split-both-ways')).toBe(false);
    expect(hasSignal(architecture, 'unowned-units')).toBe(false);
    expect(signalOf(architecture, 'units-with-own-datastore')).toMatchObject({ value: 0, pushes: 'none' });
  });

  it('a dependency cycle alone (through APIs) makes a micro-monolith', async () => {
    const result = await analyzeFixture('architecture/cycle');
    expectNoErrorDiagnostics(result);
    const { architecture } = systemOf(result, 'recipe-box');
    expect(architecture.label).toBe('micro-monolith');
    expect(architecture.confidence).toBeGreaterThanOrEqual(0.45);
    expect(architecture.confidence).toBeLessThanOrEqual(0.6);
    expect(architecture.reason).toMatch(/dependency cycles/);
    const cycles = signalOf(architecture, 'dependency-cycles');
    expect(cycles).toMatchObject({ value: 1, threshold: 1, pushes: 'micro-monolith' });
    expect(cycles.evidence).toEqual([
      [ref('component', 'boxes'), ref('component', 'menus'), ref('component', 'pantry'), ref('component', 'boxes')].join(' -> '),
    ]);
    expect(signalOf(architecture, 'shared-datastore')).toMatchObject({ value: 0, pushes: 'none' });
    expect(signalOf(architecture, 'dependency-density')).toMatchObject({ value: 1, pushes: 'micro-monolith' });
    expect(hasSignal(architecture, 'ownership-split-both-ways')).toBe(false);
  });

  it('ownership split with dependencies both ways alone makes a micro-monolith', async () => {
    const result = await analyzeFixture('architecture/ownership-split');
    expectNoErrorDiagnostics(result);
    const { architecture } = systemOf(result, 'claims');
    expect(architecture.label).toBe('micro-monolith');
    expect(architecture.confidence).toBeGreaterThanOrEqual(0.45);
    expect(architecture.confidence).toBeLessThanOrEqual(0.6);
    expect(architecture.reason).toMatch(/ownership split with dependencies both ways/);
    expect(signalOf(architecture, 'ownership-split-both-ways')).toMatchObject({
      value: 1, threshold: 1, pushes: 'micro-monolith',
      evidence: [`${ref('group', 'assessment-team')} <-> ${ref('group', 'intake-team')}`],
    });
    // No cycle (claim-intake -> assessment, fraud-check -> claim-intake) and no shared data.
    expect(signalOf(architecture, 'dependency-cycles')).toMatchObject({ value: 0, pushes: 'microservices' });
    expect(signalOf(architecture, 'shared-datastore').value).toBe(0);
  });

  it('soft signals (units without owner, direct dependencies) together make a micro-monolith', async () => {
    const result = await analyzeFixture('architecture/soft-signals');
    const { architecture } = systemOf(result, 'bookings');
    expect(architecture.label).toBe('micro-monolith');
    expect(architecture.confidence).toBeGreaterThanOrEqual(0.45);
    expect(architecture.confidence).toBeLessThanOrEqual(0.55);
    expect(architecture.reason).toMatch(/unclear boundaries/);
    expect(architecture.reason).toMatch(/without an owner/);
    expect(architecture.reason).toMatch(/direct dependencies/);
    expect(signalOf(architecture, 'unowned-units')).toMatchObject({
      value: 2, threshold: 1, pushes: 'micro-monolith',
    });
    expect([...signalOf(architecture, 'unowned-units').evidence].sort()).toEqual([ref('component', 'reminder-service'), ref('component', 'slot-service')]);
    expect(signalOf(architecture, 'dependencies-through-apis')).toMatchObject({ value: 0, threshold: 0.5, pushes: 'micro-monolith' });
    // No hard coupling at all.
    expect(signalOf(architecture, 'shared-datastore').value).toBe(0);
    expect(signalOf(architecture, 'dependency-cycles').value).toBe(0);
    expect(signalOf(architecture, 'units-with-one-owning-team')).toMatchObject({ value: 1, threshold: 3, pushes: 'none' });
  });

  it('dense dependencies add a third soft signal when the density threshold allows them', async () => {
    // Two of three pairs linked (0.67) is not dense under the default threshold (0.7).
    const defaults = systemOf(await analyzeFixture('architecture/soft-signals'), 'bookings').architecture;
    expect(signalOf(defaults, 'dependency-density')).toMatchObject({ value: 0.67, threshold: 0.7, pushes: 'none' });

    const result = await analyzeFixture('architecture/soft-signals', { thresholds: { denseDependencies: 0.6 } });
    const { architecture } = systemOf(result, 'bookings');
    expect(architecture.label).toBe('micro-monolith');
    expect(signalOf(architecture, 'dependency-density')).toMatchObject({ value: 0.67, threshold: 0.6, pushes: 'micro-monolith' });
    expect(architecture.reason).toMatch(/dense dependencies/);
    expect(architecture.confidence).toBeGreaterThan(defaults.confidence);
  });

  it('three hard couplings give more confidence than one', async () => {
    const three = systemOf(await analyzeFixture('architecture/three-hard-couplings'), 'energy-accounts').architecture;
    const one = systemOf(await analyzeFixture('architecture/shared-datastore'), 'ticketing').architecture;
    expect(three.label).toBe('micro-monolith');
    expect(three.reason).toMatch(/shared across owners/);
    expect(three.reason).toMatch(/dependency cycles/);
    expect(three.reason).toMatch(/both ways/);
    for (const id of ['shared-datastore', 'dependency-cycles', 'ownership-split-both-ways']) {
      expect(signalOf(three, id)).toMatchObject({ value: 1, pushes: 'micro-monolith' });
    }
    // Shared across two owning teams weighs more than shared within one.
    expect(signalOf(three, 'shared-datastore').weight).toBeGreaterThan(signalOf(one, 'shared-datastore').weight);
    expect(three.confidence).toBeGreaterThan(one.confidence);
    expect(three.confidence).toBeGreaterThanOrEqual(0.7);
    expect(three.confidence).toBeLessThanOrEqual(0.95);
  });
});

describe('architecture: undetermined', () => {
  it('two services of two teams with nothing declared between them are undetermined, not microservices', async () => {
    const result = await analyzeFixture('architecture/two-teams-no-evidence');
    const { architecture } = systemOf(result, 'newsletter');
    expect(architecture.label).toBe('undetermined');
    expect(architecture.reason).toMatch(/too little evidence/);
  });

  it('a system with no deployable component is undetermined', async () => {
    const result = await analyzeFixture('architecture/no-deployable');
    expectNoErrorDiagnostics(result);
    const { architecture } = systemOf(result, 'geodata');
    expect(architecture.label).toBe('undetermined');
    expect(architecture.confidence).toBe(0);
    expect(architecture.reason).toMatch(/no deployable component/i);
    expect(signalOf(architecture, 'deployable-units')).toMatchObject({ value: 0, pushes: 'none', weight: 0, evidence: [] });
  });

  it('two units with nothing said about how they connect are undetermined', async () => {
    const result = await analyzeFixture('architecture/no-evidence');
    expectNoErrorDiagnostics(result);
    const { architecture } = systemOf(result, 'helpdesk');
    expect(architecture.label).toBe('undetermined');
    expect(architecture.confidence).toBeLessThan(0.35);
    expect(architecture.reason).toMatch(/too little evidence/);
    expect(architecture.reason).toMatch(/dependsOn/);
    expect(signalOf(architecture, 'deployable-units')).toMatchObject({ value: 2, threshold: 2 });
    // No coupling, and only one sign of independence: not enough either way.
    expect(architecture.signals.filter((s) => s.pushes === 'micro-monolith')).toEqual([]);
    expect(hasSignal(architecture, 'dependencies-through-apis')).toBe(false);
    expect(signalOf(architecture, 'units-with-own-datastore')).toMatchObject({ value: 0, pushes: 'none' });
  });
});

describe('architecture: declarations', () => {
  it('a declared architecture is reported but does not decide the label', async () => {
    const result = await analyzeFixture('rules/architecture-drift/declared');
    expect(systemOf(result, 'ledger').architecture).toMatchObject({ label: 'monolith', declared: 'microservices' });
    expect(systemOf(result, 'spam-lab').architecture).toMatchObject({ label: 'undetermined', declared: 'micro-monolith' });
  });
});
