import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { buildModel } from '../../src/model/build-model.js';
import { OrgModel, type Relation } from '../../src/result/index.js';
import { makeEntity } from './make-entity.js';

const catalog = [
  makeEntity({ kind: 'Domain', name: 'commerce', spec: { owner: 'team-a' } }),
  makeEntity({ kind: 'Domain', name: 'checkout', spec: { owner: 'team-a', subdomainOf: 'commerce' } }),
  makeEntity({
    kind: 'System',
    name: 'shop',
    annotations: { 'teamfit.dev/operated-by': 'ops-team, group:default/team-a' },
    spec: { owner: 'team-a', domain: 'checkout' },
  }),
  makeEntity({
    kind: 'Component',
    name: 'shop-web',
    annotations: { 'teamfit.dev/operated-by': 'ops-team' },
    spec: {
      type: 'website',
      owner: 'user:jane',
      system: 'shop',
      providesApis: ['shop-api'],
      consumesApis: ['petstore'],
      dependsOn: ['resource:shop-db', 'component:shop-lib'],
      dependencyOf: ['component:shop-admin'],
    },
  }),
  makeEntity({ kind: 'Component', name: 'shop-lib', spec: { type: 'library', owner: 'team-a', subcomponentOf: 'shop-web' } }),
  makeEntity({ kind: 'Component', name: 'shop-admin', spec: { type: 'service', owner: 'team-a', system: 'shop' } }),
  makeEntity({ kind: 'API', name: 'shop-api', spec: { type: 'openapi', owner: 'team-a', system: 'shop' } }),
  makeEntity({ kind: 'API', name: 'petstore', spec: { type: 'openapi', owner: 'team-a', system: 'shop' } }),
  makeEntity({
    kind: 'Resource',
    name: 'shop-db',
    spec: { type: 'database', owner: 'team-a', system: 'shop', dependsOn: ['resource:backups'], dependencyOf: ['component:shop-admin'] },
  }),
  makeEntity({ kind: 'Resource', name: 'backups', spec: { type: 'bucket', owner: 'ops-team', system: 'shop' } }),
  makeEntity({ kind: 'Group', name: 'org', spec: { type: 'organization', children: ['team-a'] } }),
  makeEntity({ kind: 'Group', name: 'team-a', spec: { type: 'team', parent: 'org', members: ['bob'] } }),
  makeEntity({ kind: 'Group', name: 'ops-team', spec: { type: 'team', parent: 'group:org' } }),
  makeEntity({ kind: 'User', name: 'jane', spec: { memberOf: ['team-a'] } }),
  makeEntity({ kind: 'User', name: 'bob', spec: {} }),
  makeEntity({ kind: 'Location', name: 'all', spec: { targets: ['./a.yaml'] } }),
];

const has = (relations: Relation[], type: Relation['type'], source: string, target: string) =>
  relations.some((r) => r.type === type && r.source === source && r.target === target);

