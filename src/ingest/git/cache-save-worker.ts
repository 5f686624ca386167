import { parentPort } from 'node:worker_threads';
import { CommitCache } from './cache-store.js';
import type { CommitColumns } from './commit-columns.js';
import { loadSqliteDriver } from './sqlite-driver.js';

/** What the reading thread hands over: one `CommitCache.save`, in the cache folder. */
export interface SaveRequest {
  cacheDir: string;
  key: string;
  tips: readonly string[];
  columns: CommitColumns;
  base?: readonly string[];
}

/** The error as the reading thread needs it to tell the cache's own problems from a bug. */
export type SaveReply = { saved: true } | { error: { name: string; message: string; code?: string } };

parentPort?.once('message', (request: SaveRequest) => {
  void save(request).then((reply) => parentPort?.postMessage(reply));
});

async function save(request: SaveRequest): Promise<SaveReply> {
  let cache: CommitCache | undefined;
  try {
    const driver = await loadSqliteDriver();
    if ('reason' in driver) throw new Error(driver.reason);
    cache = new CommitCache(request.cacheDir, driver.Database);
    cache.save(request.key, request.tips, request.columns, request.base);
    return { saved: true };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    const code = 'code' in failure && typeof failure.code === 'string' ? failure.code : undefined;
    return { error: { name: failure.name, message: failure.message, ...(code !== undefined ? { code } : {}) } };
  } finally {
    cache?.close();
  }
}
