import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { revisionArguments, type LogRange } from '../ingest/git/read-log.js';
import { gitText } from '../ingest/git/run-git.js';
import { VERSION } from '../util/version.js';

// Bumped when what a key covers changes, so an older entry is never taken for a newer one.
const ROWS_FORMAT = 2;

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
  // One git process, since a warm run is mostly this: the git directory, whether the clone is shallow (a clone
  // made shallow since must not be served its full history's rows), and every revision resolved to a hash
  // (rev-parse resolves the same arguments rev-list walks; ranges come back as ^hash). Anything unusual (not
  // a repository, no commits, an unknown revision) is no entry: the cold path reads and reports it.
  const probe = await gitText(path, ['rev-parse', '--absolute-git-dir', '--is-shallow-repository', ...revisionArguments(range)]).catch(() => undefined);
  if (probe === undefined || probe.code !== 0) return undefined;
  const [gitDir = '', shallow = '', ...rest] = probe.stdout.split('\n');
  const tips = [...new Set(rest.filter((line) => HASH.test(line)))].sort();
  if (gitDir === '' || tips.length === 0) return undefined;
  const where = JSON.stringify([ROWS_FORMAT, VERSION, await realpath(gitDir), shallow, range.revisions, range.excludeRefs ?? [], options]);
  return { file: join(cacheDir, 'mine-rows', `${digest(where)}.out`), key: digest(JSON.stringify([where, tips])) };
}

// rev-parse echoes what is not a revision (`--end-of-options`); only object names, excluded ones with ^, count.
const HASH = /^\^?[0-9a-f]{40,64}$/;

/**
 * The kept output, as UTF-8 bytes in pieces, when the entry holds it for these tips; else undefined. The pieces
 * are lent: each is a view of one buffer that the next piece overwrites, so whoever takes one must be done with
 * it (written, decoded or copied) before asking for the next.
 */
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
export function* keepingRows(entry: RowsEntry, pieces: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  mkdirSync(join(entry.file, '..'), { recursive: true });
  const temporary = `${entry.file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  let isDone = false;
  try {
    writeSync(fd, `${entry.key}\n`);
    for (const piece of pieces) {
      if (typeof piece === 'string') writeSync(fd, piece);
      else writeSync(fd, piece);
      yield piece;
    }
    isDone = true;
  } finally {
    closeSync(fd);
    if (isDone) renameSync(temporary, entry.file);
    else rmSync(temporary, { force: true });
  }
}

// Bytes, not text: decoding 20 MB of rows only to encode them again for stdout was most of a warm run. One
// buffer for every piece: a fresh megabyte per piece cost more in page faults and GC (60 ms for 22 MB) than
// reading the file itself.
function* piecesOf(fd: number, offset: number): Generator<Uint8Array> {
  let position = offset;
  const buffer = Buffer.allocUnsafe(1 << 20);
  try {
    for (;;) {
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
