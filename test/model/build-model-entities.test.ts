import { describe, expect, it } from 'vitest';
import { Config, defaultConfig } from '../../src/config/schema.js';
import { buildModel } from '../../src/model/build-model.js';
import { makeEntity, type EntityInput } from './make-entity.js';

function entityOf(input: EntityInput, config = defaultConfig()) {
  const { model, diagnostics } = buildModel([makeEntity(input)], config);
  return { entity: model.entities[0], diagnostics: diagnostics.filter((d) => d.code !== 'dangling-ref' && d.code !== 'no-system') };
}

describe('buildModel entities', () => {
  it('copies identity and descriptive fields, lower-casing the ref and spec.type', () => {
    const raw = makeEntity({ kind: 'API', name: 'PetStore', namespace: 'Shop', title: 'Pet Store', file: 'apis.yaml', line: 7, spec: { type: 'OpenAPI', lifecycle: 'production', owner: 'team-a' } });
    raw.metadata.description = 'Pets';
    raw.metadata.tags = ['rest'];
    raw.metadata.annotations = { 'backstage.io/techdocs-ref': 'dir:.' };
    const { model } = buildModel([raw], defaultConfig());
    expect(model.entities[0]).toEqual({
      ref: 'api:shop/petstore',
      kind: 'api',
      namespace: 'Shop',
      name: 'PetStore',
      title: 'Pet Store',
      description: 'Pets',
      type: 'openapi',
      lifecycle: 'production',
      tags: ['rest'],
      annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
      source: { file: 'apis.yaml', line: 7, column: 3 },
      unresolved: [{ field: 'spec.owner', target: 'team-a', reason: 'not-found' }],
    });
  });

  it('marks Components deployable and Resources data-holding by their configured types', () => {
    const component = (type?: string) => entityOf({ kind: 'Component', name: 'c', spec: type ? { type } : {} }).entity?.deployable;
    expect([component('service'), component('Website'), component('library'), component()]).toEqual([true, true, false, false]);
    const resource = (type: string) => entityOf({ kind: 'Resource', name: 'r', spec: { type } }).entity?.dataHolding;
    expect([resource('database'), resource('S3-Bucket'), resource('cluster')]).toEqual([true, true, false]);

    const config = Config.parse({ catalog: { deployableTypes: ['Function'], dataResourceTypes: ['ledger'] } });
    expect(entityOf({ kind: 'Component', name: 'c', spec: { type: 'function' } }, config).entity?.deployable).toBe(true);
    expect(entityOf({ kind: 'Component', name: 'c', spec: { type: 'service' } }, config).entity?.deployable).toBe(false);
    expect(entityOf({ kind: 'Resource', name: 'r', spec: { type: 'ledger' } }, config).entity?.dataHolding).toBe(true);
    expect(entityOf({ kind: 'API', name: 'a', spec: { type: 'service' } }).entity).not.toHaveProperty('deployable');
  });

  it('reads a User role, trimmed and lower-cased, whatever its value', () => {
    expect(entityOf({ kind: 'User', name: 'u', annotations: { 'teamfit.dev/role': ' SRE ' } }).entity?.role).toBe('sre');
    expect(entityOf({ kind: 'User', name: 'u', annotations: { 'teamfit.dev/role': 'designer' } }).entity?.role).toBe('designer');
    expect(entityOf({ kind: 'User', name: 'u' }).entity).not.toHaveProperty('role');
  });

  it('reads a Group structure annotation and warns on an unknown one at the annotation', () => {
    const declared = entityOf({ kind: 'Group', name: 'g', annotations: { 'teamfit.dev/structure': 'Cross-Functional' } });
    expect(declared.entity).toMatchObject({ declaredStructure: 'cross-functional', declaredStructureSource: 'annotation' });
    expect(declared.diagnostics).toEqual([]);

    const invalid = entityOf({ kind: 'Group', name: 'g', file: 'org.yaml', line: 20, annotations: { 'teamfit.dev/structure': 'squad' } });
    expect(invalid.entity).not.toHaveProperty('declaredStructure');
    expect(invalid.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'invalid-annotation',
        message: 'Group "g": annotation teamfit.dev/structure "squad" is not one of sre, cross-functional, insourcing, devops, dev, ops; it is ignored',
        file: 'org.yaml',
        line: 22,
        column: 3,
        entity: 'group:default/g',
      },
    ]);
  });

  it('takes a Group called DevOps (name, title or display name) as declared devops, unless annotated', () => {
    const byName = (input: Partial<EntityInput>) => entityOf({ kind: 'Group', name: 'team', ...input }).entity;
    expect(byName({ name: 'platform-devops' })).toMatchObject({ declaredStructure: 'devops', declaredStructureSource: 'name' });
    expect(byName({ title: 'The DevOps Team' })).toMatchObject({ declaredStructure: 'devops', declaredStructureSource: 'name' });
    expect(byName({ spec: { profile: { displayName: 'Dev Ops' } } })).toMatchObject({ declaredStructure: 'devops' });
    expect(byName({ name: 'dev-ops' })).toMatchObject({ declaredStructure: 'devops' });
    expect(byName({ name: 'developers' })).not.toHaveProperty('declaredStructure');
    expect(byName({ name: 'devops', annotations: { 'teamfit.dev/structure': 'sre' } })).toMatchObject({
      declaredStructure: 'sre',
      declaredStructureSource: 'annotation',
    });
    // An unusable annotation declares nothing, so the name still counts.
    expect(byName({ name: 'devops', annotations: { 'teamfit.dev/structure': '?' } })).toMatchObject({ declaredStructureSource: 'name' });
    // Only Groups are teams.
    expect(entityOf({ kind: 'User', name: 'devops-bot' }).entity).not.toHaveProperty('declaredStructure');
  });

  it('reads a System architecture annotation and warns on an unknown one', () => {
    expect(entityOf({ kind: 'System', name: 's', annotations: { 'teamfit.dev/architecture': 'Micro-Monolith' } }).entity?.declaredArchitecture).toBe('micro-monolith');
    const invalid = entityOf({ kind: 'System', name: 's', annotations: { 'teamfit.dev/architecture': 'soa' } });
    expect(invalid.entity).not.toHaveProperty('declaredArchitecture');
    expect(invalid.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['invalid-annotation', 'warning', 3]]);
  });

  it('keeps a Location as an entity without relations', () => {
    const { model, diagnostics } = buildModel([makeEntity({ kind: 'Location', name: 'all', spec: { targets: ['./x.yaml'] } })], defaultConfig());
    expect(model).toEqual({ entities: [expect.objectContaining({ ref: 'location:default/all', kind: 'location' })], relations: [] });
    expect(diagnostics).toEqual([]);
  });
});
