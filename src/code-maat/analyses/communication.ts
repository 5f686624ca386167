import type { ChangeTable } from '../change-table.js';
import { column, orderRows } from '../sort.js';
import type { Cell, Table } from '../table.js';
import { byEntityAndAuthor } from './per-entity.js';

/**
 * `communication`: for each ordered pair of authors, the entities both changed (shared), the rounded-up
 * average of the entities each changed, and strength = shared / average x 100, truncated.
 */
export function communication(table: ChangeTable): Table {
  const count = table.authors.length;
  const entitiesOf = new Array<number>(count).fill(0);
  const shared = new Map<number, number>();
  for (const group of byEntityAndAuthor(table)) {
    for (const me of group.authors) {
      entitiesOf[me.author] = (entitiesOf[me.author] ?? 0) + 1;
      for (const peer of group.authors) {
        if (peer === me) continue;
        const key = me.author * count + peer.author;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const rows: Cell[][] = [];
  for (const [key, together] of shared) {
    const me = Math.floor(key / count);
    const peer = key % count;
    const average = Math.ceil(((entitiesOf[me] ?? 0) + (entitiesOf[peer] ?? 0)) / 2);
    rows.push([table.authors[me] ?? '', table.authors[peer] ?? '', together, average, Math.floor((together * 100) / average)]);
  }
  return { columns: ['author', 'peer', 'shared', 'average', 'strength'], rows: orderRows(rows, [column(4), column(0)], 'desc') };
}
