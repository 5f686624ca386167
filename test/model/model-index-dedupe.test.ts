import { describe, expect, it } from 'vitest';
import { ModelIndex } from '../../src/model/model-index.js';
import type { OrgModel, Relation } from '../../src/result/index.js';

describe('ModelIndex relation lists', () => {
  it('keeps each target once, in first-seen order, even from a model with repeated relations', () => {
    const relations: Relation[] = [
      { type: 'dependencyOf', source: 'resource:default/db', target: 'component:default/b' },
      { type: 'dependencyOf', source: 'resource:default/db', target: 'component:default/a' },
      { type: 'dependencyOf', source: 'resource:default/db', target: 'component:default/b' },
    ];
    const index = new ModelIndex({ entities: [], relations });
    expect(index.targets('resource:default/db', 'dependencyOf')).toEqual(['component:default/b', 'component:default/a']);
  });

  it('indexes a hub that every component depends on (a list, not a quadratic scan, per target)', () => {
    const count = 20_000;
    const relations: Relation[] = Array.from({ length: count }, (_, i) => ({ type: 'dependencyOf', source: 'resource:default/cluster', target: `component:default/c${i}` }));
    const model: OrgModel = { entities: [], relations };
    expect(new ModelIndex(model).targets('resource:default/cluster', 'dependencyOf')).toHaveLength(count);
  });
});
