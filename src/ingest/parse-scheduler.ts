import os from 'node:os';
import { parseCatalogFile, type FileParse } from './parse-file.js';
import { ParsePool, type PoolTask } from './parse-pool.js';
import { readBoundedSync } from './read-bounded.js';

/** A file that grew past the cap between being measured and being read. */
export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
}

/** Below either, starting a thread (~0.15 s of CPU to load the parser and zod) costs more than it saves. */
export const POOL_MIN_FILES = 20;
export const POOL_MIN_BYTES = 1024 * 1024;
const DEFAULT_THREADS = 2;

/** One file the reader has decided to read: its path as reached, its realpath, its display name, its size. */
export interface ParseSource {
  abs: string;
  real: string;
  file: string;
  size: number;
}

/** How many threads parse, and whether only when the input is big enough to repay starting them. */
export interface ThreadPlan {
  threads: number;
  always: boolean;
}

/**
 * `requested` threads (the calling one included) for any input; when not given, TEAMFIT_PARSE_THREADS or 2,
 * never more than the machine's cores, and only for inputs of POOL_MIN_FILES and POOL_MIN_BYTES.
 */
export function planThreads(requested?: number): ThreadPlan {
  if (requested !== undefined && Number.isFinite(requested)) return { threads: Math.max(1, Math.floor(requested)), always: true };
  const fromEnv = Number.parseInt(process.env['TEAMFIT_PARSE_THREADS'] ?? '', 10);
  const wanted = Number.isFinite(fromEnv) ? fromEnv : DEFAULT_THREADS;
  return { threads: Math.max(1, Math.min(wanted, os.availableParallelism())), always: false };
}

/**
 * Parses files ahead of the reader. The reader announces the files it will read (`expect`) and then asks
 * for them one by one in its own order (`parse`), so what it outputs is the same with or without threads;
 * threads only change when and where the parsing happens. Worker threads start once enough work has been
 * announced; the calling thread parses whatever file it needs next that no worker has started.
 */
export class ParseScheduler {
  private pool: ParsePool | undefined;
  private poolDecided = false;
  private readonly ahead = new Map<string, Promise<FileParse | undefined>>();
  private readonly tasks = new Map<string, PoolTask>();
  private readonly announced = new Set<string>();
  /** Sizes by realpath, for files this thread takes over from the queue. */
  private readonly sizes = new Map<string, number>();
  /** Files whose parse has settled, seen by any later turn of the event loop. */
  private readonly finished = new Set<string>();
  private files = 0;
  private bytes = 0;

  constructor(private readonly plan: ThreadPlan) {}

  /** Files the reader will ask for soon, in the order it will ask. */
  expect(sources: readonly ParseSource[]): void {
    for (const source of sources) {
      // A Location often lists files the scan already announced; they are not more work.
      if (this.announced.has(source.abs)) continue;
      this.announced.add(source.abs);
      this.files += 1;
      this.bytes += source.size;
    }
    const { threads, always } = this.plan;
    if (!this.poolDecided && threads >= 2 && this.files > 0 && (always || (this.files >= POOL_MIN_FILES && this.bytes >= POOL_MIN_BYTES))) {
      this.poolDecided = true;
      // This thread is one of the parsing threads.
      this.pool = ParsePool.start(threads - 1);
    }
    const pool = this.pool;
    if (!pool) return;
    const fresh = sources.filter((source) => !this.ahead.has(source.abs));
    const tasks = pool.parse(fresh.map((source) => ({ path: source.real, file: source.file })));
    fresh.forEach((source, i) => {
      const task = tasks[i];
      if (!task) return;
      this.tasks.set(source.abs, task);
      this.sizes.set(source.real, source.size);
      // A failed thread means "parse it here", never an error of its own.
      this.ahead.set(
        source.abs,
        task.result.catch(() => undefined).finally(() => this.finished.add(source.abs)),
      );
    });
  }

  /**
   * The parse of one file: the one a thread made or is making, else one made now in this thread (which
   * parses too, rather than wait for a thread to reach the file).
   */
  async parse(source: ParseSource, limit: number): Promise<FileParse> {
    const task = this.tasks.get(source.abs);
    const ahead = this.ahead.get(source.abs);
    this.tasks.delete(source.abs);
    this.ahead.delete(source.abs);
    if (task?.steal() === false && ahead !== undefined) {
      const parsed = await this.whileWaiting(source.abs, ahead, limit);
      if (parsed !== undefined) return parsed;
    }
    const read = readBoundedSync(source.real, limit, source.size);
    if (!read.ok) throw new FileTooLargeError(source.file);
    const parsed = parseCatalogFile(read.bytes, source.file);
    // Files are read synchronously: without a turn of the event loop, the threads' replies (and the next
    // file each of them is sent) would wait until this thread has parsed everything it can.
    if (this.pool) await new Promise((resolve) => setImmediate(resolve));
    return parsed;
  }

  /**
   * Waits for a file a thread is parsing, parsing files no thread has started meanwhile (the reader's order,
   * a Location's targets say, need not be the order files were announced in, so the file it needs next may
   * be one a thread took last): this thread is never idle while there is work left.
   */
  private async whileWaiting(abs: string, ahead: Promise<FileParse | undefined>, limit: number): Promise<FileParse | undefined> {
    while (!this.finished.has(abs)) {
      const other = this.pool?.takeOldest();
      if (!other) break;
      try {
        const read = readBoundedSync(other.path, limit, this.sizes.get(other.path) ?? 0);
        if (read.ok) other.resolve(parseCatalogFile(read.bytes, other.file));
        else other.reject(new FileTooLargeError(other.file));
      } catch (error) {
        // Read again when its turn comes, so the error surfaces exactly as it would have.
        other.reject(error instanceof Error ? error : new Error(String(error)));
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.finished.delete(abs);
    return ahead;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
