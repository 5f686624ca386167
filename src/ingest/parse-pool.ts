import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileParse } from './parse-file.js';
import { decodeFileParse, type WireFileParse } from './parse-wire.js';

export interface ParseRequest {
  id: number;
  /** The file's realpath, already checked to lie inside the roots. */
  path: string;
  /** The name diagnostics and positions use. */
  file: string;
}

export type ParseReply = { id: number; parse: WireFileParse } | { id: number; error: string };

/**
 * The compiled worker next to this module. Under vitest this module is the TypeScript source and no
 * `parse-worker.js` sits beside it, so there is no pool and files are parsed in the calling thread.
 */
const WORKER_URL = new URL('./parse-worker.js', import.meta.url);
/** Requests a thread holds at once: the second one hides the round trip between two files. */
const IN_FLIGHT_PER_THREAD = 2;

interface Task extends ParseRequest {
  resolve: (parse: FileParse) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  tasks: Map<number, Task>;
}

export interface PoolTask {
  /** Rejects when the thread fails; the caller then parses the file itself. Never settles once stolen. */
  result: Promise<FileParse>;
  /** Takes the task back if no thread has started it, so the caller can parse it at once itself. */
  steal: () => boolean;
}

/**
 * Worker threads that read and parse catalog files. Threads take the most recently queued task first: the
 * caller reads files in the order it queued them, parsing the next one itself when no thread has started
 * it yet, so the two work from opposite ends and meet in the middle.
 */
export class ParsePool {
  private readonly threads: Thread[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  private constructor(size: number, workerUrl: URL) {
    for (let i = 0; i < size; i++) this.threads.push(this.spawn(workerUrl));
  }

  /** A pool of `size` threads, or undefined when the compiled worker file is missing. */
  static start(size: number, workerUrl: URL = WORKER_URL): ParsePool | undefined {
    return existsSync(fileURLToPath(workerUrl)) ? new ParsePool(size, workerUrl) : undefined;
  }

  /** Queues files as one batch, so the threads start from its end. */
  parse(files: ReadonlyArray<{ path: string; file: string }>): PoolTask[] {
    const tasks = files.map(({ path, file }) => this.queueTask(path, file));
    this.dispatch();
    return tasks;
  }

  private queueTask(path: string, file: string): PoolTask {
    let task: Task | undefined;
    const result = new Promise<FileParse>((resolve, reject) => {
      task = { id: this.nextId++, path, file, resolve, reject };
    });
    if (task === undefined) throw new Error('unreachable: a Promise executor runs synchronously');
    const queued = task;
    this.queue.push(queued);
    // A failure nobody waits for (the file was read another way) is not an unhandled rejection.
    result.catch(() => undefined);
    return { result, steal: () => this.steal(queued) };
  }

  /**
   * Takes the oldest task no thread has started, for the caller to parse itself while it waits for a
   * thread to finish another one; the caller settles it.
   */
  takeOldest(): Pick<Task, 'path' | 'file' | 'resolve' | 'reject'> | undefined {
    return this.queue.shift();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    await Promise.all(this.threads.splice(0).map((thread) => thread.worker.terminate()));
  }

  private spawn(workerUrl: URL): Thread {
    const thread: Thread = { worker: new Worker(workerUrl), tasks: new Map() };
    thread.worker.unref();
    thread.worker.on('message', (reply: ParseReply) => this.settle(thread, reply));
    thread.worker.on('error', (error) => this.retire(thread, error));
    thread.worker.on('messageerror', (error) => this.retire(thread, error));
    thread.worker.on('exit', (code) => this.retire(thread, new Error(`parse thread exited with code ${code}`)));
    return thread;
  }

  private settle(thread: Thread, reply: ParseReply): void {
    const task = thread.tasks.get(reply.id);
    if (!task) return;
    thread.tasks.delete(reply.id);
    if ('error' in reply) task.reject(new Error(reply.error));
    else task.resolve(decodeFileParse(reply.parse, task.file));
    this.dispatch();
  }

  /** A thread that failed takes no more work; what it held, and all work once no thread is left, fails over. */
  private retire(thread: Thread, error: Error): void {
    const index = this.threads.indexOf(thread);
    if (this.closed || index === -1) return;
    this.threads.splice(index, 1);
    void thread.worker.terminate();
    for (const task of thread.tasks.values()) task.reject(error);
    thread.tasks.clear();
    if (this.threads.length === 0) for (const task of this.queue.splice(0)) task.reject(error);
    else this.dispatch();
  }

  private steal(task: Task): boolean {
    const index = this.queue.lastIndexOf(task);
    if (index === -1) return false;
    this.queue.splice(index, 1);
    return true;
  }

  private dispatch(): void {
    for (let round = 0; round < IN_FLIGHT_PER_THREAD; round++) {
      for (const thread of this.threads) {
        if (thread.tasks.size > round) continue;
        const task = this.queue.pop();
        if (!task) return;
        thread.tasks.set(task.id, task);
        const request: ParseRequest = { id: task.id, path: task.path, file: task.file };
        thread.worker.postMessage(request);
      }
    }
  }
}
