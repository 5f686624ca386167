import type { ChangeTable } from '../change-table.js';
import { centiPrecision } from '../java-number.js';
import { column, orderRows } from '../sort.js';
import type { Cell, Table } from '../table.js';
import { byEntityAndAuthor } from './per-entity.js';

/** `entity-effort`: revisions by each author of each entity, and the entity's total. */
export function entityEffort(table: ChangeTable): Table {
  const rows = byEntityAndAuthor(table).flatMap((group) =>
    group.authors.map((share) => [table.entities[group.entity] ?? '', table.authors[share.author] ?? '', share.revs, group.revs]),
  );
  return { columns: ['entity', 'author', 'author-revs', 'total-revs'], rows: orderRows(rows, [column(0)], 'asc') };
}

/** `main-dev-by-revs`: per entity, the author with most revisions (on a tie, the first met) and their share. */
export function mainDeveloperByRevisions(table: ChangeTable): Table {
  const rows = byEntityAndAuthor(table).map((group) => {
    let main = group.authors[0];
    for (const share of group.authors) if (main === undefined || share.revs > main.revs) main = share;
    const revs = main?.revs ?? 0;
    return [table.entities[group.entity] ?? '', table.authors[main?.author ?? 0] ?? '', revs, group.revs, centiPrecision(revs, group.revs)];
  });
  return { columns: ['entity', 'main-dev', 'added', 'total-added', 'ownership'], rows: orderRows(rows, [column(0)], 'asc') };
}

/** `fragmentation`: 1 - sum((a_i / n)^2) over the authors' revision counts a_i of n, most fragmented first. */
export function fragmentation(table: ChangeTable): Table {
  const rows: Cell[][] = byEntityAndAuthor(table).map((group) => {
    const n = group.revs;
    const squares = group.authors.reduce((sum, share) => sum + share.revs * share.revs, 0);
    return [table.entities[group.entity] ?? '', centiPrecision(n * n - squares, n * n), n];
  });
  return { columns: ['entity', 'fractal-value', 'total-revs'], rows: orderRows(rows, [column(1), column(2)], 'desc') };
}
