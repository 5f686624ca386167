import type { ChangeTable } from '../change-table.js';
import type { Cell } from '../table.js';

/**
 * Each entity's contributions by author, as columns: entity e's shares are numbered start[e] to
 * start[e + 1] - 1, its authors in order of first appearance in its rows (the order code-maat keeps ties in).
 * Columns, not an object per share: rails has 100,000 shares, and objects that all live to the end of the
 * run cost more to allocate and collect than the grouping itself.
 */
export interface EntityShares {
  start: Int32Array;
  /** Rows (revisions) by entity. */
  revs: Int32Array;
  /** By share: the author, the author's rows of the entity, lines added and deleted in them. */
  author: Int32Array;
  authorRevs: Int32Array;
  added: Float64Array;
  deleted: Float64Array;
}

const byEntityCache = new WeakMap<ChangeTable, EntityShares>();

/** Groups the rows by entity then author, in order of first appearance. */
export function byEntityAndAuthor(table: ChangeTable): EntityShares {
  // Several analyses of one run group the same table: group it once.
  const known = byEntityCache.get(table);
  if (known !== undefined) return known;
  // The rows of each entity, in log order (a counting sort, stable): an entity's authors are then numbered by
  // one array over authors, stamped with the entity, instead of a hash lookup per row.
  const { start: rowStart, rows } = rowsByEntity(table);
  const entities = table.entities.length;
  const authorShare = new Int32Array(table.authors.length);
  const stamp = new Int32Array(table.authors.length).fill(-1);
  const start = new Int32Array(entities + 1);
  const revs = new Int32Array(entities);
  const rowCount = table.entity.length;
  const author = new Int32Array(rowCount);
  const authorRevs = new Int32Array(rowCount);
  const added = new Float64Array(table.added ? rowCount : 0);
  const deleted = new Float64Array(table.deleted ? rowCount : 0);
  let shares = 0;
  for (let entity = 0; entity < entities; entity++) {
    start[entity] = shares;
    const end = rowStart[entity + 1] ?? 0;
    revs[entity] = end - (rowStart[entity] ?? 0);
    for (let at = rowStart[entity] ?? 0; at < end; at++) {
      const row = rows[at] ?? 0;
      const who = table.author[row] ?? 0;
      if (stamp[who] !== entity) {
        stamp[who] = entity;
        authorShare[who] = shares;
        author[shares++] = who;
      }
      const share = authorShare[who] ?? 0;
      authorRevs[share] = (authorRevs[share] ?? 0) + 1;
      if (table.added && table.deleted) {
        added[share] = (added[share] ?? 0) + (table.added[row] ?? 0);
        deleted[share] = (deleted[share] ?? 0) + (table.deleted[row] ?? 0);
      }
    }
  }
  start[entities] = shares;
  const result: EntityShares = {
    start,
    revs,
    author: author.subarray(0, shares),
    authorRevs: authorRevs.subarray(0, shares),
    added: added.subarray(0, table.added ? shares : 0),
    deleted: deleted.subarray(0, table.deleted ? shares : 0),
  };
  byEntityCache.set(table, result);
  return result;
}

// Row numbers grouped by entity, each group in log order; entity e's are rows[start[e]] to rows[start[e + 1] - 1].
function rowsByEntity(table: ChangeTable): { start: Int32Array; rows: Int32Array } {
  const start = new Int32Array(table.entities.length + 1);
  for (let row = 0; row < table.entity.length; row++) {
    const at = (table.entity[row] ?? 0) + 1;
    start[at] = (start[at] ?? 0) + 1;
  }
  for (let entity = 0; entity < table.entities.length; entity++) start[entity + 1] = (start[entity + 1] ?? 0) + (start[entity] ?? 0);
  const next = start.slice(0, table.entities.length);
  const rows = new Int32Array(table.entity.length);
  for (let row = 0; row < table.entity.length; row++) {
    const entity = table.entity[row] ?? 0;
    const at = next[entity] ?? 0;
    rows[at] = row;
    next[entity] = at + 1;
  }
  return { start, rows };
}

const setStartsCache = new WeakMap<ChangeTable, Int32Array>();

/**
 * Where each commit's rows begin, in log order, and one more entry where the last ends: change set i (the
 * entities coupling works on) is entity[starts[i]] to entity[starts[i + 1] - 1].
 */
export function changeSetStarts(table: ChangeTable): Int32Array {
  const known = setStartsCache.get(table);
  if (known !== undefined) return known;
  let sets = 0;
  for (let row = 0; row < table.rev.length; row++) if (row === 0 || table.rev[row] !== table.rev[row - 1]) sets++;
  const starts = new Int32Array(sets + 1);
  let set = 0;
  for (let row = 0; row < table.rev.length; row++) if (row === 0 || table.rev[row] !== table.rev[row - 1]) starts[set++] = row;
  starts[sets] = table.rev.length;
  setStartsCache.set(table, starts);
  return starts;
}

const nameOrderCache = new WeakMap<ChangeTable, Int32Array>();

/** The entities sorted by name (as code-maat's string sort compares them: by UTF-16 code unit). */
export function entitiesByName(table: ChangeTable): Int32Array {
  const known = nameOrderCache.get(table);
  if (known !== undefined) return known;
  const names = table.entities;
  const order = new Int32Array(names.length);
  for (let entity = 0; entity < names.length; entity++) order[entity] = entity;
  order.sort((a, b) => ((names[a] ?? '') < (names[b] ?? '') ? -1 : (names[a] ?? '') > (names[b] ?? '') ? 1 : a - b));
  nameOrderCache.set(table, order);
  return order;
}

/**
 * One row per share, by entity name, each entity's authors in their order: what code-maat's stable sort on
 * the entity column leaves, with the names sorted once instead of the rows.
 */
export function shareRowsByName(table: ChangeTable, row: (entity: string, author: string, share: number, entityNumber: number) => Cell[]): Cell[][] {
  const { start, author } = byEntityAndAuthor(table);
  const rows: Cell[][] = [];
  for (const entity of entitiesByName(table)) {
    const name = table.entities[entity] ?? '';
    for (let share = start[entity] ?? 0; share < (start[entity + 1] ?? 0); share++) rows.push(row(name, table.authors[author[share] ?? 0] ?? '', share, entity));
  }
  return rows;
}

export function requireCounts(table: ChangeTable, analysis: string): { added: Int32Array; deleted: Int32Array } {
  if (table.added === undefined || table.deleted === undefined) {
    if (table.entity.length === 0) return { added: new Int32Array(0), deleted: new Int32Array(0) };
    throw new Error(`${analysis} needs line counts (read the log with --numstat)`);
  }
  return { added: table.added, deleted: table.deleted };
}
