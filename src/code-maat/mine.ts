import type { CommitColumns } from '../ingest/git/commit-columns.js';
import { readColumns, type ColumnHistory, type ReadHistoryOptions } from '../ingest/git/read-history.js';
import { commitSelector, type CommitFilter } from '../ingest/git/select-commits.js';
import type { GitDiagnostic } from '../ingest/git/types.js';
import { ANALYSES, type AnalysisName } from './analyses/index.js';
import { buildChangeTable } from './change-table.js';
import type { GroupRule } from './grouping.js';
import type { MiningParameters } from './options.js';
import type { Table } from './table.js';
import { MIN_ROWS_FOR_THREAD, OWN_THREAD_ANALYSES, type AnalysisThread } from './analysis-thread.js';

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
  /**
   * A second thread for the analyses that need nothing the others compute; they come back as JSON rows
   * (`json`), cut to `rows`, not as tables. Used only for a long history and a mix of both kinds.
   */
  thread?: { analyses: AnalysisThread; rows?: number };
}

export interface MineResult {
  tables: Map<AnalysisName, Table>;
  /** Analyses the second thread ran, as their JSON rows (UTF-8): each is in `tables` or here. */
  json: Map<AnalysisName, Uint8Array>;
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
  const elsewhere = options.thread === undefined || table.entity.length < MIN_ROWS_FOR_THREAD ? [] : options.analyses.filter((name) => OWN_THREAD_ANALYSES.has(name));
  const isSplit = elsewhere.length > 0 && elsewhere.length < options.analyses.length;
  // Asked first, so both threads work at once; a thread that fails leaves its analyses to this one.
  const json = isSplit && options.thread ? options.thread.analyses.run({ table, names: elsewhere, parameters: options.parameters, now: options.now.getTime(), ...(options.thread.rows !== undefined ? { rows: options.thread.rows } : {}) }).catch(() => new Map<AnalysisName, Uint8Array>()) : undefined;
  const here = isSplit ? options.analyses.filter((name) => !OWN_THREAD_ANALYSES.has(name)) : options.analyses;
  const tables = new Map<AnalysisName, Table>();
  for (const name of here) tables.set(name, ANALYSES[name].run(table, options.parameters, options.now));
  const formatted = (await json) ?? new Map<AnalysisName, Uint8Array>();
  for (const name of options.analyses) if (!tables.has(name) && !formatted.has(name)) tables.set(name, ANALYSES[name].run(table, options.parameters, options.now));
  return { tables, json: formatted, diagnostics: history.diagnostics, commits: selected?.count ?? history.columns.person.length, botAuthors: selected?.botAuthors ?? [] };
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
