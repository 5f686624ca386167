import { readHistoryCached } from '../ingest/git/cached-history.js';
import type { History, ReadHistoryOptions } from '../ingest/git/read-history.js';

/** A history reader that keeps parsed commits in `cacheDir`, so a second run reads only new commits. */
export function cachedReader(cacheDir: string): (path: string, options: ReadHistoryOptions) => Promise<History> {
  return (path, options) => readHistoryCached(path, options, cacheDir);
}
