import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { buildModel } from '../../src/model/build-model.js';
import { makeEntity } from './make-entity.js';

describe('buildModel at scale', () => {
  it('builds a 50k-component chain without diagnostics and with every relation', () => {
    const entities = [makeEntity({ kind: 'Group', name: 'team' }), makeEntity({ kind: 'System', name: 'big', spec: { owner: 'team' } })];
    for (let i = 0; i < 50_000; i++) {
      const dependsOn = i > 0 ? [`component:c${i - 1}`] : [];
      entities.push(makeEntity({ kind: 'Component', name: `c${i}`, spec: { type: 'service', owner: 'team', system: 'big', dependsOn } }));
    }
    const { model, diagnostics } = buildModel(entities, defaultConfig());
    expect(diagnostics).toEqual([]);
    // owner, system and (for all but the first) dependsOn, each both ways; plus the system's owner.
    expect(model.relations).toHaveLength(2 * (50_000 * 3 - 1) + 2);
  });
});

describe('inferring systems at scale', () => {
  it('groups a 50k-component dependency chain with no System into one inferred system', () => {
    const entities = [makeEntity({ kind: 'Group', name: 'team' })];
    for (let i = 0; i < 50_000; i++) {
      const dependsOn = i > 0 ? [`component:c${i - 1}`] : [];
      entities.push(makeEntity({ kind: 'Component', name: `c${i}`, spec: { type: 'service', owner: 'team', dependsOn } }));
    }
    const { model, diagnostics } = buildModel(entities, defaultConfig());
    expect(diagnostics.map((d) => d.code)).toEqual(['inferred-systems']);
    const systems = model.entities.filter((e) => e.inferred);
    expect(systems.map((s) => [s.ref, s.inferred?.how])).toEqual([['system:default/c1-inferred', 'dependencies']]);
    expect(model.relations.filter((r) => r.type === 'hasPart')).toHaveLength(50_000);
  });
});
