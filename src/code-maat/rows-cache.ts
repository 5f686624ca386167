import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { revisionArguments, type LogRange } from '../ingest/git/read-log.js';
import { inspectRepository } from '../ingest/git/repository.js';
import { gitText } from '../ingest/git/run-git.js';
import { VERSION } from '../util/version.js';

// Bumped when what a key covers changes, so an older entry is never taken for a newer one.
const ROWS_FORMAT = 1;

/** Where one `mine` output is kept, and the key it must match: the range's tips and every option that shapes it. */
export interface RowsEntry {
  file: string;
  key: string;
}

/**
 * The entry for mining `path` over `range` with `options` (analyses, parameters, filter, grouping, format,
 * rows, the day the age analysis counts from: everything the output depends on besides the history). One
 * file per repository, range and options, holding the tips it was made from: a moved tip overwrites it, so
 * the folder holds one output per way of mining each repository. Undefined when the tips cannot be resolved.
 */
export async function rowsEntry(cacheDir: string, path: string, range: LogRange, options: unknown): Promise<RowsEntry | undefined> {
  // Side by side: a warm run is mostly these few git processes.
  const [repository, resolved] = await Promise.all([inspectRepository(path, []), gitText(path, ['rev-list', '--no-walk', ...revisionArguments(range)]).catch(() => undefined)]);
  if (repository === undefined || !repository.hasCommits || resolved === undefined || resolved.code !== 0) return undefined;
  const tips = [...new Set(resolved.stdout.split('\n').filter((line) => line !== ''))].sort();
  const where = JSON.stringify([ROWS_FORMAT, VERSION, repository.gitDir, range.revisions, range.excludeRefs ?? [], options]);
  return { file: join(cacheDir, 'mine-rows', `${digest(where)}.out`), key: digest(JSON.stringify([where, tips])) };
}

/** The kept output, as UTF-8 bytes in pieces, when the entry holds it for these tips; else undefined. */
export function keptRows(entry: RowsEntry): Iterable<Uint8Array> | undefined {
  if (!existsSync(entry.file)) return undefined;
  const fd = openSync(entry.file, 'r');
  const head = Buffer.alloc(65);
  const isCurrent = readSync(fd, head, 0, 65, 0) === 65 && head.toString('latin1') === `${entry.key}\n`;
  if (!isCurrent) {
    closeSync(fd);
    return undefined;
  }
  return piecesOf(fd, 65);
}

/**
 * Hands the pieces on while writing them to the entry (aside, renamed at the end, so a reader never sees
 * half of it). An output that was not consumed to the end (an error, a closed pipe) is not kept.
 */
export function* keepingRows(entry: RowsEntry, pieces: Iterable<string>): Generator<string> {
  mkdirSync(join(entry.file, '..'), { recursive: true });
  const temporary = `${entry.file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  let isDone = false;
  try {
    writeSync(fd, `${entry.key}\n`);
    for (const piece of pieces) {
      writeSync(fd, piece);
      yield piece;
    }
    isDone = true;
  } finally {
    closeSync(fd);
    if (isDone) renameSync(temporary, entry.file);
    else rmSync(temporary, { force: true });
  }
}

// Bytes, not text: decoding 20 MB of rows only to encode them again for stdout was most of a warm run.
function* piecesOf(fd: number, offset: number): Generator<Uint8Array> {
  let position = offset;
  try {
    for (;;) {
      // A fresh buffer per piece: whoever takes a piece may hold on to it.
      const buffer = Buffer.allocUnsafe(1 << 20);
      const read = readSync(fd, buffer, 0, buffer.length, position);
      if (read <= 0) break;
      position += read;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
