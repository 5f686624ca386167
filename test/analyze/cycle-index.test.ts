import { describe, expect, it } from 'vitest';
import { CycleIndex } from '../../src/analyze/cycle-index.js';
import type { ComponentEdge } from '../../src/analyze/dependency-graph.js';

const ring = (...refs: string[]): ComponentEdge[] => refs.map((from, i) => ({ from, to: refs[(i + 1) % refs.length] ?? from }));

describe('CycleIndex', () => {
  const first = ring('component:default/a', 'component:default/b');
  const second = ring('component:default/c', 'component:default/d', 'component:default/e');
  const third = ring('component:default/b', 'component:default/f');
  const index = new CycleIndex([first, second, third]);

  it('finds the cycles through any of a system’s components, once each, in org-wide order', () => {
    expect(index.through(['component:default/f', 'component:default/a', 'component:default/b'])).toEqual([first, third]);
    expect(index.through(new Set(['component:default/e']))).toEqual([second]);
  });

  it('finds none for components on no cycle', () => {
    expect(index.through(['component:default/z'])).toEqual([]);
  });
});