describe('buildModel relations', () => {
  const { model, diagnostics } = buildModel(catalog, defaultConfig());

  it.each([
    ['domain:default/commerce', 'ownedBy', 'group:default/team-a', 'ownerOf'],
    ['domain:default/checkout', 'partOf', 'domain:default/commerce', 'hasPart'],
    ['system:default/shop', 'ownedBy', 'group:default/team-a', 'ownerOf'],
    ['system:default/shop', 'partOf', 'domain:default/checkout', 'hasPart'],
    ['system:default/shop', 'operatedBy', 'group:default/ops-team', 'operates'],
    ['system:default/shop', 'operatedBy', 'group:default/team-a', 'operates'],
    ['component:default/shop-web', 'ownedBy', 'user:default/jane', 'ownerOf'],
    ['component:default/shop-web', 'partOf', 'system:default/shop', 'hasPart'],
    ['component:default/shop-web', 'providesApi', 'api:default/shop-api', 'apiProvidedBy'],
    ['component:default/shop-web', 'consumesApi', 'api:default/petstore', 'apiConsumedBy'],
    ['component:default/shop-web', 'dependsOn', 'resource:default/shop-db', 'dependencyOf'],
    ['component:default/shop-web', 'dependsOn', 'component:default/shop-lib', 'dependencyOf'],
    ['component:default/shop-web', 'dependencyOf', 'component:default/shop-admin', 'dependsOn'],
    ['component:default/shop-web', 'operatedBy', 'group:default/ops-team', 'operates'],
    ['component:default/shop-lib', 'partOf', 'component:default/shop-web', 'hasPart'],
    ['api:default/shop-api', 'partOf', 'system:default/shop', 'hasPart'],
    ['api:default/shop-api', 'ownedBy', 'group:default/team-a', 'ownerOf'],
    ['resource:default/shop-db', 'ownedBy', 'group:default/team-a', 'ownerOf'],
    ['resource:default/shop-db', 'partOf', 'system:default/shop', 'hasPart'],
    ['resource:default/shop-db', 'dependsOn', 'resource:default/backups', 'dependencyOf'],
    ['resource:default/shop-db', 'dependencyOf', 'component:default/shop-admin', 'dependsOn'],
    ['user:default/jane', 'memberOf', 'group:default/team-a', 'hasMember'],
    ['group:default/team-a', 'hasMember', 'user:default/bob', 'memberOf'],
    ['group:default/team-a', 'childOf', 'group:default/org', 'parentOf'],
    ['group:default/ops-team', 'childOf', 'group:default/org', 'parentOf'],
  ] as const)('%s %s %s, and back with %s', (source, type, target, backward) => {
    expect(has(model.relations, type, source, target)).toBe(true);
    expect(has(model.relations, backward, target, source)).toBe(true);
  });

  it('resolves everything without a warning or error', () => {
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(model.entities.flatMap((e) => e.unresolved)).toEqual([]);
  });

  it('states each relation once, even when both sides declare it (children and parent)', () => {
    const keys = model.relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k === 'group:default/org parentOf group:default/team-a')).toHaveLength(1);
  });

  it('sorts relations by source, type, target and keeps entities in input order', () => {
    const keys = model.relations.map((r) => [r.source, r.type, r.target]);
    const sorted = [...keys].sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1));
    expect(keys).toEqual(sorted);
    expect(model.entities.map((e) => e.name)).toEqual(catalog.map((e) => e.metadata.name));
  });

  it('gives a Location no relations and is deterministic', () => {
    expect(model.relations.some((r) => r.source.startsWith('location:') || r.target.startsWith('location:'))).toBe(false);
    const again = buildModel(catalog, defaultConfig());
    expect({ model: again.model, diagnostics: again.diagnostics }).toEqual({ model, diagnostics });
  });

  it('produces output that satisfies the result schema', () => {
    expect(OrgModel.safeParse(model).success).toBe(true);
  });

  it('resolves refs in the referring entity namespace, case-insensitively', () => {
    const entities = [
      makeEntity({ kind: 'Component', name: 'Web', namespace: 'Shop', spec: { owner: 'Team-A', system: 'Shop/Store' } }),
      makeEntity({ kind: 'System', name: 'store', namespace: 'shop', spec: { owner: 'team-a' } }),
      makeEntity({ kind: 'Group', name: 'team-a', namespace: 'shop' }),
      makeEntity({ kind: 'Group', name: 'team-a' }),
    ];
    const { model: m } = buildModel(entities, defaultConfig());
    expect(m.entities[0]).toMatchObject({ ref: 'component:shop/web', name: 'Web', namespace: 'Shop' });
    expect(has(m.relations, 'ownedBy', 'component:shop/web', 'group:shop/team-a')).toBe(true);
    expect(has(m.relations, 'ownedBy', 'component:shop/web', 'group:default/team-a')).toBe(false);
    expect(has(m.relations, 'partOf', 'component:shop/web', 'system:shop/store')).toBe(true);
  });
});
