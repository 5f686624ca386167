import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectNoErrorDiagnostics, findingsOf, hasSignal, signalOf, systemOf } from './helpers.js';

describe('architecture: what counts as coupling', () => {
  it('a web front end and the one backend it calls are one application: a monolith with its UI', async () => {
    const result = await analyzeFixture('architecture/front-end-one-backend');
    expectNoErrorDiagnostics(result);
    const { architecture } = systemOf(result, 'storefront');
    expect(architecture.label).toBe('monolith');
    expect(architecture.reason).toMatch(/one application with its UI/);
    expect(signalOf(architecture, 'front-end-with-one-backend')).toMatchObject({ pushes: 'monolith', evidence: ['component:default/shop-ui (front end)', 'component:default/shop-api (backend)'] });
  });

  it('an API and its worker sharing their database are one bounded context: no shared data', async () => {
    const result = await analyzeFixture('architecture/api-and-worker');
    expectNoErrorDiagnostics(result);
    const { architecture } = systemOf(result, 'commerce');
    expect(signalOf(architecture, 'shared-datastore')).toMatchObject({ value: 0, pushes: 'none' });
    expect(signalOf(architecture, 'datastore-within-context')).toMatchObject({
      value: 1, evidence: ['resource:default/orders-db <- component:default/orders-api, component:default/orders-worker'],
    });
    expect(architecture.label).not.toBe('micro-monolith');
    expect(findingsOf(result, 'tight-coupling')).toEqual([]);
  });

  it('the same database used by units of different bounded contexts is still shared data', async () => {
    const result = await analyzeFixture('architecture/shared-datastore');
    const { architecture } = systemOf(result, 'ticketing');
    expect(signalOf(architecture, 'shared-datastore')).toMatchObject({ value: 1, pushes: 'micro-monolith' });
  });

  it('teams inferred from authors never make an ownership split, even with dependencies both ways', async () => {
    const result = await analyzeFixture('architecture/inferred-owners');
    expectNoErrorDiagnostics(result);
    const { architecture } = systemOf(result, 'ledger');
    expect(hasSignal(architecture, 'ownership-split-both-ways')).toBe(false);
    expect(signalOf(architecture, 'units-with-one-owning-team')).toMatchObject({ pushes: 'none', weight: 0 });
    expect(architecture.label).not.toBe('micro-monolith');
    expect(findingsOf(result, 'ownership-split')).toEqual([]);
  });

  it('a message broker and a cache the units talk through are channels, not shared datastores', async () => {
    const result = await analyzeFixture('architecture/broker-not-data');
    expectNoErrorDiagnostics(result);
    const { architecture } = systemOf(result, 'flows');
    expect(signalOf(architecture, 'shared-datastore')).toMatchObject({ value: 0, pushes: 'none' });
    expect(signalOf(architecture, 'units-with-own-datastore')).toMatchObject({ value: 3, pushes: 'microservices' });
    expect(architecture.label).not.toBe('micro-monolith');
  });

  it('brokers count as data again when the configuration says so', async () => {
    const result = await analyzeFixture('architecture/broker-not-data', { catalog: { dataResourceTypes: ['database', 'queue'] } });
    const { architecture } = systemOf(result, 'flows');
    expect(signalOf(architecture, 'shared-datastore')).toMatchObject({ value: 1, pushes: 'micro-monolith' });
  });

  it('a build dependency on a library is not a call between units: the API share counts calls only', async () => {
    const result = await analyzeFixture('architecture/library-not-a-call');
    expectNoErrorDiagnostics(result);
    const { architecture } = systemOf(result, 'routing');
    expect(signalOf(architecture, 'dependencies-through-apis')).toMatchObject({ value: 1, pushes: 'microservices' });
  });
});
