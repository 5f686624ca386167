import { firstLine } from './repository.js';
import { readLog, revisionArguments, type LogRange } from './read-log.js';
import type { LogFormat } from './log-format.js';
import { runGit } from './run-git.js';
import type { GitCommit, GitDiagnostic } from './types.js';

/**
 * Below this many commits per process one git process is quicker than two: each new process starts with a
 * cold cache of the deltas trees are stored as, so many small slices cost more than they overlap.
 */
export const MIN_SLICE_COMMITS = 20_000;

export interface ListedRead {
  /** The slices read, in log order (each one `commits` range); read them again to retry. */
  slices: LogRange[];
  commitsRead: number;
  isComplete: boolean;
}

/**
 * Reads a range with one `git rev-list` listing its commits and `git log --no-walk` processes that each diff
 * one consecutive slice of that list, `jobs` at a time: by default `jobs` equal slices once the list is
 * complete (one below twice MIN_SLICE_COMMITS), or, with `chunkCommits`, slices of that size started as
 * soon as they are listed. Unlike `--skip` ranges, no process walks the commits before its own: git's work
 * is the one walk plus the diffs, spread over the cores. `onSlice(n)` is asked, as slice n is cut, for where
 * its commits go (in log order within the slice); slices finish in any order.
 */
export async function readListed(
  path: string,
  format: LogFormat,
  range: LogRange,
  options: { jobs: number; chunkCommits?: number },
  diagnostics: GitDiagnostic[],
  onSlice: (slice: number) => (commit: GitCommit) => void,
): Promise<ListedRead> {
  const queue = new SliceQueue();
  const slices: LogRange[] = [];
  let listed: string[] = [];
  const offer = (all: boolean): void => {
    // Without a slice size, the whole list is cut in `jobs` equal slices once it is complete.
    if (!all && options.chunkCommits === undefined) return;
    const size = options.chunkCommits ?? Math.max(MIN_SLICE_COMMITS, Math.ceil(listed.length / Math.max(1, options.jobs)));
    while (listed.length >= size || (all && listed.length > 0)) {
      const slice: LogRange = { revisions: [], commits: listed.slice(0, size) };
      listed = listed.slice(slice.commits?.length ?? 0);
      queue.put({ range: slice, onCommit: onSlice(slices.length) });
      slices.push(slice);
    }
  };
  let commitsRead = 0;
  const readers = Array.from({ length: Math.max(1, options.jobs) }, async () => {
    let isComplete = true;
    for (let next = await queue.take(); next !== undefined; next = await queue.take()) {
      const { onCommit } = next;
      const ok = await readLog(path, format, next.range, (commit) => {
        commitsRead++;
        onCommit(commit);
      }, diagnostics);
      isComplete &&= ok;
    }
    return isComplete;
  });
  let isListed: boolean;
  try {
    isListed = await listCommits(path, range, diagnostics, (hashes) => {
      for (const hash of hashes) listed.push(hash);
      offer(false);
    });
    offer(true);
  } finally {
    queue.close();
  }
  const outcomes = await Promise.all(readers);
  return { slices, commitsRead, isComplete: isListed && outcomes.every(Boolean) };
}

// Streams `git rev-list` for the range, handing over whole lines (hashes) as they arrive.
async function listCommits(path: string, range: LogRange, diagnostics: GitDiagnostic[], onHashes: (hashes: string[]) => void): Promise<boolean> {
  let rest = '';
  const run = await runGit(path, ['rev-list', ...revisionArguments(range)], (chunk) => {
    const lines = (rest + chunk.toString('latin1')).split('\n');
    rest = lines.pop() ?? '';
    onHashes(lines);
  });
  if (rest !== '') onHashes([rest]);
  if (run.code === 0) return true;
  diagnostics.push({ severity: 'error', code: 'git-log-failed', message: `git rev-list stopped (exit ${run.code}): ${firstLine(run.stderr)}; results cover only the commits read before it`, file: path });
  return false;
}

interface Slice {
  range: LogRange;
  onCommit: (commit: GitCommit) => void;
}

// Slices waiting for a free git process; `take` waits for the next one, or undefined once the list is closed.
class SliceQueue {
  private readonly ready: Slice[] = [];
  private readonly waiting: ((slice: Slice | undefined) => void)[] = [];
  private isClosed = false;

  put(slice: Slice): void {
    const waiter = this.waiting.shift();
    if (waiter !== undefined) waiter(slice);
    else this.ready.push(slice);
  }

  close(): void {
    this.isClosed = true;
    for (const waiter of this.waiting.splice(0)) waiter(undefined);
  }

  take(): Promise<Slice | undefined> {
    const slice = this.ready.shift();
    if (slice !== undefined || this.isClosed) return Promise.resolve(slice);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
