import type { EntityRef, Relation, RelationType } from '../result/index.js';

/** Relations without repeats (a group's `children` and its child's `parent` state the same edge twice). */
export class RelationSet {
  private readonly relations = new Map<string, Relation>();

  add(type: RelationType, source: EntityRef, target: EntityRef): void {
    const key = `${source}\u0000${type}\u0000${target}`;
    if (!this.relations.has(key)) this.relations.set(key, { type, source, target });
  }

  /** Sorted by source, type, target with plain code-unit order, so output never depends on locale. */
  sorted(): Relation[] {
    return [...this.relations.values()].sort(
      (a, b) => compare(a.source, b.source) || compare(a.type, b.type) || compare(a.target, b.target),
    );
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
