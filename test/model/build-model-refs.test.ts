import { describe, expect, it } from 'vitest';
import { Config, defaultConfig } from '../../src/config/schema.js';
import { buildModel } from '../../src/model/build-model.js';
import { makeEntity } from './make-entity.js';

const team = makeEntity({ kind: 'Group', name: 'team-a', file: 'org.yaml' });

function build(...entities: ReturnType<typeof makeEntity>[]) {
  return buildModel([...entities, team], defaultConfig());
}

describe('buildModel unresolved references', () => {
  it('reports a dangling ref at the field position and adds no relation', () => {
    // Lines: document 10, metadata.name 11, spec.owner 12.
    const web = makeEntity({ kind: 'Component', name: 'shop-web', file: 'web.yaml', line: 10, spec: { owner: 'team-x', system: 'shop' } });
    const { model, diagnostics } = build(web);
    expect(model.entities[0]?.unresolved).toEqual([
      { field: 'spec.owner', target: 'team-x', reason: 'not-found' },
      { field: 'spec.system', target: 'shop', reason: 'not-found' },
    ]);
    // The dangling owner is missing-owner's to report (one report per problem); the system is a diagnostic.
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'dangling-ref',
        message: 'Component "shop-web": spec.system "system:default/shop" does not match any entity in the catalog',
        file: 'web.yaml',
        line: 13,
        column: 3,
        entity: 'component:default/shop-web',
      },
    ]);
    expect(model.relations).toEqual([]);
  });

  it('reports a dangling owner as a diagnostic when the missing-owner rule is off', () => {
    const web = makeEntity({ kind: 'Component', name: 'shop-web', file: 'web.yaml', line: 10, spec: { owner: 'team-x' } });
    const config = Config.parse({ rules: { 'missing-owner': { severity: 'off' } } });
    const { diagnostics } = buildModel([web, team], config);
    expect(diagnostics.filter((d) => d.code === 'dangling-ref')).toEqual([
      expect.objectContaining({ code: 'dangling-ref', line: 12, message: 'Component "shop-web": spec.owner "group:default/team-x" does not match any entity in the catalog' }),
    ]);
  });

  it('suggests the namesake in another namespace, and reports refs sharing that cause as one diagnostic with every place', () => {
    const groups = ['team-a', 'team-b'].map((name) => makeEntity({ kind: 'Group', name, namespace: 'acme', file: 'org.yaml' }));
    const parts = ['one', 'two', 'three'].map((name, i) =>
      makeEntity({ kind: 'Component', name, file: 'parts.yaml', line: 10 * i + 1, spec: { owner: 'group:acme/team-a', dependsOn: [], system: 'shop' } }),
    );
    const systems = [makeEntity({ kind: 'System', name: 'shop', namespace: 'acme', spec: { owner: 'group:acme/team-a' } })];
    const { model, diagnostics } = buildModel([...parts, ...groups, ...systems], defaultConfig());
    expect(model.entities[0]?.unresolved).toEqual([{ field: 'spec.system', target: 'shop', reason: 'not-found', suggestion: 'system:acme/shop' }]);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'dangling-ref',
        message:
          '3 spec.system references point at namespace default; the systems are in namespace acme (e.g. "system:default/shop", where "system:acme/shop" exists): Component "one" (parts.yaml:5:3), Component "two" (parts.yaml:15:3), Component "three" (parts.yaml:25:3)',
        file: 'parts.yaml',
        line: 5,
        column: 3,
        entity: 'component:default/one',
        related: [
          { entity: 'component:default/one', file: 'parts.yaml', line: 5, column: 3 },
          { entity: 'component:default/two', file: 'parts.yaml', line: 15, column: 3 },
          { entity: 'component:default/three', file: 'parts.yaml', line: 25, column: 3 },
        ],
      },
    ]);
  });

  it('reports refs to a kind the catalog holds none of as one diagnostic, and one missing entity once for all that point at it', () => {
    const a = makeEntity({ kind: 'Group', name: 'a', spec: { members: ['jane', 'joe'], parent: 'employees' } });
    const b = makeEntity({ kind: 'Group', name: 'b', spec: { members: ['jim'], parent: 'employees' } });
    const { diagnostics } = buildModel([a, b], defaultConfig());
    expect(diagnostics.map((d) => [d.line, d.message.replace(/:.*/, ''), d.related?.length])).toEqual([
      [6, '2 spec.parent references point at "group', 2],
      [4, '3 spec.members references name users, and the catalog holds no User at all', 3],
    ]);
    expect(diagnostics[1]?.message).toContain('Group "a" spec.members.0 "user:default/jane" (catalog.yaml:4:3)');
  });

  it('treats an owner the organisation uses for "no owner" as unowned, not as a dangling ref', () => {
    const parts = [
      makeEntity({ kind: 'Component', name: 'legacy', spec: { owner: 'unspecified' } }),
      makeEntity({ kind: 'Component', name: 'orphan', spec: { owner: 'group:default/nobody-knows' } }),
      makeEntity({ kind: 'Component', name: 'kept', spec: { owner: 'team-x' } }),
    ];
    const config = Config.parse({ catalog: { unownedOwners: ['UNSPECIFIED', 'group:default/nobody-knows'] } });
    const { model, diagnostics } = buildModel([...parts, team], config);
    expect(model.entities.map((e) => e.unresolved.map((u) => u.reason))).toEqual([['unowned'], ['unowned'], ['not-found'], []]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('points at the array element, and hints at an entity of another kind with that name', () => {
    const web = makeEntity({ kind: 'Component', name: 'web', line: 1, spec: { owner: 'team-a', system: 's', dependsOn: ['component:ok', 'component:team-a'] } });
    const ok = makeEntity({ kind: 'Component', name: 'ok', spec: { owner: 'team-a', system: 's' } });
    const system = makeEntity({ kind: 'System', name: 's', spec: { owner: 'team-a' } });
    const { model, diagnostics } = build(web, ok, system);
    // Lines: 1 document, 2 name, 3 owner, 4 system, 5 dependsOn, 6 dependsOn.0, 7 dependsOn.1.
    expect(model.entities[0]?.unresolved).toEqual([{ field: 'spec.dependsOn.1', target: 'component:team-a', reason: 'not-found', suggestion: 'group:default/team-a' }]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'dangling-ref', line: 7, message: expect.stringContaining('(there is a group "group:default/team-a")') }),
    ]);
  });

  it('reports a ref of the wrong kind', () => {
    const api = makeEntity({ kind: 'API', name: 'petstore', spec: { owner: 'team-a', system: 'group:team-a' } });
    const { model, diagnostics } = build(api);
    expect(model.entities[0]?.unresolved).toEqual([{ field: 'spec.system', target: 'group:team-a', reason: 'wrong-kind' }]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'wrong-ref-kind',
        line: 4,
        message: 'API "petstore": spec.system "group:default/team-a" is a group, but spec.system must name a system',
      }),
    ]);
    expect(model.relations.filter((r) => r.type === 'partOf')).toEqual([]);
  });

  it('rejects a dependsOn without a kind, as Backstage does, and non-string refs', () => {
    const db = makeEntity({ kind: 'Resource', name: 'db', spec: { owner: 'team-a', system: 's', dependsOn: ['other-db', 42] } });
    const other = makeEntity({ kind: 'Resource', name: 'other-db', spec: { owner: 'team-a', system: 's' } });
    const system = makeEntity({ kind: 'System', name: 's', spec: { owner: 'team-a' } });
    const { model, diagnostics } = build(db, other, system);
    expect(model.entities[0]?.unresolved).toEqual([
      { field: 'spec.dependsOn.0', target: 'other-db', reason: 'malformed' },
      { field: 'spec.dependsOn.1', target: '42', reason: 'malformed' },
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['malformed-ref', 'error', 6],
      ['malformed-ref', 'error', 7],
    ]);
    expect(diagnostics[0]?.message).toMatch(/spec\.dependsOn\.0: Entity reference "other-db" has no kind/);
    expect(model.relations.some((r) => r.type === 'dependsOn')).toBe(false);
  });

  it('warns on a self-reference and adds no relation, without counting it unresolved', () => {
    const web = makeEntity({ kind: 'Component', name: 'web', spec: { owner: 'team-a', subcomponentOf: 'web', dependsOn: ['Component:Web'] } });
    const { model, diagnostics } = build(web);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['self-reference', 'warning', 4],
      ['self-reference', 'warning', 6],
    ]);
    expect(model.entities[0]?.unresolved).toEqual([]);
    expect(model.relations.some((r) => r.source === r.target)).toBe(false);
  });

  it('reports operated-by refs at the annotation, each comma-separated part on its own', () => {
    const system = makeEntity({ kind: 'System', name: 's', annotations: { 'teamfit.dev/operated-by': 'team-a, ghost,, user:jane' }, spec: { owner: 'team-a' } });
    const { model, diagnostics } = build(system);
    expect(model.entities[0]?.unresolved).toEqual([
      { field: 'metadata.annotations.teamfit.dev/operated-by', target: 'ghost', reason: 'not-found' },
      { field: 'metadata.annotations.teamfit.dev/operated-by', target: 'user:jane', reason: 'wrong-kind' },
    ]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['dangling-ref', 3],
      ['wrong-ref-kind', 3],
    ]);
    expect(model.relations).toContainEqual({ type: 'operatedBy', source: 'system:default/s', target: 'group:default/team-a' });
  });

  it('keeps the first of two entities with the same ref and reports the second', () => {
    const first = makeEntity({ kind: 'Group', name: 'Team-B', file: 'a.yaml', line: 4 });
    const second = makeEntity({ kind: 'Group', name: 'team-b', file: 'b.yaml', line: 9, annotations: { 'teamfit.dev/structure': 'bogus' } });
    const { model, diagnostics } = build(first, second);
    expect(model.entities.map((e) => e.source?.file)).toEqual(['a.yaml', 'org.yaml']);
    // The ignored copy's own problems (its bad annotation) are not reported.
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        code: 'duplicate-entity',
        message: 'Group "team-b" is defined twice (group:default/team-b); the first definition at a.yaml:4 is kept and this one is ignored',
        file: 'b.yaml',
        line: 9,
        column: 3,
        entity: 'group:default/team-b',
      },
    ]);
  });

  it('notes Components, APIs and Resources with no System in one diagnostic, but not subcomponents', () => {
    const lonely = makeEntity({ kind: 'Component', name: 'lonely', spec: { owner: 'team-a' } });
    const part = makeEntity({ kind: 'Component', name: 'part', spec: { owner: 'team-a', subcomponentOf: 'lonely' } });
    const api = makeEntity({ kind: 'API', name: 'api', spec: { owner: 'team-a' } });
    const db = makeEntity({ kind: 'Resource', name: 'db', spec: { owner: 'team-a' } });
    const { diagnostics } = build(lonely, part, api, db);
    expect(diagnostics.map((d) => [d.code, d.severity, d.entity])).toEqual([['no-system', 'info', undefined]]);
    expect(diagnostics[0]?.message).toMatch(/^3 entities \(1 component, 1 API, 1 resource\) belong to no System .*: api:default\/api, component:default\/lonely, resource:default\/db$/);
  });
});
