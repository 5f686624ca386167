import type { EntityRef } from '../result/index.js';

/**
 * Refs numbered in the order first met, so relations can be held as numbers. Each id keeps the first
 * string met for its ref: equal refs written in many places end up as one string in the model.
 */
export class RefIds {
  private readonly idOf = new Map<EntityRef, number>();
  private readonly refs: EntityRef[] = [];

  intern(ref: EntityRef): number {
    let id = this.idOf.get(ref);
    if (id === undefined) {
      id = this.refs.length;
      this.refs.push(ref);
      this.idOf.set(ref, id);
    }
    return id;
  }

  find(ref: EntityRef): number | undefined {
    return this.idOf.get(ref);
  }

  ref(id: number): EntityRef {
    const ref = this.refs[id];
    if (ref === undefined) throw new Error(`no ref with id ${id}`);
    return ref;
  }

  get size(): number {
    return this.refs.length;
  }

  /**
   * The refs in code-unit order (sort() without a comparator, as the result's order is defined) and each
   * id's place in that order.
   */
  sortedRanks(): { sorted: EntityRef[]; rank: Int32Array } {
    const sorted = [...this.refs].sort();
    const rank = new Int32Array(sorted.length);
    sorted.forEach((ref, place) => {
      rank[this.idOf.get(ref) ?? 0] = place;
    });
    return { sorted, rank };
  }
}
