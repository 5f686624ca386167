import type { ChangeTable } from '../change-table.js';
import { column, orderRows } from '../sort.js';
import type { Cell, Table } from '../table.js';
import { byEntityAndAuthor } from './per-entity.js';

/** `revisions`: rows per entity, most first. */
export function revisions(table: ChangeTable): Table {
  const { revs } = byEntityAndAuthor(table);
  const rows: Cell[][] = table.entities.map((name, entity) => [name, revs[entity] ?? 0]);
  return { columns: ['entity', 'n-revs'], rows: orderRows(rows, [column(1)], 'desc') };
}

/** `authors`: distinct authors and revisions per entity, most authors first. */
export function authors(table: ChangeTable): Table {
  const { start, revs } = byEntityAndAuthor(table);
  const rows: Cell[][] = table.entities.map((name, entity) => [name, (start[entity + 1] ?? 0) - (start[entity] ?? 0), revs[entity] ?? 0]);
  return { columns: ['entity', 'n-authors', 'n-revs'], rows: orderRows(rows, [column(1), column(2)], 'desc') };
}
