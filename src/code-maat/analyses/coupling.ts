import type { ChangeTable } from '../change-table.js';
import type { MiningParameters } from '../options.js';
import { PairCounts } from '../pair-counts.js';
import { column, orderRows } from '../sort.js';
import type { Cell, Table } from '../table.js';
import { changeSetStarts, entitiesByName } from './per-entity.js';

/**
 * `coupling`: for each pair of entities changed together, degree = shared revisions / average revisions x 100
 * (truncated), counting only change sets of at most max-changeset-size rows, both for the shared and for each
 * entity's own revisions, as code-maat does.
 */
export function coupling(table: ChangeTable, params: MiningParameters): Table {
  const { entities } = table;
  const byName = entitiesByName(table);
  const rank = new Int32Array(entities.length);
  byName.forEach((entity, position) => (rank[entity] = position));
  const revs = new Int32Array(entities.length);
  // Each pair with the entity whose name sorts first as `first`, as code-maat names them.
  const shared = new PairCounts();
  // The last change set each entity was seen in: duplicates within a set (grouping) are dropped without a Set per commit.
  const seenIn = new Int32Array(entities.length).fill(-1);
  const distinct = new Int32Array(Math.max(0, Math.min(params.maxChangesetSize, table.entity.length)));
  const starts = changeSetStarts(table);
  for (let set = 0; set + 1 < starts.length; set++) {
    const from = starts[set] ?? 0;
    const to = starts[set + 1] ?? 0;
    if (to - from > params.maxChangesetSize) continue;
    let count = 0;
    for (let row = from; row < to; row++) {
      const entity = table.entity[row] ?? 0;
      if (seenIn[entity] === set) continue;
      seenIn[entity] = set;
      distinct[count++] = entity;
      revs[entity] = (revs[entity] ?? 0) + 1;
    }
    for (let i = 0; i < count; i++) {
      const a = distinct[i] ?? 0;
      for (let j = i + 1; j < count; j++) {
        const b = distinct[j] ?? 0;
        if ((rank[a] ?? 0) < (rank[b] ?? 0)) shared.add(a, b);
        else shared.add(b, a);
      }
    }
  }
  const rows: Cell[][] = [];
  for (let pair = 0; pair < shared.size; pair++) {
    const first = shared.first[pair] ?? 0;
    const second = shared.second[pair] ?? 0;
    const count = shared.count[pair] ?? 0;
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
  const soc = new Float64Array(table.entities.length);
  const starts = changeSetStarts(table);
  for (let set = 0; set + 1 < starts.length; set++) {
    const from = starts[set] ?? 0;
    const to = starts[set + 1] ?? 0;
    for (let row = from; row < to; row++) {
      const entity = table.entity[row] ?? 0;
      soc[entity] = (soc[entity] ?? 0) + to - from - 1;
    }
  }
  const rows: Cell[][] = [];
  soc.forEach((value, entity) => {
    if (value > params.minRevs) rows.push([table.entities[entity] ?? '', value]);
  });
  return { columns: ['entity', 'soc'], rows: orderRows(rows, [column(1), column(0)], 'desc') };
}
