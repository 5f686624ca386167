import type { ChangeTable } from '../change-table.js';
import { centiPrecision } from '../java-number.js';
import { column, orderRows } from '../sort.js';
import type { Cell, Table } from '../table.js';
import { byEntityAndAuthor, entitiesByName, shareRowsByName } from './per-entity.js';

// code-maat sorts entity-effort and main-dev-by-revs by entity name, stably: an entity's rows stay together,
// in their order. So the names are sorted once, and each entity's rows are written in that order.

/** `entity-effort`: revisions by each author of each entity, and the entity's total. */
export function entityEffort(table: ChangeTable): Table {
  const { revs, authorRevs } = byEntityAndAuthor(table);
  const rows = shareRowsByName(table, (entity, author, share, entityNumber) => [entity, author, authorRevs[share] ?? 0, revs[entityNumber] ?? 0]);
  return { columns: ['entity', 'author', 'author-revs', 'total-revs'], rows };
}

/** `main-dev-by-revs`: per entity, the author with most revisions (on a tie, the first met) and their share. */
export function mainDeveloperByRevisions(table: ChangeTable): Table {
  const { start, revs, author, authorRevs } = byEntityAndAuthor(table);
  const rows = Array.from(entitiesByName(table), (entity): Cell[] => {
    let main = start[entity] ?? 0;
    for (let share = main; share < (start[entity + 1] ?? 0); share++) if ((authorRevs[share] ?? 0) > (authorRevs[main] ?? 0)) main = share;
    const most = authorRevs[main] ?? 0;
    const total = revs[entity] ?? 0;
    return [table.entities[entity] ?? '', table.authors[author[main] ?? 0] ?? '', most, total, centiPrecision(most, total)];
  });
  return { columns: ['entity', 'main-dev', 'added', 'total-added', 'ownership'], rows };
}

/** `fragmentation`: 1 - sum((a_i / n)^2) over the authors' revision counts a_i of n, most fragmented first. */
export function fragmentation(table: ChangeTable): Table {
  const { start, revs, authorRevs } = byEntityAndAuthor(table);
  const rows: Cell[][] = table.entities.map((name, entity) => {
    const n = revs[entity] ?? 0;
    let squares = 0;
    for (let share = start[entity] ?? 0; share < (start[entity + 1] ?? 0); share++) squares += (authorRevs[share] ?? 0) ** 2;
    return [name, centiPrecision(n * n - squares, n * n), n];
  });
  return { columns: ['entity', 'fractal-value', 'total-revs'], rows: orderRows(rows, [column(1), column(2)], 'desc') };
}
