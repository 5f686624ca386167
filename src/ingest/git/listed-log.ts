import { readLog, revisionArguments, type LogRange } from './read-log.js';
import type { LogFormat } from './log-format.js';
import { runGit } from './run-git.js';
import type { CommitSink } from './read-history.js';
import type { GitCommit, GitDiagnostic } from './types.js';

/**
 * The fewest commits one more git process takes over: each new process starts with a cold cache of the
 * deltas trees are stored as, so a short share costs more than it saves.
 */
export const MIN_SHARE_COMMITS = 8_000;

export interface SplitLimits {
  /** git processes diffing at once (the first one included). */
  jobs: number;
  /** The fewest commits a helper process takes over (default MIN_SHARE_COMMITS). */
  minShare?: number;
  /** Start the first process only once the list is complete (tests: so that a short history is shared too). */
  isHeadHeldBack?: boolean;
}

export interface ListedRead<S> {
  /** The parts in log order: joined, they are what one `git log` of the range prints. */
  parts: S[];
  /** The range each part was read from, in the same order: read them again to retry. */
  slices: LogRange[];
  commitsRead: number;
  isComplete: boolean;
}

/**
 * Reads a range with one `git log` from its newest commit, as it would be read alone, while `git rev-list`
 * lists it beside; once the list is complete, each of `jobs - 1` helper processes takes the older half of
 * what nobody has read yet, from the end of the list (`git log --no-walk=unsorted`, hashes on stdin), and
 * takes half again whenever it is done, until fewer than twice `minShare` commits are left. The first process
 * is stopped where the first share begins. So the cores share the diffs however their cost is spread over the
 * history, no commit is diffed twice, and nothing waits for the listing. Every process's commits are checked
 * against the list, hash by hash: should they ever differ, the range is read whole by one process (the first
 * one, if it was not stopped yet), so a misread never leaves a hole or a commit twice.
 */
export async function readListed<S extends CommitSink>(
  path: string,
  format: LogFormat,
  range: LogRange,
  limits: SplitLimits,
  diagnostics: GitDiagnostic[],
  create: () => S,
): Promise<ListedRead<S>> {
  const minShare = Math.max(1, limits.minShare ?? MIN_SHARE_COMMITS);
  const listed: string[] = [];
  const head = new Head(create(), listed);
  const shares: Share<S>[] = [];
  let isHeadDone = false;
  let idleHelpers = 0;
  const stopListing = new AbortController();

  // The older part of what is left unread goes to a helper, unless the first process is about to reach it.
  const claim = (): Share<S> | undefined => {
    const end = shares.at(-1)?.start ?? listed.length;
    const left = end - head.count;
    const size = Math.floor(left / (idleHelpers + 1));
    if (isHeadDone || !head.isInOrder || size < minShare) return undefined;
    const share: Share<S> = { start: end - size, range: { revisions: [], commits: listed.slice(end - size, end) }, part: create(), read: 0, isExact: true, isRead: false };
    shares.push(share);
    head.stopAt(share.start);
    return share;
  };
  let sharedRead = 0;
  const helper = async (): Promise<boolean> => {
    let isComplete = true;
    for (let share = claim(); share !== undefined; share = claim()) {
      idleHelpers--;
      const { part, range } = share;
      const isRead = await readLog(path, format, range, (commit) => {
        if (commit.hash !== range.commits?.[share.read]) share.isExact = false;
        share.read++;
        sharedRead++;
        part.add(commit);
      }, diagnostics);
      if (share.read !== range.commits?.length) share.isExact = false;
      share.isRead = isRead;
      isComplete &&= isRead;
      idleHelpers++;
    }
    idleHelpers--;
    return isComplete;
  };

  const listing = listCommits(path, range, stopListing.signal, (hashes) => {
    for (const hash of hashes) listed.push(hash);
    head.listGrew(false);
  }).then((isListed) => {
    if (!isListed || isHeadDone) return [];
    head.listGrew(true);
    idleHelpers = Math.max(0, limits.jobs - 1);
    return Array.from({ length: idleHelpers }, helper);
  });
  const readHead = async (): Promise<boolean> => {
    if (limits.isHeadHeldBack === true) await listing;
    const isRead = await readLog(path, format, range, (commit) => head.add(commit), diagnostics, head.stop.signal);
    isHeadDone = true;
    stopListing.abort();
    return isRead;
  };
  const [isHeadRead, helpers] = await Promise.all([readHead(), listing]);
  const helpersComplete = (await Promise.all(helpers)).every(Boolean);

  // Not stopped: the first process read the whole range (nothing was shared, or its order was not the list's).
  if (!head.stop.signal.aborted) return { parts: [head.part], slices: [range], commitsRead: head.count, isComplete: isHeadRead };
  // A share that git printed other than as listed (or only in part, without saying so) does not fit either.
  const isMisread = shares.some((share) => share.isRead && !share.isExact);
  if (!head.isInOrder || isMisread) {
    // Found out only after the first process was stopped: one more plain read of the whole range.
    const whole = create();
    let wholeRead = 0;
    const isRead = await readLog(path, format, range, (commit) => {
      wholeRead++;
      whole.add(commit);
    }, diagnostics);
    return { parts: [whole], slices: [range], commitsRead: wholeRead, isComplete: isRead };
  }
  const ordered = [...shares].reverse();
  return {
    parts: [head.part, ...ordered.map((share) => share.part)],
    slices: [{ revisions: [], commits: listed.slice(0, head.count) }, ...ordered.map((share) => share.range)],
    commitsRead: head.count + sharedRead,
    isComplete: isHeadRead && helpersComplete,
  };
}

