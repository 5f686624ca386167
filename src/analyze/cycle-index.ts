import type { EntityRef } from '../result/index.js';
import type { ComponentEdge } from './dependency-graph.js';

/**
 * The org-wide cycles by each component they pass through, built once, so each system finds its cycles in
 * time proportional to its own size; filtering the whole list per system grew with systems x cycles.
 */
export class CycleIndex {
  private readonly byComponent = new Map<EntityRef, number[]>();

  constructor(readonly cycles: readonly ComponentEdge[][]) {
    cycles.forEach((cycle, position) => {
      for (const edge of cycle) {
        const list = this.byComponent.get(edge.from) ?? [];
        if (list[list.length - 1] !== position) list.push(position);
        this.byComponent.set(edge.from, list);
      }
    });
  }

  /** Cycles passing through any of `components`, in their org-wide order. */
  through(components: Iterable<EntityRef>): ComponentEdge[][] {
    const positions = new Set<number>();
    for (const component of components) for (const position of this.byComponent.get(component) ?? []) positions.add(position);
    return [...positions].sort((a, b) => a - b).map((position) => this.cycles[position] ?? []);
  }
}
