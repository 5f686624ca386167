import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SaveReply, SaveRequest } from './cache-save-worker.js';

/**
 * The compiled worker beside this module. Under vitest this module is the TypeScript source and no
 * `cache-save-worker.js` sits beside it: the caller then saves in its own thread.
 */
const WORKER_URL = new URL('./cache-save-worker.js', import.meta.url);

/**
 * Writes the commit cache in a thread of its own, so that `mine`'s analyses run meanwhile on the core git has
 * left free (writing rails' 4 MB of columns into SQLite takes ~0.1 s). Undefined when there is no worker to
 * run; else settles with the error `CommitCache.save` threw there (rebuilt with its name and code), if any.
 */
export function saveInThread(request: SaveRequest, workerUrl: URL = WORKER_URL): Promise<Error | undefined> | undefined {
  if (!existsSync(fileURLToPath(workerUrl))) return undefined;
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl);
    worker.once('message', (reply: SaveReply) => {
      void worker.terminate();
      resolve('error' in reply ? Object.assign(new Error(reply.error.message), { name: reply.error.name }, reply.error.code !== undefined ? { code: reply.error.code } : {}) : undefined);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the commit cache's writer stopped (exit ${code})`)));
    worker.postMessage(request);
  });
}
