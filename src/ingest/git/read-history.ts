import { CommitColumnsBuilder, joinColumns, type CommitColumns } from './commit-columns.js';
import { newLogFormat } from './log-format.js';
import { OBJECTS_MISSING, readLog, revisionArguments, type LogRange } from './read-log.js';
import { inspectRepository, type RepositoryInfo } from './repository.js';
import { gitText } from './run-git.js';
import type { ChangeDetail, GitCommit, GitDiagnostic } from './types.js';

export interface ReadHistoryOptions {
  detail: ChangeDetail;
  /** Detect renames (old path recorded on the new one); off reads a rename as a delete and an add, as code-maat does. */
  renames?: boolean;
  /** Default HEAD; `--all` reads every ref, as code-maat's documented command does. */
  revisions?: readonly string[];
  excludeRefs?: readonly string[];
  /** Parallel git processes over disjoint commit ranges of one repository (default 2: both cores). */
  jobs?: number;
  /** Keep commit subjects in columns (they are always in commit objects). */
  subjects?: boolean;
  /** The repository, when the caller has inspected it already (its diagnostics are then the caller's). */
  repository?: RepositoryInfo;
}

export interface History {
  repository?: RepositoryInfo;
  /** Newest first, in `git log` order. */
  commits: GitCommit[];
  diagnostics: GitDiagnostic[];
  /** How many commits this run read from git (fewer than `commits` when the rest came from the cache). */
  commitsRead: number;
  /** False when git stopped early (unreadable objects, a missing git): the commits are only part of the range. */
  isComplete: boolean;
}

/** A history read as compact columns (what `mine` and the cache use): no commit object is kept. */
export interface ColumnHistory extends Omit<History, 'commits'> {
  columns: CommitColumns;
}

/** Where a read range's commits go, one at a time, in log order. */
export interface CommitSink {
  add(commit: GitCommit): void;
}

// Below this many commits one git process is quicker than counting and splitting.
const MIN_COMMITS_TO_SPLIT = 20_000;

/** Reads a repository's history, splitting a long one into ranges read by parallel git processes. */
export async function readHistory(path: string, options: ReadHistoryOptions): Promise<History> {
  const read = await readWhole(path, options, () => new CommitList());
  return { ...read.outcome, commits: read.parts.flatMap((part) => part.commits) };
}

/** The same, streamed into columns. */
export async function readColumns(path: string, options: ReadHistoryOptions): Promise<ColumnHistory> {
  const read = await readWhole(path, options, () => new CommitColumnsBuilder(options.subjects ?? false));
  return { ...read.outcome, columns: joinColumns(read.parts.map((part) => part.build())) };
}

async function readWhole<S extends CommitSink>(path: string, options: ReadHistoryOptions, create: () => S): Promise<{ outcome: Omit<History, 'commits'>; parts: S[] }> {
  const diagnostics: GitDiagnostic[] = [];
  const repository = options.repository ?? (await inspectRepository(path, diagnostics));
  if (repository === undefined) return { outcome: { commitsRead: 0, diagnostics, isComplete: false }, parts: [] };
  if (!repository.hasCommits) return { outcome: { repository, commitsRead: 0, diagnostics, isComplete: true }, parts: [] };
  const range: LogRange = { revisions: options.revisions ?? ['HEAD'], ...(options.excludeRefs ? { excludeRefs: options.excludeRefs } : {}) };
  const read = await readRanges(path, options, await rangesFor(path, range, options.jobs ?? 2), diagnostics, create);
  return { outcome: { repository, commitsRead: read.commitsRead, diagnostics, isComplete: read.isComplete }, parts: read.parts };
}

/**
 * Reads ranges concurrently, each into its own sink, streamed as git prints it; the parts, in order, are
 * what one `git log` would print.
 */
export async function readRanges<S extends CommitSink>(path: string, options: ReadHistoryOptions, ranges: LogRange[], diagnostics: GitDiagnostic[], create: () => S): Promise<{ parts: S[]; commitsRead: number; isComplete: boolean }> {
  const format = newLogFormat(options.detail, options.renames ?? false);
  const parts = ranges.map(() => create());
  let commitsRead = 0;
  const outcomes = await Promise.all(
    ranges.map((range, index) =>
      readLog(path, format, range, (commit) => {
        commitsRead++;
        parts[index]?.add(commit);
      }, diagnostics),
    ),
  );
  const isComplete = outcomes.every(Boolean);
  const missing = diagnostics.filter((diagnostic) => diagnostic.code === OBJECTS_MISSING);
  if (isComplete || !format.renames || missing.length === 0) return { parts, commitsRead, isComplete };
  // A clone without some file contents (partial, or sharing an incomplete object store) can still give every
  // path: read it all again with renames off rather than stop at the first renamed file.
  diagnostics.splice(0, diagnostics.length, ...diagnostics.filter((diagnostic) => diagnostic.code !== OBJECTS_MISSING));
  diagnostics.push({
    severity: 'info',
    code: 'git-renames-not-followed',
    message: `renames not followed: ${missing[0]?.message.replace(/^git log stopped: /, '') ?? 'file contents are missing'}; a renamed file counts as deleted and added`,
    file: path,
  });
  const again = await readRanges(path, { ...options, renames: false }, ranges, diagnostics, create);
  return { ...again, commitsRead: commitsRead + again.commitsRead };
}

class CommitList implements CommitSink {
  readonly commits: GitCommit[] = [];
  add(commit: GitCommit): void {
    this.commits.push(commit);
  }
}

/** The range as slices for `jobs` git processes, counting its commits first only when there is a choice. */
export async function rangesFor(path: string, range: LogRange, jobs: number): Promise<LogRange[]> {
  if (jobs < 2) return [range];
  const counted = await gitText(path, ['rev-list', '--count', ...revisionArguments(range)]);
  return splitRange(range, counted.code === 0 ? Number(counted.stdout.trim()) : 0, jobs);
}

/** Disjoint --skip/--max-count slices of one log; git still walks the skipped commits but does not diff them. */
export function splitRange(range: LogRange, total: number, jobs: number): LogRange[] {
  if (jobs < 2 || total < MIN_COMMITS_TO_SPLIT) return [range];
  const size = Math.ceil(total / jobs);
  return Array.from({ length: jobs }, (_, index) => ({ ...range, skip: index * size, ...(index < jobs - 1 ? { maxCount: size } : {}) }));
}
