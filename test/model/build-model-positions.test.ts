import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { buildModel } from '../../src/model/build-model.js';
import { fieldPositions } from '../../src/model/field-positions.js';
import { makeEntity } from './make-entity.js';

describe('buildModel field positions', () => {
  it('answers where a field is written as fieldPositions does: the first entity of a ref wins, refs in any case', () => {
    const entities = [
      makeEntity({ kind: 'Component', name: 'Web', file: 'a.yaml', spec: { owner: 'team-a', dependsOn: ['component:api'] } }),
      makeEntity({ kind: 'Component', name: 'web', file: 'b.yaml', line: 20, spec: { owner: 'team-b' } }),
      makeEntity({ kind: 'Component', name: 'api', file: 'b.yaml', line: 40, spec: { owner: 'team-a' } }),
      makeEntity({ kind: 'Group', name: 'team-a', file: 'org.yaml', spec: { type: 'team' } }),
    ];
    const built = buildModel(entities, defaultConfig()).fieldPosition;
    const expected = fieldPositions(entities);
    for (const [ref, path] of [
      ['component:default/web', 'spec.owner'],
      ['component:default/web', 'spec.dependsOn.0'],
      ['component:default/api', 'spec.owner'],
      ['group:default/team-a', 'metadata.name'],
      ['component:default/none', 'spec.owner'],
      ['component:default/web', 'spec.system'],
    ] as const) expect(built(ref, path)).toEqual(expected(ref, path));
    expect(built('component:default/web', 'spec.owner')).toMatchObject({ file: 'a.yaml' });
  });
});
