import { describe, expect, it } from 'vitest';
import { ModelIndex } from '../../src/model/model-index.js';
import type { Relation } from '../../src/result/index.js';

const rel = (type: Relation['type'], source: string, target: string): Relation => ({ type, source, target });

describe('ModelIndex relation lists from runs', () => {
  it('lists each (source, type) run as written, and merges runs of one source and type that are apart', () => {
    const relations: Relation[] = [
      rel('dependsOn', 'component:default/a', 'component:default/b'),
      rel('dependsOn', 'component:default/a', 'component:default/c'),
      rel('ownedBy', 'component:default/a', 'group:default/t'),
      rel('dependsOn', 'component:default/a', 'component:default/c'),
      rel('dependsOn', 'component:default/a', 'component:default/d'),
      rel('dependsOn', 'component:default/x', 'component:default/b'),
      rel('dependsOn', 'component:default/a', 'component:default/b'),
    ];
    const index = new ModelIndex({ entities: [], relations });
    expect(index.targets('component:default/a', 'dependsOn')).toEqual(['component:default/b', 'component:default/c', 'component:default/d']);
    expect(index.targets('component:default/x', 'dependsOn')).toEqual(['component:default/b']);
    expect(index.target('component:default/a', 'ownedBy')).toBe('group:default/t');
    expect(index.targets('component:default/b', 'dependsOn')).toEqual([]);
  });

  it('drops repeats inside one long run, keeping the first-seen order', () => {
    const relations: Relation[] = [];
    for (let i = 0; i < 40; i++) relations.push(rel('hasMember', 'group:default/g', `user:default/u${i % 25}`));
    expect(new ModelIndex({ entities: [], relations }).targets('group:default/g', 'hasMember')).toEqual(Array.from({ length: 25 }, (_, i) => `user:default/u${i}`));
  });

  it('stays linear for one hub whose relations are interleaved with another source (each run merged)', () => {
    const relations: Relation[] = [];
    for (let i = 0; i < 20_000; i++) {
      relations.push(rel('dependencyOf', 'resource:default/cluster', `component:default/c${i}`));
      relations.push(rel('dependencyOf', 'resource:default/other', `component:default/c${i}`));
    }
    const started = performance.now();
    const index = new ModelIndex({ entities: [], relations });
    expect(index.targets('resource:default/cluster', 'dependencyOf')).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
