import { prefetchHeadHistory } from './ingest/git/prefetch.js';

/**
 * Starts reading the history of the clone at `path` (absolute) through the commit cache in `cacheDir`, for a
 * caller that knows the clone before `analyze()` gets to it (the CLI, from its command line): git runs while
 * the caller loads and reads the catalog, and `analyze()` with the same clone and `history.cacheDir` takes
 * the read. Returns what calls it off; call it when the analysis is done, so a read it did not take (it
 * failed early, or no component names the clone) stops its git processes. Kept apart from `run.ts` so that
 * starting the read loads nothing but the git reader.
 */
export function readHistoryAhead(path: string, cacheDir: string): () => void {
  return prefetchHeadHistory(path, cacheDir);
}
