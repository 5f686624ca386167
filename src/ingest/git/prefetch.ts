import { readColumnsCached } from './cached-history.js';
import type { ColumnHistory } from './read-history.js';
import { HEAD_HISTORY } from './head-history.js';
import { inspectRepository } from './repository.js';
import { abandonable } from './run-git.js';

/**
 * Histories read ahead of need: a command that knows which clone it will read (`analyze --repo`) starts
 * reading it through the commit cache at once, so git runs while node loads its modules and reads the
 * catalog, and the history stage takes the read when it gets there. One read per (clone, cache folder).
 */
const started = new Map<string, Promise<ColumnHistory | undefined>>();

/**
 * Starts reading HEAD's history of the clone at `path` (absolute) through the cache in `cacheDir`. Returns
 * what calls it off: a read not taken by then is forgotten and its git processes are killed, so a command
 * that ends (or fails) without needing it does not wait for git.
 */
export function prefetchHeadHistory(path: string, cacheDir: string): () => void {
  const key = keyOf(path, cacheDir);
  const abandon = new AbortController();
  const read = abandonable(abandon.signal, async () => {
    // Its inspection's diagnostics are dropped: the history stage inspects the clone again and says them.
    const repository = inspectRepository(path, []);
    const history = await readColumnsCached(path, { ...HEAD_HISTORY, subjects: true, repository }, cacheDir);
    return (await repository) === undefined ? undefined : history;
  });
  // Nobody may be waiting when it fails; whoever takes it meets the failure then.
  read.catch(() => undefined);
  started.set(key, read);
  return () => {
    if (started.get(key) === read) started.delete(key);
    abandon.abort();
  };
}

/** The read started for `path` and `cacheDir`, once; undefined when none was (or it found no clone there). */
export function takePrefetched(path: string, cacheDir: string): Promise<ColumnHistory | undefined> {
  const key = keyOf(path, cacheDir);
  const read = started.get(key);
  started.delete(key);
  return read ?? Promise.resolve(undefined);
}

function keyOf(path: string, cacheDir: string): string {
  return JSON.stringify([path, cacheDir]);
}
