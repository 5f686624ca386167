import type { ChangeTable } from '../change-table.js';
import type { Table } from '../table.js';

/** `summary`: commits with changes, distinct entities, entity changes (rows) and distinct authors. */
export function summary(table: ChangeTable): Table {
  return {
    columns: ['statistic', 'value'],
    rows: [
      ['number-of-commits', table.dates.length],
      ['number-of-entities', table.entities.length],
      ['number-of-entities-changed', table.entity.length],
      ['number-of-authors', table.authors.length],
    ],
  };
}
