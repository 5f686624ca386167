import type { CommitColumns } from '../ingest/git/commit-columns.js';
import { groupOf, type GroupRule } from './grouping.js';

/**
 * code-maat's data set: one row per (commit, changed entity), in log order, newest first. Columnar, with
 * entities, authors and commits numbered in order of first appearance, so long histories stay compact and
 * ties keep the order code-maat meets them in. A commit's rows are contiguous.
 */
export interface ChangeTable {
  entities: string[];
  /** Authors by name alone, as code-maat identifies them. */
  authors: string[];
  /** Author day (YYYY-MM-DD, the author's zone) by commit number; its length is the number of commits. */
  dates: string[];
  entity: Int32Array;
  author: Int32Array;
  rev: Int32Array;
  /** Line counts; binary files count 0, as code-maat reads git's "-". Absent without --numstat. */
  added?: Int32Array;
  deleted?: Int32Array;
}

export interface TableOptions {
  /** With grouping rules, entities become group names and unmatched files are dropped. */
  grouping?: readonly GroupRule[];
  /** Which commits to keep (all when absent). */
  keep?: (commit: number) => boolean;
}

const UNSEEN = -1;
const DROPPED = -2;

/** Builds the table from a history's columns in one pass, without a row object per change. */
export function buildChangeTable(history: CommitColumns, options: TableOptions = {}): ChangeTable {
  const entities: string[] = [];
  const authors: string[] = [];
  const dates: string[] = [];
  const rowCount = history.path.length;
  const entity = new Int32Array(rowCount);
  const author = new Int32Array(rowCount);
  const rev = new Int32Array(rowCount);
  const added = history.hasCounts ? new Int32Array(rowCount) : undefined;
  const deleted = history.hasCounts ? new Int32Array(rowCount) : undefined;
  const entityOfPath = new Int32Array(history.paths.length).fill(UNSEEN);
  const entityOfGroup = new Map<string, number>();
  const authorOfPerson = new Int32Array(history.names.length).fill(UNSEEN);
  const authorOfName = new Map<string, number>();
  let rows = 0;
  let start = 0;
  for (let commit = 0; commit < history.person.length; commit++) {
    const end = history.filesEnd[commit] ?? start;
    const isKept = options.keep?.(commit) ?? true;
    let revId = UNSEEN;
    for (let file = start; isKept && file < end; file++) {
      const path = history.path[file] ?? 0;
      let entityId = entityOfPath[path] ?? UNSEEN;
      if (entityId === UNSEEN) {
        entityId = entityFor(history.paths[path] ?? '', options.grouping, entityOfGroup, entities);
        entityOfPath[path] = entityId;
      }
      if (entityId === DROPPED) continue;
      if (revId === UNSEEN) {
        revId = dates.length;
        dates.push(history.days[history.day[commit] ?? 0] ?? '');
      }
      entity[rows] = entityId;
      author[rows] = authorFor(history, history.person[commit] ?? 0, authorOfPerson, authorOfName, authors);
      rev[rows] = revId;
      if (added && deleted) {
        added[rows] = history.added[file] ?? 0;
        deleted[rows] = history.deleted[file] ?? 0;
      }
      rows++;
    }
    start = end;
  }
  return {
    entities,
    authors,
    dates,
    entity: entity.subarray(0, rows),
    author: author.subarray(0, rows),
    rev: rev.subarray(0, rows),
    ...(added && deleted ? { added: added.subarray(0, rows), deleted: deleted.subarray(0, rows) } : {}),
  };
}

function entityFor(path: string, grouping: readonly GroupRule[] | undefined, ids: Map<string, number>, entities: string[]): number {
  const name = grouping === undefined ? path : groupOf(path, grouping);
  if (name === undefined) return DROPPED;
  let id = ids.get(name);
  if (id === undefined) {
    id = entities.length;
    ids.set(name, id);
    entities.push(name);
  }
  return id;
}

function authorFor(history: CommitColumns, person: number, ofPerson: Int32Array, ofName: Map<string, number>, authors: string[]): number {
  const known = ofPerson[person] ?? UNSEEN;
  if (known !== UNSEEN) return known;
  const name = history.names[person] ?? '';
  let id = ofName.get(name);
  if (id === undefined) {
    id = authors.length;
    ofName.set(name, id);
    authors.push(name);
  }
  ofPerson[person] = id;
  return id;
}
