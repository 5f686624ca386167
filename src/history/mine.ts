import { readHistory, type ReadHistoryOptions } from '../ingest/git/read-history.js';
import { selectCommits, type CommitFilter } from '../ingest/git/select-commits.js';
import type { GitCommit, GitDiagnostic } from '../ingest/git/types.js';
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
  /** Reads the history instead of `readHistory` (the cache plugs in here). */
  reader?: (path: string, options: ReadHistoryOptions) => Promise<{ commits: GitCommit[]; diagnostics: GitDiagnostic[] }>;
  now: Date;
}

export interface MineResult {
  tables: Map<AnalysisName, Table>;
  diagnostics: GitDiagnostic[];
  commits: number;
  /** Bot identities left out by the filter. */
  botAuthors: string[];
}

/** Reads a repository once and runs code-maat's analyses on it. */
export async function mine(path: string, options: MineOptions): Promise<MineResult> {
  const detail = options.analyses.some((name) => ANALYSES[name].needsLineCounts) ? 'numstat' : 'names';
  const reader = options.reader ?? readHistory;
  const history = await reader(path, { ...options.read, detail });
  const selected = options.filter === undefined ? undefined : selectCommits(history.commits, options.filter);
  const commits = selected?.people ?? history.commits;
  const table = buildChangeTable(commits, options.grouping);
  const tables = new Map<AnalysisName, Table>();
  for (const name of options.analyses) tables.set(name, ANALYSES[name].run(table, options.parameters, options.now));
  return { tables, diagnostics: history.diagnostics, commits: commits.length, botAuthors: selected?.botAuthors ?? [] };
}
