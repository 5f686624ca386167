import { CommitColumnsBuilder, joinColumns, type CommitColumns } from './commit-columns.js';
import { readListed } from './listed-log.js';
import { newLogFormat } from './log-format.js';
import { OBJECTS_MISSING, readLog, type LogRange } from './read-log.js';
import { inspectRepository, type RepositoryInfo } from './repository.js';
import type { ChangeDetail, GitCommit, GitDiagnostic } from './types.js';

export interface ReadHistoryOptions {
  detail: ChangeDetail;
  /** Detect renames (old path recorded on the new one); off reads a rename as a delete and an add, as code-maat does. */
  renames?: boolean;
  /** Default HEAD; `--all` reads every ref, as code-maat's documented command does. */
  revisions?: readonly string[];
  excludeRefs?: readonly string[];
  /** Parallel git processes over disjoint slices of one repository's commits (default 2: both cores). */
  jobs?: number;
  /** With `jobs` of 2 or more, the fewest commits a second process takes over (default MIN_SHARE_COMMITS); tests set it low. */
  minShare?: number;
  /**
   * Keep commit subjects in columns (they are always in commit objects). Columns without them are read
   * without them: git does not print them.
   */
  subjects?: boolean;
  /**
   * The repository, when the caller has inspected it already or is inspecting it (its diagnostics are then the
   * caller's): a read started ahead asks git about the clone and for its tips side by side.
   */
  repository?: RepositoryInfo | Promise<RepositoryInfo | undefined>;
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

/** Reads a repository's history, splitting a long one into ranges read by parallel git processes. */
export async function readHistory(path: string, options: ReadHistoryOptions): Promise<History> {
  const read = await readWhole(path, { ...options, subjects: true }, () => new CommitList());
  return { ...read.outcome, commits: read.parts.flatMap((part) => part.commits) };
}

/** The same, streamed into columns. */
export async function readColumns(path: string, options: ReadHistoryOptions): Promise<ColumnHistory> {
  const subjects = options.subjects ?? false;
  const read = await readWhole(path, { ...options, subjects }, () => new CommitColumnsBuilder(subjects));
  return { ...read.outcome, columns: joinColumns(read.parts.map((part) => part.build())) };
}

async function readWhole<S extends CommitSink>(path: string, options: ReadHistoryOptions, create: () => S): Promise<{ outcome: Omit<History, 'commits'>; parts: S[] }> {
  const diagnostics: GitDiagnostic[] = [];
  const repository = await (options.repository ?? inspectRepository(path, diagnostics));
  if (repository === undefined) return { outcome: { commitsRead: 0, diagnostics, isComplete: false }, parts: [] };
  if (!repository.hasCommits) return { outcome: { repository, commitsRead: 0, diagnostics, isComplete: true }, parts: [] };
  const range: LogRange = { revisions: options.revisions ?? ['HEAD'], ...(options.excludeRefs ? { excludeRefs: options.excludeRefs } : {}) };
  const read = await readRange(path, options, range, diagnostics, create);
  return { outcome: { repository, commitsRead: read.commitsRead, diagnostics, isComplete: read.isComplete }, parts: read.parts };
}

export interface PartsRead<S> {
  parts: S[];
  commitsRead: number;
  isComplete: boolean;
}

/**
 * Reads one range into sinks whose parts, in order, are what one `git log` would print: with `jobs` of 2 or
 * more (the default) one git process reads from the newest commit while the others take the oldest unread
 * ones from a `git rev-list` of the range (a short history is one process's), else one `git log`.
 */
export async function readRange<S extends CommitSink>(path: string, options: ReadHistoryOptions, range: LogRange, diagnostics: GitDiagnostic[], create: () => S): Promise<PartsRead<S>> {
  const jobs = options.jobs ?? 2;
  if (jobs < 2) return readRanges(path, options, [range], diagnostics, create);
  const format = newLogFormat(options.detail, options.renames ?? false, options.subjects ?? true);
  const limits = { jobs, ...(options.minShare !== undefined ? { minShare: options.minShare } : {}) };
  const read = await readListed(path, format, range, limits, diagnostics, create);
  return withoutRenamesIfMissing(path, options, read.slices, diagnostics, create, read);
}

/**
 * Reads ranges concurrently (`jobs` at a time), each into its own sink, streamed as git prints it; the
 * parts, in order, are what one `git log` would print.
 */
export async function readRanges<S extends CommitSink>(path: string, options: ReadHistoryOptions, ranges: LogRange[], diagnostics: GitDiagnostic[], create: () => S): Promise<PartsRead<S>> {
  const format = newLogFormat(options.detail, options.renames ?? false, options.subjects ?? true);
  const parts = ranges.map(() => create());
  let commitsRead = 0;
  let next = 0;
  // At most `jobs` git processes at once, however many ranges (a retry reads every slice again).
  const reader = async (): Promise<boolean> => {
    let isComplete = true;
    for (let index = next++; index < ranges.length; index = next++) {
      const part = parts[index];
      const range = ranges[index];
      if (part === undefined || range === undefined) continue;
      const ok = await readLog(path, format, range, (commit) => {
        commitsRead++;
        part.add(commit);
      }, diagnostics);
      isComplete &&= ok;
    }
    return isComplete;
  };
  const outcomes = await Promise.all(Array.from({ length: Math.min(ranges.length, Math.max(1, options.jobs ?? 2)) }, reader));
  return withoutRenamesIfMissing(path, options, ranges, diagnostics, create, { parts, commitsRead, isComplete: outcomes.every(Boolean) });
}

async function withoutRenamesIfMissing<S extends CommitSink>(path: string, options: ReadHistoryOptions, ranges: LogRange[], diagnostics: GitDiagnostic[], create: () => S, read: PartsRead<S>): Promise<PartsRead<S>> {
  const { isComplete, parts, commitsRead } = read;
  const renames = options.renames ?? false;
  const missing = diagnostics.filter((diagnostic) => diagnostic.code === OBJECTS_MISSING);
  if (isComplete || !renames || missing.length === 0) return { parts, commitsRead, isComplete };
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
