import { readColumnsCached } from '../ingest/git/cached-history.js';
import type { ColumnHistory, ReadHistoryOptions } from '../ingest/git/read-history.js';

/** A history reader that keeps parsed commits in `cacheDir`, so a second run reads only new commits. */
export function cachedReader(cacheDir: string): (path: string, options: ReadHistoryOptions) => Promise<ColumnHistory> {
  return (path, options) => readColumnsCached(path, options, cacheDir);
}