interface Share<S> {
  /** Where it begins in the list; it ends where the share taken before it begins. */
  start: number;
  range: LogRange;
  part: S;
  /** Commits git printed for it so far, and whether each was the listed one, in order, and all of them. */
  read: number;
  isExact: boolean;
  /** git said it read the share whole (exit 0). */
  isRead: boolean;
}

// The first process: the commits it has handed on, where it is to stop, and whether its order is the list's.
class Head<S extends CommitSink> {
  count = 0;
  isInOrder = true;
  readonly stop = new AbortController();
  private end = Number.POSITIVE_INFINITY;
  // Hashes handed on before the list reached them (git rev-list is usually well ahead).
  private readonly unchecked: string[] = [];
  private isListComplete = false;

  constructor(
    readonly part: S,
    private readonly listed: readonly string[],
  ) {}

  add(commit: GitCommit): void {
    // Out of order, the shares taken from the list do not fit: this process then reads the whole range.
    if (this.count >= this.end && this.isInOrder) return;
    const index = this.count++;
    this.part.add(commit);
    if (this.unchecked.length === 0 && index < this.listed.length) {
      if (this.listed[index] !== commit.hash) this.isInOrder = false;
    } else if (this.isListComplete) {
      this.isInOrder = false;
    } else {
      this.unchecked.push(commit.hash);
    }
    if (this.count === this.end && this.isInOrder) this.stop.abort();
  }

  stopAt(index: number): void {
    this.end = index;
    if (this.count >= index && this.isInOrder) this.stop.abort();
  }

  /** Compares the hashes handed on before the list had them; once it is complete, a hash past its end is out of order too. */
  listGrew(isListComplete: boolean): void {
    const from = this.count - this.unchecked.length;
    let checked = 0;
    while (checked < this.unchecked.length && from + checked < this.listed.length) {
      if (this.unchecked[checked] !== this.listed[from + checked]) this.isInOrder = false;
      checked++;
    }
    this.unchecked.splice(0, checked);
    this.isListComplete = isListComplete;
    if (isListComplete && this.unchecked.length > 0) this.isInOrder = false;
  }
}

// Streams `git rev-list` for the range, handing over whole lines (hashes) as they arrive; false if it failed
// or was stopped (the first process's own reading then says what went wrong, once).
async function listCommits(path: string, range: LogRange, stop: AbortSignal, onHashes: (hashes: string[]) => void): Promise<boolean> {
  let rest = '';
  const run = await runGit(path, ['rev-list', ...revisionArguments(range)], (chunk) => {
    const lines = (rest + chunk.toString('latin1')).split('\n');
    rest = lines.pop() ?? '';
    onHashes(lines);
  }, process.env, undefined, stop);
  if (stop.aborted || run.code !== 0) return false;
  if (rest !== '') onHashes([rest]);
  return true;
}
