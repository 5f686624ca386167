import { stat } from 'node:fs/promises';
import { CommitColumnsBuilder, joinColumns, type CommitColumns } from './commit-columns.js';
import { CacheFormatError } from './columns-codec.js';
import { readColumns, readRange, readRanges, type ColumnHistory, type ReadHistoryOptions } from './read-history.js';
import { CommitCache } from './cache-store.js';
import { loadSqliteDriver } from './sqlite-driver.js';
import { revisionArguments, type LogRange } from './read-log.js';
import { inspectRepository } from './repository.js';
import { gitText } from './run-git.js';
import type { GitDiagnostic } from './types.js';

/**
 * Reads a history through the cache in `cacheDir`: only commits the cached tips do not reach are read
 * from git. When a cached tip is gone or no longer reached by the range (a rewritten history), everything
 * is read again.
 */
export async function readColumnsCached(path: string, options: ReadHistoryOptions, cacheDir: string): Promise<ColumnHistory> {
  const diagnostics: GitDiagnostic[] = [];
  const range: LogRange = { revisions: options.revisions ?? ['HEAD'], ...(options.excludeRefs ? { excludeRefs: options.excludeRefs } : {}) };
  // Side by side, as none needs another: the log starts that much sooner. A repository that cannot be read
  // is read by readColumns all the same, which says why.
  const [repository, tips, driver] = await Promise.all([
    options.repository ?? inspectRepository(path, diagnostics),
    resolveTips(path, range).catch(() => undefined),
    loadSqliteDriver(),
  ]);
  if (repository === undefined || !repository.hasCommits) return readColumns(path, options);
  if (tips === undefined) return readColumns(path, options);
  if ('reason' in driver) {
    // Not about this repository: every history read says the same, so a run reports it once.
    const read = await readColumns(path, options);
    return { ...read, diagnostics: [unavailableDiagnostic(driver.reason), ...read.diagnostics] };
  }
  const key = JSON.stringify([repository.gitDir, options.detail, options.renames ?? false, options.subjects ?? false, range.revisions, range.excludeRefs ?? []]);
  let cache: CommitCache | undefined;
  try {
    cache = new CommitCache(cacheDir, driver.Database);
    const cached = cache.snapshot(key);
    const isUnchanged = cached !== undefined && sameSet(cached.range.tips, tips);
    if (isUnchanged) return { repository, columns: cached.columns, commitsRead: 0, diagnostics, isComplete: true };
    // Cached tips that are still tips are reached trivially: only the others need git's word.
    const current = new Set(tips);
    const moved = cached === undefined ? [] : cached.range.tips.filter((tip) => !current.has(tip));
    const base = cached !== undefined && (await reachesAll(path, tips, moved)) ? cached : undefined;
    const fresh: LogRange = { revisions: tips, exclude: base?.range.tips ?? [] };
    // New commits on top of a usable cache are few: one git process, without listing them first.
    const subjects = options.subjects ?? false;
    const create = (): CommitColumnsBuilder => new CommitColumnsBuilder(subjects);
    const reading = { ...options, subjects };
    const read = base !== undefined ? await readRanges(path, reading, [fresh], diagnostics, create) : await readRange(path, reading, fresh, diagnostics, create);
    const columns = joinColumns(read.parts.map((part) => part.build()));
    // Newer commits come from git, older ones from the snapshot taken before git was read.
    const all = base !== undefined ? joinColumns([columns, base.columns]) : columns;
    // A partial read is not cached: the next run must not take it for the whole range.
    if (read.isComplete) save(cache, key, tips, columns, base?.range.tips, cacheDir, path, diagnostics);
    return { repository, columns: all, commitsRead: read.commitsRead, diagnostics, isComplete: read.isComplete };
  } catch (error) {
    if (!isCacheError(error)) throw error;
    // An unusable cache (not writable, not a database, damaged) costs a full read, never the run.
    const read = await readColumns(path, options);
    const advice = (await isFolderOrAbsent(cacheDir)) ? 'deleting that folder is safe' : 'it is not a folder: give --cache-dir a folder';
    return { ...read, diagnostics: [cacheDiagnostic(cacheDir, path, error, `read from git without it (${advice})`), ...read.diagnostics] };
  } finally {
    cache?.close();
  }
}

function save(cache: CommitCache, key: string, tips: readonly string[], columns: CommitColumns, base: readonly string[] | undefined, cacheDir: string, path: string, diagnostics: GitDiagnostic[]): void {
  try {
    cache.save(key, tips, columns, base);
  } catch (error) {
    if (!isCacheError(error)) throw error;
    diagnostics.push(cacheDiagnostic(cacheDir, path, error, 'this run read the history from git and did not record it'));
  }
}

// SQLite's and the file system's errors, and a stored segment that does not decode: the cache's own problems.
function isCacheError(error: unknown): error is Error {
  return error instanceof Error && (error.name === 'SqliteError' || error instanceof CacheFormatError || ('code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code)));
}

function cacheDiagnostic(cacheDir: string, path: string, error: Error, consequence: string): GitDiagnostic {
  return { severity: 'warning', code: 'git-cache-unusable', message: `the commit cache in ${cacheDir} cannot be used (${error.message}); ${consequence}`, file: path };
}

function unavailableDiagnostic(reason: string): GitDiagnostic {
  const message = `the commit cache is off: its SQLite driver, better-sqlite3, cannot be loaded (${reason}); every run reads the history whole from git. To use it, install teamfit with its install scripts allowed (see "Install" in teamfit's README)`;
  return { severity: 'info', code: 'git-cache-unavailable', message };
}

// The commits the range starts from, resolved once so the log reads exactly what the cache will record.
async function resolveTips(path: string, range: LogRange): Promise<string[] | undefined> {
  const resolved = await gitText(path, ['rev-list', '--no-walk', ...revisionArguments(range)]);
  if (resolved.code !== 0) return undefined;
  return [...new Set(resolved.stdout.split('\n').filter((line) => line !== ''))].sort();
}

// True when every cached tip still exists and is reached from the current tips.
async function reachesAll(path: string, tips: readonly string[], cachedTips: readonly string[]): Promise<boolean> {
  if (cachedTips.length === 0) return true;
  const args = ['rev-list', '--count', '--end-of-options', ...cachedTips, ...tips.map((tip) => `^${tip}`), '--'];
  const counted = await gitText(path, args);
  return counted.code === 0 && counted.stdout.trim() === '0';
}

async function isFolderOrAbsent(path: string): Promise<boolean> {
  return stat(path).then((found) => found.isDirectory(), () => true);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
