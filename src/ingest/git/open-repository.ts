import { readColumnsCached } from './cached-history.js';
import { HEAD_HISTORY } from './head-history.js';
import { takePrefetched } from './prefetch.js';
import { forEachCommit, type ColumnCommit, type CommitColumns } from './commit-columns.js';
import { readRanges, type ColumnHistory, type CommitSink } from './read-history.js';
import { inspectRepository, type RepositoryInfo } from './repository.js';
import { gitText } from './run-git.js';
import type { GitCommit, GitDiagnostic } from './types.js';
import { CODEOWNERS_LOCATIONS, parseCodeowners, type Codeowners } from '../codeowners/index.js';

export interface OpenRepository {
  info: RepositoryInfo;
  /** Remote URLs as configured (`remote.*.url`), for matching catalog source locations. */
  remotes: string[];
  /** Streams HEAD's history, file names only, handing over each commit as it is parsed; false when git stopped early. */
  read(onCommit: (commit: GitCommit) => void): Promise<boolean>;
  /**
   * The same history through the commit cache in `cacheDir`: only commits the cache does not hold are read
   * from git; the whole history comes back as compact columns (`forEachCommit` hands them over).
   */
  loadCached(cacheDir: string): Promise<{ columns: CommitColumns; commitsRead: number; isComplete: boolean; diagnostics: GitDiagnostic[] }>;
  /**
   * HEAD's history commit by commit, newest first: through the cache in `cacheDir` when one is given, else
   * streamed from git (memory then stays bounded). Paths are relative to the top of the work tree.
   */
  forEachCommit(cacheDir: string | undefined, onCommit: (commit: ColumnCommit) => void): Promise<HistoryRead>;
  /** The CODEOWNERS file GitHub would use, as committed at HEAD (so bare clones have one too). */
  codeowners(): Promise<Codeowners | undefined>;
}

/** What a read of HEAD's history met. */
export interface HistoryRead {
  /** Commits handed over. */
  commits: number;
  /** How many of them came from git rather than the cache. */
  commitsRead: number;
  /** False when git stopped early: the commits are only part of the history. */
  isComplete: boolean;
  diagnostics: GitDiagnostic[];
}


/** Opens a local clone (bare or not) for streaming; undefined, with a diagnostic, when it is not one. */
export async function openRepository(path: string, diagnostics: GitDiagnostic[]): Promise<OpenRepository | undefined> {
  const info = await inspectRepository(path, diagnostics);
  if (!info) return undefined;
  const remotes = await gitText(path, ['config', '--get-regexp', '^remote\\..*\\.url$']);
  // The read started ahead for this clone (prefetch.ts), when there is one, else a read through the cache now.
  const throughCache = async (cacheDir: string): Promise<ColumnHistory> => (await takePrefetched(path, cacheDir)) ?? (await readColumnsCached(path, { ...HEAD_HISTORY, subjects: true, repository: info }, cacheDir));
  return {
    info,
    remotes: remotes.code === 0 ? remotes.stdout.split('\n').map((line) => line.split(' ').slice(1).join(' ').trim()).filter(Boolean) : [],
    read: async (onCommit) => {
      if (!info.hasCommits) return true;
      return streamHead(path, diagnostics, onCommit);
    },
    loadCached: async (cacheDir) => {
      // Inspected above, with its diagnostics: the read reports only what it meets itself. Returned rather
      // than recorded, so that loads running side by side keep the repositories' order.
      const history = await throughCache(cacheDir);
      return { columns: history.columns, commitsRead: history.commitsRead, isComplete: history.isComplete, diagnostics: history.diagnostics };
    },
    forEachCommit: async (cacheDir, onCommit) => {
      const read: HistoryRead = { commits: 0, commitsRead: 0, isComplete: true, diagnostics: [] };
      if (!info.hasCommits) return read;
      const count = (commit: ColumnCommit) => {
        read.commits++;
        onCommit(commit);
      };
      if (cacheDir === undefined) {
        const isComplete = await streamHead(path, read.diagnostics, (commit) => count(fromGit(commit)));
        return { ...read, commitsRead: read.commits, isComplete };
      }
      const loaded = await throughCache(cacheDir);
      forEachCommit(loaded.columns, count);
      return { ...read, commitsRead: loaded.commitsRead, isComplete: loaded.isComplete, diagnostics: loaded.diagnostics };
    },
    codeowners: async () => {
      if (!info.hasCommits) return undefined;
      for (const location of CODEOWNERS_LOCATIONS) {
        const shown = await gitText(path, ['show', `HEAD:${location}`]);
        if (shown.code === 0) return parseCodeowners(shown.stdout, location);
      }
      return undefined;
    },
  };
}

/**
 * Streams HEAD's history, so memory stays bounded. Each commit is handed over once the next has arrived
 * (git may die mid-commit) and, when the read starts again without renames, commits already given are skipped.
 */
async function streamHead(path: string, diagnostics: GitDiagnostic[], onCommit: (commit: GitCommit) => void): Promise<boolean> {
  let given = 0;
  let last: HeldBack | undefined;
  const outcome = await readRanges(path, HEAD_HISTORY, [{ revisions: ['HEAD'] }], diagnostics, () => {
    last = new HeldBack((commit) => {
      given++;
      onCommit(commit);
    }, given);
    return last;
  });
  if (outcome.isComplete) last?.flush();
  return outcome.isComplete;
}

// A commit read straight from git, in the shape the cache hands back, so both paths feed one consumer.
function fromGit(commit: GitCommit): ColumnCommit {
  return {
    authorName: commit.authorName,
    authorEmail: commit.authorEmail,
    time: Date.parse(commit.authorDate),
    parents: commit.parents.length,
    subject: commit.subject,
    files: commit.files.map((file) => file.path),
  };
}

// Hands over each commit once the next has arrived, leaving out the first `skip` (given by an earlier attempt).
class HeldBack implements CommitSink {
  private held: GitCommit | undefined;
  private seen = 0;

  constructor(private readonly give: (commit: GitCommit) => void, private readonly skip: number) {}

  add(commit: GitCommit): void {
    this.seen++;
    if (this.held !== undefined) this.give(this.held);
    this.held = this.seen > this.skip ? commit : undefined;
  }

  flush(): void {
    if (this.held !== undefined) this.give(this.held);
    this.held = undefined;
  }
}
