import type { ChangeTable } from '../change-table.js';

/** One entity's contributions by author, authors in order of first appearance in the entity's rows. */
export interface EntityAuthors {
  entity: number;
  /** Rows (revisions) of the entity. */
  revs: number;
  authors: AuthorShare[];
}

export interface AuthorShare {
  author: number;
  revs: number;
  added: number;
  deleted: number;
  /** Distinct commits, which differ from revs only when grouping maps several files to one entity. */
  commits: number;
}

const byEntityCache = new WeakMap<ChangeTable, EntityAuthors[]>();

/** Groups the rows by entity then author, in order of first appearance (the order code-maat keeps ties in). */
export function byEntityAndAuthor(table: ChangeTable): EntityAuthors[] {
  // Several analyses of one run group the same table: group it once.
  const known = byEntityCache.get(table);
  if (known !== undefined) return known;
  const result: EntityAuthors[] = table.entities.map((_, entity) => ({ entity, revs: 0, authors: [] }));
  // Shares by (entity, author), numbered; the commit each share last counted, by number.
  const slots = new Map<number, number>();
  const shares: AuthorShare[] = [];
  const lastRev: number[] = [];
  const authorCount = table.authors.length;
  for (let row = 0; row < table.entity.length; row++) {
    const entity = table.entity[row] ?? 0;
    const author = table.author[row] ?? 0;
    const group = result[entity];
    if (group === undefined) continue;
    group.revs += 1;
    const key = entity * authorCount + author;
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = shares.length;
      slots.set(key, slot);
      const created: AuthorShare = { author, revs: 0, added: 0, deleted: 0, commits: 0 };
      shares.push(created);
      lastRev.push(-1);
      group.authors.push(created);
    }
    const share = shares[slot] as AuthorShare;
    share.revs += 1;
    share.added += table.added?.[row] ?? 0;
    share.deleted += table.deleted?.[row] ?? 0;
    const rev = table.rev[row] ?? 0;
    if (lastRev[slot] !== rev) share.commits += 1;
    lastRev[slot] = rev;
  }
  byEntityCache.set(table, result);
  return result;
}

/** The entities of each commit, in log order: the change sets coupling works on (views, no copies). */
export function* changeSets(table: ChangeTable): Generator<Int32Array> {
  let start = 0;
  for (let row = 1; row <= table.rev.length; row++) {
    if (row === table.rev.length || table.rev[row] !== table.rev[start]) {
      yield table.entity.subarray(start, row);
      start = row;
    }
  }
}

export function requireCounts(table: ChangeTable, analysis: string): { added: Int32Array; deleted: Int32Array } {
  if (table.added === undefined || table.deleted === undefined) {
    if (table.entity.length === 0) return { added: new Int32Array(0), deleted: new Int32Array(0) };
    throw new Error(`${analysis} needs line counts (read the log with --numstat)`);
  }
  return { added: table.added, deleted: table.deleted };
}
