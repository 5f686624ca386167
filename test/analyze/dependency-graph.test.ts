import { describe, expect, it } from 'vitest';
import { DependencyGraph } from '../../src/analyze/dependency-graph.js';
import { ModelIndex } from '../../src/model/model-index.js';
import type { ModelEntity, Relation } from '../../src/result/index.js';

const component = (name: string): ModelEntity => ({
  ref: `component:default/${name}`, kind: 'component', namespace: 'default', name, tags: [], annotations: {}, source: { file: 'c.yaml', line: 1, column: 1 }, unresolved: [],
});
const rel = (type: Relation['type'], source: string, target: string): Relation => ({ type, source: `component:default/${source}`, target: target.includes(':') ? target : `component:default/${target}` });

describe('DependencyGraph', () => {
  it('keeps one edge per pair (dependsOn and an API between the same two count once, the first kept), no self edge', () => {
    const relations: Relation[] = [
      rel('dependsOn', 'a', 'b'),
      rel('consumesApi', 'a', 'api:default/b-api'),
      { type: 'apiProvidedBy', source: 'api:default/b-api', target: 'component:default/b' },
      rel('dependsOn', 'a', 'a'),
      rel('dependsOn', 'b', 'c'),
    ];
    const graph = new DependencyGraph(new ModelIndex({ entities: ['a', 'b', 'c'].map(component), relations }));
    expect(graph.edges).toEqual([{ from: 'component:default/a', to: 'component:default/b' }, { from: 'component:default/b', to: 'component:default/c' }]);
    expect(graph.dependentsOf('component:default/b')).toEqual(['component:default/a']);
    expect(graph.cycles()).toEqual([]);
  });

  it('finds each cycle once, as a shortest path from its smallest member, and a hub depending on thousands keeps each edge once', () => {
    const names = ['a', 'b', 'c', 'd', 'hub', ...Array.from({ length: 3000 }, (_, i) => `leaf${i}`)];
    const relations: Relation[] = [rel('dependsOn', 'b', 'c'), rel('dependsOn', 'c', 'a'), rel('dependsOn', 'a', 'b'), rel('dependsOn', 'c', 'd')];
    for (let i = 0; i < 3000; i++) relations.push(rel('dependsOn', 'hub', `leaf${i}`), rel('dependsOn', 'hub', `leaf${i % 100}`));
    relations.push(rel('dependsOn', 'leaf5', 'hub'));
    const graph = new DependencyGraph(new ModelIndex({ entities: names.map(component), relations }));
    expect(graph.edgesFrom('component:default/hub')).toHaveLength(3000);
    const cycles = graph.cycles().map((cycle) => cycle.map((edge) => `${edge.from.slice(18)}>${edge.to.slice(18)}`));
    expect(cycles).toEqual([['a>b', 'b>c', 'c>a'], ['hub>leaf5', 'leaf5>hub']]);
  });
});
