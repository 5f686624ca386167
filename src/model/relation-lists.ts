import type { EntityRef, Relation, RelationType } from '../result/index.js';

/** Past this many targets a list checks repeats with a Set instead of a scan. */
const SCAN = 16;

/**
 * Fills `edges` (type -> source -> targets) from relations, each target once, in first-seen order.
 * A built model's relations come sorted and without repeats, so each (source, type) is one run: its list
 * is made once at its exact length, with no Set per list and no array grown by push (V8 gives a pushed
 * array room for 17), which at 50,000 components were most of the index and of the garbage building it
 * left. Relations in any other order (a model a plan edited) are merged into the lists already made.
 */
export function indexRelations(relations: readonly Relation[], edges: Map<RelationType, Map<EntityRef, EntityRef[]>>): void {
  // Sets of the lists a later run was merged into, kept for this call: interleaved runs of one hub stay linear.
  const seenOf = new Map<EntityRef[], Set<EntityRef>>();
  let start = 0;
  while (start < relations.length) {
    const first = relations[start] as Relation;
    let end = start + 1;
    while (end < relations.length && relations[end]?.source === first.source && relations[end]?.type === first.type) end++;
    let bySource = edges.get(first.type);
    if (!bySource) {
      bySource = new Map();
      edges.set(first.type, bySource);
    }
    const known = bySource.get(first.source);
    if (known) merged(known, relations, start, end, seenOf);
    else bySource.set(first.source, runTargets(relations, start, end));
    start = end;
  }
}

/** The distinct targets of relations[start..end), in order. */
function runTargets(relations: readonly Relation[], start: number, end: number): EntityRef[] {
  const count = end - start;
  // A run without repeats (every run of a built model) is copied as it is, at its exact length.
  if (isDistinct(relations, start, end)) {
    const targets = new Array<EntityRef>(count);
    for (let at = start; at < end; at++) targets[at - start] = (relations[at] as Relation).target;
    return targets;
  }
  return merged([], relations, start, end, new Map());
}

/** Whether relations[start..end) name no target twice: a scan for short runs, a Set for long ones. */
function isDistinct(relations: readonly Relation[], start: number, end: number): boolean {
  if (end - start > SCAN) {
    const set = new Set<EntityRef>();
    for (let at = start; at < end; at++) set.add((relations[at] as Relation).target);
    return set.size === end - start;
  }
  for (let at = start + 1; at < end; at++) {
    const target = (relations[at] as Relation).target;
    for (let before = start; before < at; before++) if ((relations[before] as Relation).target === target) return false;
  }
  return true;
}

/** Appends to `known` the targets of relations[start..end) it lacks. */
function merged(known: EntityRef[], relations: readonly Relation[], start: number, end: number, seenOf: Map<EntityRef[], Set<EntityRef>>): EntityRef[] {
  let seen = seenOf.get(known);
  if (!seen && known.length + end - start > SCAN) {
    seen = new Set(known);
    seenOf.set(known, seen);
  }
  for (let at = start; at < end; at++) {
    const target = (relations[at] as Relation).target;
    if (seen ? seen.has(target) : known.includes(target)) continue;
    seen?.add(target);
    known.push(target);
  }
  return known;
}
