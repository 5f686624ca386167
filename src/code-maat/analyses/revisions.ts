import type { ChangeTable } from '../change-table.js';
import { column, orderRows } from '../sort.js';
import type { Table } from '../table.js';
import { byEntityAndAuthor } from './per-entity.js';

/** `revisions`: rows per entity, most first. */
export function revisions(table: ChangeTable): Table {
  const rows = byEntityAndAuthor(table).map((group) => [table.entities[group.entity] ?? '', group.revs]);
  return { columns: ['entity', 'n-revs'], rows: orderRows(rows, [column(1)], 'desc') };
}

/** `authors`: distinct authors and revisions per entity, most authors first. */
export function authors(table: ChangeTable): Table {
  const rows = byEntityAndAuthor(table).map((group) => [table.entities[group.entity] ?? '', group.authors.length, group.revs]);
  return { columns: ['entity', 'n-authors', 'n-revs'], rows: orderRows(rows, [column(1), column(2)], 'desc') };
}
