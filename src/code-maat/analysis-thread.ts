import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalysesReply, AnalysesRequest } from './analyses-worker.js';
import type { AnalysisName } from './analyses/names.js';

/**
 * The compiled worker next to this module. Under vitest this module is the TypeScript source and no
 * `analyses-worker.js` sits beside it: there is no second thread and every analysis runs in the caller's.
 */
const WORKER_URL = new URL('./analyses-worker.js', import.meta.url);

/**
 * Analyses that use nothing the others compute: they run in a second thread while the main thread runs the
 * ones that share its grouping by entity and author (revisions, authors, effort, ...).
 */
export const OWN_THREAD_ANALYSES: ReadonlySet<AnalysisName> = new Set(['coupling', 'soc', 'age', 'communication']);

/** Below this many change rows a second thread costs more than it saves. */
export const MIN_ROWS_FOR_THREAD = 20_000;

/** A second thread for analyses, started before the history is read so that it is ready when it is needed. */
export interface AnalysisThread {
  /** The analyses' JSON rows, by name; rejects when the thread fails (the caller runs them itself then). */
  run(request: AnalysesRequest): Promise<Map<AnalysisName, Uint8Array>>;
  close(): void;
}

export function startAnalysisThread(workerUrl: URL = WORKER_URL): AnalysisThread | undefined {
  if (!existsSync(fileURLToPath(workerUrl))) return undefined;
  const worker = new Worker(workerUrl);
  // Never what keeps the process alive: an unused thread must not delay the exit.
  worker.unref();
  let failure: Error | undefined;
  worker.on('error', (error) => (failure = error));
  worker.on('exit', (code) => (failure ??= new Error(`the analysis thread exited (${code})`)));
  return {
    run: (request) =>
      new Promise((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        const done = (): void => {
          worker.off('message', settle).off('error', fail).off('exit', exited);
          worker.unref();
        };
        const settle = (reply: AnalysesReply): void => {
          done();
          if ('error' in reply) reject(new Error(reply.error));
          else resolve(new Map(reply.json));
        };
        const fail = (error: Error): void => {
          done();
          reject(error);
        };
        const exited = (code: number): void => fail(new Error(`the analysis thread exited (${code})`));
        worker.on('message', settle).on('error', fail).on('exit', exited);
        // Held while it works: the caller's await alone would not keep the process alive.
        worker.ref();
        worker.postMessage(request);
      }),
    close: () => void worker.terminate(),
  };
}
