import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
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
    expect(diagnostics).toContainEqual({
      severity: 'warning',
      code: 'dangling-ref',
      message: 'Component "shop-web": spec.owner "group:default/team-x" does not match any entity in the catalog',
      file: 'web.yaml',
      line: 12,
      column: 3,
      entity: 'component:default/shop-web',
    });
    expect(diagnostics.find((d) => d.message.includes('spec.system'))).toMatchObject({ code: 'dangling-ref', line: 13 });
    expect(model.relations).toEqual([]);
  });

  it('points at the array element, and hints at an entity of another kind with that name', () => {
    const web = makeEntity({ kind: 'Component', name: 'web', line: 1, spec: { owner: 'team-a', system: 's', dependsOn: ['component:ok', 'component:team-a'] } });
    const ok = makeEntity({ kind: 'Component', name: 'ok', spec: { owner: 'team-a', system: 's' } });
    const system = makeEntity({ kind: 'System', name: 's', spec: { owner: 'team-a' } });
    const { model, diagnostics } = build(web, ok, system);
    // Lines: 1 document, 2 name, 3 owner, 4 system, 5 dependsOn, 6 dependsOn.0, 7 dependsOn.1.
    expect(model.entities[0]?.unresolved).toEqual([{ field: 'spec.dependsOn.1', target: 'component:team-a', reason: 'not-found' }]);
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
