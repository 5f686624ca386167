import type { ChangeTable } from '../change-table.js';
import { PairCounts } from '../pair-counts.js';
import { column, orderRows } from '../sort.js';
import type { Cell, Table } from '../table.js';
import { byEntityAndAuthor } from './per-entity.js';

/**
 * `communication`: for each ordered pair of authors, the entities both changed (shared), the rounded-up
 * average of the entities each changed, and strength = shared / average x 100, truncated.
 */
export function communication(table: ChangeTable): Table {
  const { start, author } = byEntityAndAuthor(table);
  const entitiesOf = new Int32Array(table.authors.length);
  const shared = new PairCounts();
  for (let entity = 0; entity < table.entities.length; entity++) {
    const from = start[entity] ?? 0;
    const to = start[entity + 1] ?? 0;
    for (let me = from; me < to; me++) {
      const who = author[me] ?? 0;
      entitiesOf[who] = (entitiesOf[who] ?? 0) + 1;
      for (let peer = from; peer < to; peer++) if (peer !== me) shared.add(who, author[peer] ?? 0);
    }
  }
  const rows: Cell[][] = new Array<Cell[]>(shared.size);
  for (let pair = 0; pair < shared.size; pair++) {
    const me = shared.first[pair] ?? 0;
    const peer = shared.second[pair] ?? 0;
    const together = shared.count[pair] ?? 0;
    const average = Math.ceil(((entitiesOf[me] ?? 0) + (entitiesOf[peer] ?? 0)) / 2);
    rows[pair] = [table.authors[me] ?? '', table.authors[peer] ?? '', together, average, Math.floor((together * 100) / average)];
  }
  return { columns: ['author', 'peer', 'shared', 'average', 'strength'], rows: orderRows(rows, [column(4), column(0)], 'desc') };
}
