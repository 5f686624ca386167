import type { ChangeTable } from '../change-table.js';
import type { MiningParameters } from '../options.js';
import { column, orderRows } from '../sort.js';
import type { Cell, Table } from '../table.js';
import { changeSets } from './per-entity.js';

/**
 * `coupling`: for each pair of entities changed together, degree = shared revisions / average revisions x 100
 * (truncated), counting only change sets of at most max-changeset-size rows, both for the shared and for each
 * entity's own revisions, as code-maat does.
 */
export function coupling(table: ChangeTable, params: MiningParameters): Table {
  const { entities } = table;
  const rank = rankByName(entities);
  const revs = new Array<number>(entities.length).fill(0);
  const shared = new Map<number, number>();
  const size = entities.length;
  // The last change set each entity was seen in: duplicates within a set (grouping) are dropped without a Set per commit.
  const seenIn = new Int32Array(size).fill(-1);
  const distinct: number[] = [];
  let setNumber = 0;
  for (const set of changeSets(table)) {
    setNumber++;
    if (set.length > params.maxChangesetSize) continue;
    distinct.length = 0;
    for (const entity of set) {
      if (seenIn[entity] === setNumber) continue;
      seenIn[entity] = setNumber;
      distinct.push(entity);
    }
    for (const entity of distinct) revs[entity] = (revs[entity] ?? 0) + 1;
    for (let i = 0; i < distinct.length; i++) {
      for (let j = i + 1; j < distinct.length; j++) {
        const a = distinct[i] ?? 0;
        const b = distinct[j] ?? 0;
        const key = (rank[a] ?? 0) < (rank[b] ?? 0) ? a * size + b : b * size + a;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const rows: Cell[][] = [];
  for (const [key, count] of shared) {
    const first = Math.floor(key / size);
    const second = key % size;
    const sum = (revs[first] ?? 0) + (revs[second] ?? 0); // average = sum / 2, kept exact
    const degree = Math.floor((200 * count) / sum);
    const isWithin =
      sum >= 2 * params.minRevs && count >= params.minSharedRevs && 200 * count >= params.minCoupling * sum && degree <= params.maxCoupling;
    if (isWithin) rows.push([entities[first] ?? '', entities[second] ?? '', degree, Math.ceil(sum / 2)]);
  }
  return { columns: ['entity', 'coupled', 'degree', 'average-revs'], rows: orderRows(rows, [column(2), column(3)], 'desc') };
}

/** `soc`: sum of coupling, each entity's count of co-changing rows over all commits; kept when above min-revs. */
export function sumOfCoupling(table: ChangeTable, params: MiningParameters): Table {
  const soc = new Array<number>(table.entities.length).fill(0);
  for (const set of changeSets(table)) for (const entity of set) soc[entity] = (soc[entity] ?? 0) + set.length - 1;
  const rows: Cell[][] = soc.flatMap((value, entity) => (value > params.minRevs ? [[table.entities[entity] ?? '', value]] : []));
  return { columns: ['entity', 'soc'], rows: orderRows(rows, [column(1), column(0)], 'desc') };
}

function rankByName(names: readonly string[]): number[] {
  const order = names.map((_, index) => index).sort((a, b) => ((names[a] ?? '') < (names[b] ?? '') ? -1 : 1));
  const rank = new Array<number>(names.length);
  order.forEach((entity, position) => (rank[entity] = position));
  return rank;
}
