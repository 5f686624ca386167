import { RelationType as RelationTypes, type EntityRef, type Relation, type RelationType } from '../result/index.js';
import { IntColumn } from './int-column.js';
import { RefIds } from './ref-ids.js';

/** Slots per source in the list heads: one per relation type, so a type id is an offset. */
const TYPE_SLOTS = RelationTypes.options.length;

/**
 * Relations without repeats (a group's `children` and its child's `parent` state the same edge twice).
 * Each relation is three integers in chunked typed arrays (its source and type, its target, a link to the
 * relation of the same source and type added before it), so a 50,000-component catalog's half million
 * relations cost a few megabytes outside the heap instead of a Map and a Set per source and type, which
 * the garbage collector had to copy and mark before they died. Refs are interned: each relation holds the
 * first string met for its ref, not one built per reference as written. Sorting packs each relation into
 * one exact double, which holds for up to 23 million refs.
 */
export class RelationSet {
  private readonly ids = new RefIds();
  private readonly types: RelationType[] = [];
  private readonly typeIds = new Map<RelationType, number>();
  // Per relation: its (source, type) slot, source id * TYPE_SLOTS + type id; its target id; and one more
  // than the relation of the same slot added before it (0: none).
  private readonly slots = new IntColumn();
  private readonly targetsOf = new IntColumn();
  private readonly before = new IntColumn();
  private count = 0;
  // One more than the last relation added of each slot. Zero-filled chunks need no filling.
  private readonly latest = new IntColumn();

  add(type: RelationType, source: EntityRef, target: EntityRef): void {
    const slot = this.ids.intern(source) * TYPE_SLOTS + this.typeId(type);
    const at = this.count++;
    this.slots.set(at, slot);
    this.targetsOf.set(at, this.ids.intern(target));
    this.before.set(at, this.latest.get(slot));
    this.latest.set(slot, at + 1);
  }

  /** Targets of one source's relations of one type, first-added first, for stages that read relations before they are sorted. */
  targets(source: EntityRef, type: RelationType): readonly EntityRef[] {
    const sourceId = this.ids.find(source);
    const typeId = this.typeIds.get(type);
    if (sourceId === undefined || typeId === undefined) return [];
    const newestFirst: number[] = [];
    for (let next = this.latest.get(sourceId * TYPE_SLOTS + typeId); next !== 0; next = this.before.get(next - 1)) newestFirst.push(this.targetsOf.get(next - 1));
    const targets: EntityRef[] = [];
    // Repeats are rare and lists short: a scan, and a Set only for a hub's long list.
    const seen = newestFirst.length > 16 ? new Set<number>() : undefined;
    const ids: number[] = [];
    for (let place = newestFirst.length - 1; place >= 0; place--) {
      const id = newestFirst[place] ?? 0;
      if (seen ? seen.has(id) : ids.includes(id)) continue;
      seen?.add(id);
      ids.push(id);
      targets.push(this.ids.ref(id));
    }
    return targets;
  }

  /**
   * Sorted by source, type, target with plain code-unit order, so output never depends on locale. Each
   * ref's rank in the sorted refs (sort() without a comparator: code-unit order, and fast) and each type's
   * make one number per relation; a numeric sort of those orders the relations and puts repeats side by side.
   */
  sorted(): Relation[] {
    const refs = this.ids.sortedRanks();
    const typeRank = rankTypes(this.types);
    const refCount = refs.sorted.length;
    const keys = new Float64Array(this.count);
    for (let at = 0; at < this.count; at++) {
      const slot = this.slots.get(at);
      const typeId = slot % TYPE_SLOTS;
      const source = refs.rank[(slot - typeId) / TYPE_SLOTS] ?? 0;
      const type = typeRank.rank[typeId] ?? 0;
      const target = refs.rank[this.targetsOf.get(at)] ?? 0;
      keys[at] = (source * TYPE_SLOTS + type) * refCount + target;
    }
    keys.sort();
    const relations: Relation[] = [];
    let previous = -1;
    for (const key of keys) {
      if (key === previous) continue;
      previous = key;
      const target = key % refCount;
      const sourceAndType = (key - target) / refCount;
      const type = sourceAndType % TYPE_SLOTS;
      const source = (sourceAndType - type) / TYPE_SLOTS;
      relations.push({ type: typeRank.sorted[type] as RelationType, source: refs.sorted[source] as EntityRef, target: refs.sorted[target] as EntityRef });
    }
    return relations;
  }

  private typeId(type: RelationType): number {
    let id = this.typeIds.get(type);
    if (id === undefined) {
      id = this.types.length;
      if (id >= TYPE_SLOTS) throw new Error(`more than ${TYPE_SLOTS} relation types`);
      this.types.push(type);
      this.typeIds.set(type, id);
    }
    return id;
  }
}

/** Relation types in code-unit order, and each type id's place in it. */
function rankTypes(types: readonly RelationType[]): { sorted: RelationType[]; rank: number[] } {
  const sorted = [...types].sort();
  return { sorted, rank: types.map((type) => sorted.indexOf(type)) };
}
