import { UsageError } from '../../util/errors.js';
import { LogParser } from './log-parser.js';
import { logArguments, type LogFormat } from './log-format.js';
import { firstLine } from './repository.js';
import { GitMissingError, runGit } from './run-git.js';
import type { GitCommit, GitDiagnostic } from './types.js';

/** Which commits to read. Revisions are refs or hashes; `--all`, `--branches` and `--tags` select refs. */
export interface LogRange {
  revisions: readonly string[];
  /** Ref globs left out of `--all`/`--branches`/`--tags`, e.g. refs/pull/*. */
  excludeRefs?: readonly string[];
  /** Commits whose history is already known: read only what they do not reach. */
  exclude?: readonly string[];
  skip?: number;
  maxCount?: number;
  /**
   * Exactly these commits, in this order (`--no-walk=unsorted`, hashes on stdin): a slice of a list that
   * `git rev-list` gave for the range, so git diffs them without walking to them. The other fields are then unused.
   */
  commits?: readonly string[];
}

const PSEUDO_REFS = new Set(['--all', '--branches', '--tags']);

/** The code of the diagnostic when rename detection stopped the log for want of file contents. */
export const OBJECTS_MISSING = 'git-objects-missing';
// What git says when a blob it needs (only rename detection reads file contents) is not in the clone.
const MISSING_OBJECT = /unable to read [0-9a-f]{7,}|missing blob object|could not fetch [0-9a-f]+ from promisor remote|did not receive expected object/i;

/** The revision part of a `git log` command line; anything else that looks like an option is refused. */
export function revisionArguments(range: LogRange): string[] {
  if (range.commits !== undefined) return ['--no-walk=unsorted', '--stdin', '--'];
  const pseudo = range.revisions.filter((revision) => PSEUDO_REFS.has(revision));
  const named = range.revisions.filter((revision) => !PSEUDO_REFS.has(revision));
  for (const value of [...named, ...(range.excludeRefs ?? []), ...(range.exclude ?? [])]) {
    // An input error, not a bug: a revision such as `--output=FILE` would be read by git as an option.
    if (value.startsWith('-') || value === '' || value.includes('\0')) throw new UsageError(`not a revision: ${JSON.stringify(value)} (a revision cannot be empty or start with "-")`);
  }
  return [
    ...(range.skip ? [`--skip=${range.skip}`] : []),
    ...(range.maxCount !== undefined ? [`--max-count=${range.maxCount}`] : []),
    ...(pseudo.length > 0 ? (range.excludeRefs ?? []).map((glob) => `--exclude=${glob}`) : []),
    ...pseudo,
    '--end-of-options',
    ...named,
    ...(range.exclude ?? []).map((hash) => `^${hash}`),
    '--',
  ];
}

/**
 * Streams `git log` for a range through the parser, handing each commit to `onCommit` as soon as it is
 * complete. Problems (git missing, unreadable objects, non-UTF-8 paths) become diagnostics; returns
 * whether git read the whole range, or all of it that was wanted before `stop` was aborted (no commit is
 * handed on after that).
 */
export async function readLog(
  repoPath: string,
  format: LogFormat,
  range: LogRange,
  onCommit: (commit: GitCommit) => void,
  diagnostics: GitDiagnostic[],
  stop?: AbortSignal,
): Promise<boolean> {
  const undecodable = new Set<string>();
  const parser = new LogParser(format, onCommit, (path) => undecodable.add(path));
  try {
    // A partial clone would fetch every blob rename detection asks for over the network: fail instead, and read without renames.
    const env = { ...process.env, GIT_NO_LAZY_FETCH: '1' };
    const input = range.commits === undefined ? undefined : range.commits.map((hash) => `${hash}\n`).join('');
    const run = await runGit(repoPath, [...logArguments(format), ...revisionArguments(range)], (chunk) => parser.push(chunk), env, input, stop);
    // Stopped on purpose: what git printed last is cut short, and its exit code is the kill's.
    const isStopped = stop?.aborted === true;
    if (!isStopped) parser.end();
    if (undecodable.size > 0) {
      const shown = [...undecodable].slice(0, 5).join(', ');
      diagnostics.push({
        severity: 'warning',
        code: 'git-path-not-utf8',
        message: `${undecodable.size} path(s) are not valid UTF-8; shown with \\xNN for the undecodable bytes: ${shown}`,
        file: repoPath,
      });
    }
    if (isStopped) return true;
    if (run.code !== 0 && format.renames && MISSING_OBJECT.test(run.stderr)) {
      diagnostics.push({ severity: 'warning', code: OBJECTS_MISSING, message: `git log stopped: ${firstLine(run.stderr)} (file contents are missing, rename detection needs them)`, file: repoPath });
      return false;
    }
    if (run.code !== 0) {
      diagnostics.push({ severity: 'error', code: 'git-log-failed', message: `git log stopped (exit ${run.code}): ${firstLine(run.stderr)}; results cover only the commits read before it`, file: repoPath });
      return false;
    }
    return true;
  } catch (error) {
    if (error instanceof GitMissingError) {
      diagnostics.push({ severity: 'error', code: 'git-missing', message: error.message, file: repoPath });
      return false;
    }
    throw error;
  }
}
