import type { ChangeTable } from '../change-table.js';
import { centiPrecision } from '../java-number.js';
import { column, orderRows } from '../sort.js';
import type { Cell, Table } from '../table.js';
import { byEntityAndAuthor, entitiesByName, requireCounts, shareRowsByName } from './per-entity.js';

const CHURN_COLUMNS = ['added', 'deleted', 'commits'] as const;

/** `abs-churn`: lines added and deleted, and commits, per day (dates with commits only), oldest first. */
export function absoluteChurn(table: ChangeTable): Table {
  const rows = churnBy(table, 'abs-churn', (row) => table.dates[table.rev[row] ?? 0] ?? '');
  return { columns: ['date', ...CHURN_COLUMNS], rows: orderRows(rows, [column(0), column(1), column(2)], 'asc') };
}

/** `author-churn`: lines added and deleted, and commits, per author, by name. */
export function authorChurn(table: ChangeTable): Table {
  const rows = churnBy(table, 'author-churn', (row) => table.authors[table.author[row] ?? 0] ?? '');
  return { columns: ['author', ...CHURN_COLUMNS], rows: orderRows(rows, [column(0), column(1)], 'asc') };
}

/** `entity-churn`: lines added and deleted, and commits, per entity, most added first. */
export function entityChurn(table: ChangeTable): Table {
  const rows = churnBy(table, 'entity-churn', (row) => table.entities[table.entity[row] ?? 0] ?? '');
  return { columns: ['entity', ...CHURN_COLUMNS], rows: orderRows(rows, [column(1)], 'desc') };
}

/** `entity-ownership`: lines added and deleted by each author of each entity, by entity name. */
export function entityOwnership(table: ChangeTable): Table {
  requireCounts(table, 'entity-ownership');
  const { added, deleted } = byEntityAndAuthor(table);
  const rows = shareRowsByName(table, (entity, author, share) => [entity, author, added[share] ?? 0, deleted[share] ?? 0]);
  return { columns: ['entity', 'author', 'added', 'deleted'], rows };
}

/**
 * `main-dev`: per entity, the author who added most lines (on a tie, the one code-maat's reversed stable sort
 * picks: the last met), their lines, all lines added, and their share; by entity name.
 */
export function mainDeveloper(table: ChangeTable): Table {
  requireCounts(table, 'main-dev');
  const { start, author, added } = byEntityAndAuthor(table);
  const rows = Array.from(entitiesByName(table), (entity): Cell[] => {
    let main = start[entity] ?? 0;
    let total = 0;
    for (let share = main; share < (start[entity + 1] ?? 0); share++) {
      total += added[share] ?? 0;
      if ((added[share] ?? 0) >= (added[main] ?? 0)) main = share;
    }
    const most = added[main] ?? 0;
    return [table.entities[entity] ?? '', table.authors[author[main] ?? 0] ?? '', most, total, centiPrecision(most, Math.max(total, 1))];
  });
  return { columns: ['entity', 'main-dev', 'added', 'total-added', 'ownership'], rows };
}

function churnBy(table: ChangeTable, analysis: string, keyOf: (row: number) => string): Cell[][] {
  const { added, deleted } = requireCounts(table, analysis);
  const sums = new Map<string, { added: number; deleted: number; commits: number; lastRev: number }>();
  for (let row = 0; row < table.entity.length; row++) {
    const key = keyOf(row);
    let sum = sums.get(key);
    if (sum === undefined) {
      sum = { added: 0, deleted: 0, commits: 0, lastRev: -1 };
      sums.set(key, sum);
    }
    sum.added += added[row] ?? 0;
    sum.deleted += deleted[row] ?? 0;
    const rev = table.rev[row] ?? 0;
    // Rows of one commit are adjacent, so counting changes of commit number counts distinct commits.
    if (rev !== sum.lastRev) sum.commits += 1;
    sum.lastRev = rev;
  }
  return [...sums].map(([key, sum]) => [key, sum.added, sum.deleted, sum.commits]);
}
