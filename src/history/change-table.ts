import type { GitCommit } from '../ingest/git/types.js';
import { groupOf, type GroupRule } from './grouping.js';

/**
 * code-maat's data set: one row per (commit, changed entity), in log order, newest first. Columnar, with
 * entities, authors and commits numbered in order of first appearance, so long histories stay compact and
 * ties keep the order code-maat meets them in.
 */
export interface ChangeTable {
  entities: string[];
  authors: string[];
  /** Commit hashes and their author dates (YYYY-MM-DD, the author's zone), by commit number. */
  revs: string[];
  dates: string[];
  entity: number[];
  author: number[];
  rev: number[];
  /** Line counts; binary files count 0, as code-maat reads git's "-". Absent without --numstat. */
  added?: number[];
  deleted?: number[];
}

/** Builds the table. With grouping rules, entities become group names and unmatched ones are dropped. */
export function buildChangeTable(commits: Iterable<GitCommit>, grouping?: readonly GroupRule[]): ChangeTable {
  const table: ChangeTable = { entities: [], authors: [], revs: [], dates: [], entity: [], author: [], rev: [] };
  const entityIds = new Map<string, number>();
  const authorIds = new Map<string, number>();
  const groupCache = new Map<string, string | undefined>();
  let hasCounts: boolean | undefined;
  for (const commit of commits) {
    let revId = -1;
    for (const file of commit.files) {
      const name = grouping === undefined ? file.path : cachedGroup(file.path, grouping, groupCache);
      if (name === undefined) continue;
      if (revId === -1) {
        revId = table.revs.length;
        table.revs.push(commit.hash);
        table.dates.push(commit.authorDate.slice(0, 10));
      }
      table.entity.push(idOf(name, entityIds, table.entities));
      table.author.push(idOf(commit.authorName, authorIds, table.authors));
      table.rev.push(revId);
      hasCounts ??= file.added !== undefined;
      if (hasCounts) {
        (table.added ??= []).push(file.added ?? 0);
        (table.deleted ??= []).push(file.deleted ?? 0);
      }
    }
  }
  return table;
}

function idOf(name: string, ids: Map<string, number>, names: string[]): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = names.length;
    ids.set(name, id);
    names.push(name);
  }
  return id;
}

function cachedGroup(path: string, rules: readonly GroupRule[], cache: Map<string, string | undefined>): string | undefined {
  if (cache.has(path)) return cache.get(path);
  const name = groupOf(path, rules);
  cache.set(path, name);
  return name;
}
