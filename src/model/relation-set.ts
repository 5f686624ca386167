import type { EntityRef, Relation, RelationType } from '../result/index.js';

const EMPTY: ReadonlySet<EntityRef> = new Set();

/**
 * Relations without repeats (a group's `children` and its child's `parent` state the same edge twice).
 * Held as source -> type -> targets: no key string is built per relation, and sorting sorts each level's
 * few keys instead of comparing every relation on three fields.
 */
export class RelationSet {
  private readonly bySource = new Map<EntityRef, Map<RelationType, Set<EntityRef>>>();

  add(type: RelationType, source: EntityRef, target: EntityRef): void {
    let byType = this.bySource.get(source);
    if (!byType) {
      byType = new Map();
      this.bySource.set(source, byType);
    }
    let targets = byType.get(type);
    if (!targets) {
      targets = new Set();
      byType.set(type, targets);
    }
    targets.add(target);
  }

  /** Targets of one source's relations of one type, for stages that read relations before they are sorted. */
  targets(source: EntityRef, type: RelationType): ReadonlySet<EntityRef> {
    return this.bySource.get(source)?.get(type) ?? EMPTY;
  }

  /**
   * Sorted by source, type, target with plain code-unit order, so output never depends on locale. That is
   * what sort() without a comparator does for strings, and faster than any comparator written here.
   */
  sorted(): Relation[] {
    const relations: Relation[] = [];
    for (const source of [...this.bySource.keys()].sort()) {
      const byType = this.bySource.get(source);
      if (!byType) continue;
      for (const type of [...byType.keys()].sort()) {
        const targets = byType.get(type);
        if (!targets) continue;
        for (const target of [...targets].sort()) relations.push({ type, source, target });
      }
    }
    return relations;
  }
}
