import type { CommitColumns } from '../ingest/git/commit-columns.js';
import { readColumns, type ColumnHistory, type ReadHistoryOptions } from '../ingest/git/read-history.js';
import { commitSelector, type CommitFilter } from '../ingest/git/select-commits.js';
import type { GitDiagnostic } from '../ingest/git/types.js';
import { ANALYSES, type AnalysisName } from './analyses/index.js';
import { buildChangeTable } from './change-table.js';
import type { GroupRule } from './grouping.js';
import type { MiningParameters } from './options.js';
import type { Table } from './table.js';

export interface MineOptions {
  analyses: readonly AnalysisName[];
  parameters: MiningParameters;
  grouping?: readonly GroupRule[];
  /** How to read; line counts are read only when an analysis needs them. */
  read: Omit<ReadHistoryOptions, 'detail'>;
  /** Absent: every commit, as code-maat reads its log. */
  filter?: CommitFilter;
  /** Reads the history instead of `readColumns` (the cache plugs in here). */
  reader?: (path: string, options: ReadHistoryOptions) => Promise<ColumnHistory>;
  now: Date;
}

export interface MineResult {
  tables: Map<AnalysisName, Table>;
  diagnostics: GitDiagnostic[];
  /** Commits the analyses counted (after the filter). */
  commits: number;
  /** Bot identities left out by the filter. */
  botAuthors: string[];
}

/** Reads a repository once, as compact columns, and runs code-maat's analyses on it. */
export async function mine(path: string, options: MineOptions): Promise<MineResult> {
  const detail = options.analyses.some((name) => ANALYSES[name].needsLineCounts) ? 'numstat' : 'names';
  const reader = options.reader ?? readColumns;
  const history = await reader(path, { ...options.read, detail });
  const selected = options.filter === undefined ? undefined : selectPeople(history.columns, options.filter);
  const table = buildChangeTable(history.columns, { ...(options.grouping ? { grouping: options.grouping } : {}), ...(selected ? { keep: (commit: number) => selected.keep[commit] === 1 } : {}) });
  const tables = new Map<AnalysisName, Table>();
  for (const name of options.analyses) tables.set(name, ANALYSES[name].run(table, options.parameters, options.now));
  return { tables, diagnostics: history.diagnostics, commits: selected?.count ?? history.columns.person.length, botAuthors: selected?.botAuthors ?? [] };
}

// People's commits in the filter's window: a flag per commit, so the columns are not copied.
function selectPeople(columns: CommitColumns, filter: CommitFilter): { keep: Uint8Array; count: number; botAuthors: string[] } {
  const select = commitSelector(filter);
  const keep = new Uint8Array(columns.person.length);
  let count = 0;
  for (let commit = 0; commit < keep.length; commit++) {
    const person = columns.person[commit] ?? 0;
    if (select(columns.time[commit] ?? 0, columns.parents[commit] ?? 0, columns.names[person] ?? '', columns.emails[person] ?? '') === 'people') {
      keep[commit] = 1;
      count++;
    }
  }
  return { keep, count, botAuthors: select.botAuthors() };
}
