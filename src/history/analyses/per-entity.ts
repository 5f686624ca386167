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
const changeSetCache = new WeakMap<ChangeTable, number[][]>();

/** Groups the rows by entity then author, in order of first appearance (the order code-maat keeps ties in). */
export function byEntityAndAuthor(table: ChangeTable): EntityAuthors[] {
  // Several analyses of one run group the same table: group it once.
  const known = byEntityCache.get(table);
  if (known !== undefined) return known;
  const result: EntityAuthors[] = table.entities.map((_, entity) => ({ entity, revs: 0, authors: [] }));
  const slots = new Map<number, AuthorShare>();
  const lastRev = new Map<AuthorShare, number>();
  const authorCount = table.authors.length;
  for (let row = 0; row < table.entity.length; row++) {
    const entity = table.entity[row] ?? 0;
    const author = table.author[row] ?? 0;
    const group = result[entity];
    if (group === undefined) continue;
    group.revs += 1;
    const key = entity * authorCount + author;
    let share = slots.get(key);
    if (share === undefined) {
      share = { author, revs: 0, added: 0, deleted: 0, commits: 0 };
      slots.set(key, share);
      group.authors.push(share);
    }
    share.revs += 1;
    share.added += table.added?.[row] ?? 0;
    share.deleted += table.deleted?.[row] ?? 0;
    const rev = table.rev[row] ?? 0;
    if (lastRev.get(share) !== rev) share.commits += 1;
    lastRev.set(share, rev);
  }
  byEntityCache.set(table, result);
  return result;
}

/** Rows of each commit, in log order: the change sets coupling works on. */
export function changeSets(table: ChangeTable): number[][] {
  const known = changeSetCache.get(table);
  if (known !== undefined) return known;
  const sets: number[][] = table.revs.map(() => []);
  for (let row = 0; row < table.rev.length; row++) sets[table.rev[row] ?? 0]?.push(table.entity[row] ?? 0);
  changeSetCache.set(table, sets);
  return sets;
}

export function requireCounts(table: ChangeTable, analysis: string): { added: number[]; deleted: number[] } {
  if (table.added === undefined || table.deleted === undefined) {
    if (table.entity.length === 0) return { added: [], deleted: [] };
    throw new Error(`${analysis} needs line counts (read the log with --numstat)`);
  }
  return { added: table.added, deleted: table.deleted };
}
