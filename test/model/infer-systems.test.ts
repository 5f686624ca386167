import { describe, expect, it } from 'vitest';
import { defaultConfig, Config } from '../../src/config/schema.js';
import { buildModel } from '../../src/model/build-model.js';
import type { OrgModel } from '../../src/result/index.js';
import { makeEntity, type EntityInput } from './make-entity.js';

function build(inputs: EntityInput[], inferSystems = true) {
  const config = Config.parse({ catalog: { inferSystems } });
  return buildModel(inputs.map(makeEntity), config);
}

const service = (name: string, spec: EntityInput['spec'] = {}, annotations: Record<string, string> = {}): EntityInput => ({
  kind: 'Component',
  name,
  annotations,
  spec: { type: 'service', owner: 'team-a', ...spec },
});
const library = (name: string, spec: EntityInput['spec'] = {}, annotations: Record<string, string> = {}): EntityInput => ({
  ...service(name, spec, annotations),
  spec: { type: 'library', owner: 'team-a', ...spec },
});
const team = (name: string): EntityInput => ({ kind: 'Group', name, spec: { type: 'team' } });

/** Inferred systems as `ref <- parts`, with how and basis, for one readable assertion. */
function inferred(model: OrgModel): Array<{ ref: string; how: string | undefined; basis: string | undefined; parts: string[] }> {
  return model.entities
    .filter((entity) => entity.inferred)
    .map((system) => ({
      ref: system.ref,
      how: system.inferred?.how,
      basis: system.inferred?.basis,
      parts: model.relations.filter((r) => r.type === 'hasPart' && r.source === system.ref).map((r) => r.target),
    }));
}

