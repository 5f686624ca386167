import { RelationType as RelationTypes, type EntityRef, type Relation, type RelationType } from '../result/index.js';
import { RefIds } from './ref-ids.js';

/** Slots per source in the list heads: one per relation type, so a type id is an offset. */
const TYPE_SLOTS = RelationTypes.options.length;
const NONE = -1;

/**
 * Relations without repeats (a group's `children` and its child's `parent` state the same edge twice).
 * Each relation is three numbers in typed arrays (source id, type id, target id) and a link to the
 * relation of its source and type added before it, so a 50,000-component catalog's million relations cost a few
 * megabytes outside the heap instead of a Map and a Set per source and type, which the model's garbage
 * collector had to copy and mark before they died. Refs are interned: each relation holds the first
 * string met for its ref, not one built per reference as written.
 */
export class RelationSet {
  private readonly ids = new RefIds();
  private readonly types: RelationType[] = [];
  private readonly typeIds = new Map<RelationType, number>();
  private sources = new Int32Array(1024);
  private typeOf = new Uint8Array(1024);
  private targetsOf = new Int32Array(1024);
  private next = new Int32Array(1024);
  private count = 0;
  // One more than the last relation added of each (source, type), at source id * TYPE_SLOTS + type id: a
  // zero-filled array needs no filling, and untouched pages of a large one cost no memory.
  private latest = new Int32Array(1024 * TYPE_SLOTS);

  add(type: RelationType, source: EntityRef, target: EntityRef): void {
    const sourceId = this.ids.intern(source);
    const targetId = this.ids.intern(target);
    const typeId = this.typeId(type);
    const slot = sourceId * TYPE_SLOTS + typeId;
    this.reserve(slot);
    const at = this.count++;
    this.sources[at] = sourceId;
    this.typeOf[at] = typeId;
    this.targetsOf[at] = targetId;
    this.next[at] = (this.latest[slot] ?? 0) - 1;
    this.latest[slot] = at + 1;
  }

  /** Targets of one source's relations of one type, first-added first, for stages that read relations before they are sorted. */
  targets(source: EntityRef, type: RelationType): readonly EntityRef[] {
    const sourceId = this.ids.find(source);
    const typeId = this.typeIds.get(type);
    if (sourceId === undefined || typeId === undefined) return [];
    const newestFirst: number[] = [];
    for (let at = (this.latest[sourceId * TYPE_SLOTS + typeId] ?? 0) - 1; at !== NONE; at = this.next[at] ?? NONE) newestFirst.push(this.targetsOf[at] ?? NONE);
    const targets: EntityRef[] = [];
    // Repeats are rare and lists short: a scan, and a Set only for a hub's long list.
    const seen = newestFirst.length > 16 ? new Set<number>() : undefined;
    const ids: number[] = [];
    for (let place = newestFirst.length - 1; place >= 0; place--) {
      const id = newestFirst[place] ?? NONE;
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
      const source = refs.rank[this.sources[at] ?? 0] ?? 0;
      const type = typeRank.rank[this.typeOf[at] ?? 0] ?? 0;
      const target = refs.rank[this.targetsOf[at] ?? 0] ?? 0;
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

  /** Room for one more relation and for the list heads of `slot`. */
  private reserve(slot: number): void {
    if (this.count === this.sources.length) {
      const size = this.count * 2;
      this.sources = grown(this.sources, new Int32Array(size));
      this.typeOf = grown(this.typeOf, new Uint8Array(size));
      this.targetsOf = grown(this.targetsOf, new Int32Array(size));
      this.next = grown(this.next, new Int32Array(size));
    }
    if (slot >= this.latest.length) {
      const size = Math.max(this.latest.length * 2, (Math.floor(slot / TYPE_SLOTS) + 1) * TYPE_SLOTS);
      this.latest = grown(this.latest, new Int32Array(size));
    }
  }
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Relation types in code-unit order, and each type id's place in it. */
function rankTypes(types: readonly RelationType[]): { sorted: RelationType[]; rank: number[] } {
  const sorted = [...types].sort();
  return { sorted, rank: types.map((type) => sorted.indexOf(type)) };
}