describe('inferred systems', () => {
  it('groups components by the Domain their provided APIs or used resources lie in, not by APIs they only consume', () => {
    const { model } = build([
      team('team-a'),
      { kind: 'Domain', name: 'payments', spec: { owner: 'team-a' } },
      { kind: 'System', name: 'ledger', spec: { owner: 'team-a', domain: 'payments' } },
      { kind: 'API', name: 'ledger-api', spec: { owner: 'team-a', system: 'ledger', type: 'openapi' } },
      { kind: 'Resource', name: 'ledger-db', spec: { owner: 'team-a', system: 'ledger', type: 'database' } },
      { kind: 'Resource', name: 'fx-rates', spec: { owner: 'team-a', type: 'database', domain: 'payments' } },
      service('ledger-writer', { providesApis: ['ledger-api'] }),
      library('ledger-model', { dependsOn: ['resource:ledger-db'] }),
      service('fx', { dependsOn: ['resource:fx-rates'] }),
      service('checkout', { consumesApis: ['ledger-api'] }),
    ]);
    expect(inferred(model)).toEqual([
      {
        ref: 'system:default/payments-inferred',
        how: 'domain',
        basis: 'domain:default/payments',
        parts: ['component:default/fx', 'component:default/ledger-model', 'component:default/ledger-writer', 'resource:default/fx-rates'],
      },
      // A client of the domain is not part of it: alone and deployable, it is a system of its own.
      { ref: 'system:default/checkout-inferred', how: 'component', basis: 'component:default/checkout', parts: ['component:default/checkout'] },
    ]);
    const system = model.entities.find((e) => e.ref === 'system:default/payments-inferred');
    expect(system?.annotations).toEqual({ 'teamfit.dev/inferred': 'domain' });
    expect(model.relations).toContainEqual({ type: 'partOf', source: 'system:default/payments-inferred', target: 'domain:default/payments' });
  });

  it('leaves a component reaching two Domains to the next steps', () => {
    const { model } = build([
      team('team-a'),
      { kind: 'Domain', name: 'one', spec: { owner: 'team-a' } },
      { kind: 'Domain', name: 'two', spec: { owner: 'team-a' } },
      { kind: 'API', name: 'a1', spec: { owner: 'team-a', domain: 'one' } },
      { kind: 'API', name: 'a2', spec: { owner: 'team-a', domain: 'two' } },
      service('both', { providesApis: ['a1', 'a2'] }),
    ]);
    expect(inferred(model).map((s) => [s.ref, s.how])).toEqual([['system:default/both-inferred', 'component']]);
  });

  it('groups components of one repository whatever folder, branch or spelling their URLs use', () => {
    const { model } = build([
      team('team-a'),
      service('web', {}, { 'backstage.io/source-location': 'url:https://github.com/Acme/Shop/tree/main/web/' }),
      service('worker', {}, { 'backstage.io/source-location': 'url:https://github.com/acme/shop.git' }),
      library('shop-sdk', {}, { 'github.com/project-slug': 'acme/shop' }),
      service('other', {}, { 'backstage.io/source-location': 'url:https://github.com/acme/other/blob/main/README.md' }),
      service('gitlab-a', {}, { 'backstage.io/source-location': 'url:https://gitlab.com/acme/group/tools/-/tree/main/a' }),
      service('gitlab-b', {}, { 'backstage.io/source-location': 'url:https://gitlab.com/acme/group/tools/-/blob/main/b/x.yaml' }),
    ]);
    expect(inferred(model)).toEqual([
      {
        ref: 'system:default/shop-inferred',
        how: 'repository',
        basis: 'github.com/acme/shop',
        parts: ['component:default/shop-sdk', 'component:default/web', 'component:default/worker'],
      },
      {
        ref: 'system:default/tools-inferred',
        how: 'repository',
        basis: 'gitlab.com/acme/group/tools',
        parts: ['component:default/gitlab-a', 'component:default/gitlab-b'],
      },
      // Alone in its repository and linked to nothing: a one-unit system.
      { ref: 'system:default/other-inferred', how: 'component', basis: 'component:default/other', parts: ['component:default/other'] },
    ]);
  });

  it('groups components connected by dependencies or APIs within one owner, named after the most connected one', () => {
    const { model } = build([
      team('team-a'),
      team('team-b'),
      { kind: 'API', name: 'orders-api', spec: { owner: 'team-a', type: 'openapi' } },
      service('orders', { providesApis: ['orders-api'], dependsOn: ['component:pricing'] }),
      service('pricing'),
      service('invoices', { consumesApis: ['orders-api'] }),
      // Another owner's client is not grouped with them: that would be grouping by a dependency alone.
      service('reports', { owner: 'team-b', dependsOn: ['component:orders'] }),
      // Libraries linked to nothing deployable make no system.
      library('lib-a', { dependsOn: ['component:lib-b'] }),
      library('lib-b'),
    ]);
    expect(inferred(model)).toEqual([
      {
        ref: 'system:default/orders-inferred',
        how: 'dependencies',
        basis: 'group:default/team-a',
        parts: ['api:default/orders-api', 'component:default/invoices', 'component:default/orders', 'component:default/pricing'],
      },
      { ref: 'system:default/reports-inferred', how: 'component', basis: 'component:default/reports', parts: ['component:default/reports'] },
    ]);
  });

  it('leaves alone libraries, subcomponents, components that name a System, and unowned components in the dependency step', () => {
    const { model, diagnostics } = build([
      team('team-a'),
      { kind: 'System', name: 'shop', spec: { owner: 'team-a' } },
      service('in-shop', { system: 'shop' }),
      service('named-missing', { system: 'gone' }),
      service('part', { subcomponentOf: 'in-shop' }),
      library('lone-lib'),
      // A null owner is no owner, as in YAML `owner:` with nothing after it.
      service('unowned-a', { owner: null, dependsOn: ['component:unowned-b'] }),
      library('unowned-b', { owner: null }),
    ]);
    expect(inferred(model).map((s) => s.ref)).toEqual(['system:default/unowned-a-inferred']);
    const noSystem = diagnostics.filter((d) => d.code === 'no-system');
    expect(noSystem).toHaveLength(1);
    expect(noSystem[0]?.message).toMatch(/^2 entities \(2 components\) belong to no System.*: component:default\/lone-lib, component:default\/unowned-b$/);
  });

  it('never reuses a declared ref', () => {
    const { model } = build([
      team('team-a'),
      { kind: 'System', name: 'web-inferred', spec: { owner: 'team-a' } },
      service('web'),
    ]);
    expect(inferred(model).map((s) => s.ref)).toEqual(['system:default/web-inferred-2']);
  });

  it('takes the namespace most of its components share', () => {
    const { model } = build([
      { ...team('team-a'), namespace: 'acme' },
      ...['a', 'b'].map((name) => ({ ...service(name, { owner: 'team-a' }, { 'github.com/project-slug': 'acme/mono' }), namespace: 'acme' })),
      service('c', { owner: 'acme/team-a' }, { 'github.com/project-slug': 'acme/mono' }),
    ]);
    expect(inferred(model).map((s) => s.ref)).toEqual(['system:acme/mono-inferred']);
  });

  it('reports what it inferred in one diagnostic, and infers nothing when catalog.inferSystems is false', () => {
    const inputs = [team('team-a'), service('web'), library('lib')];
    const on = build(inputs);
    expect(on.diagnostics.map((d) => d.code)).toEqual(['inferred-systems', 'no-system']);
    expect(on.diagnostics[0]?.message).toMatch(/^1 system\(s\) inferred .*\(lone deployable components: 1\).*: system:default\/web-inferred$/);
    const off = build(inputs, false);
    expect(inferred(off.model)).toEqual([]);
    expect(off.diagnostics.map((d) => d.code)).toEqual(['no-system']);
    expect(off.diagnostics[0]?.message).toMatch(/^2 entities \(2 components\) .*catalog\.inferSystems is false.*: component:default\/lib, component:default\/web$/);
  });

  it('changes nothing in a catalog whose components all have a System', () => {
    const inputs: EntityInput[] = [team('team-a'), { kind: 'System', name: 'shop', spec: { owner: 'team-a' } }, service('web', { system: 'shop' })];
    const { model, diagnostics } = buildModel(inputs.map(makeEntity), defaultConfig());
    expect(inferred(model)).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});
