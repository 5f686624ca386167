import { closeSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** What a file holds, or that it holds more than the cap (then only the cap and one chunk were read). */
export type BoundedRead = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true };

const CHUNK = 1024 * 1024;

/**
 * Reads a file, a pipe or a device up to `limit` bytes and stops as soon as it passes them: a size from
 * stat says nothing about a pipe, and a file can grow after it was measured.
 */
export async function readBounded(path: string, limit: number): Promise<BoundedRead> {
  const handle = await open(path, 'r');
  try {
    const parts: Buffer[] = [];
    let size = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) return { ok: true, bytes: Buffer.concat(parts, size) };
      size += bytesRead;
      if (size > limit) return { ok: false, tooLarge: true };
      parts.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

/** Reads after the first one (a file that grew since it was measured) go through this one buffer. */
const scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * readBounded for a regular file whose size stat gave, on the calling thread. Reading thousands of catalog
 * files through the thread pool (open, read, read, close: four round trips each, and a fresh 1 MiB buffer
 * per read) left the reader idle for much of a run on a busy machine and fed the garbage collector; a
 * file of known size is read in one call into a buffer of its size, plus one byte to notice growth.
 */
export function readBoundedSync(path: string, limit: number, expectedSize: number): BoundedRead {
  const fd = openSync(path, 'r');
  try {
    const first = Buffer.allocUnsafe(Math.min(expectedSize, limit) + 1);
    let size = readSync(fd, first, 0, first.length, null);
    if (size > limit) return { ok: false, tooLarge: true };
    const parts = [first.subarray(0, size)];
    // A short read of a regular file is its end; a full one means it grew, so read on until it ends.
    if (size === first.length) {
      for (;;) {
        const bytesRead = readSync(fd, scratch, 0, scratch.length, null);
        if (bytesRead === 0) break;
        size += bytesRead;
        if (size > limit) return { ok: false, tooLarge: true };
        parts.push(Buffer.from(scratch.subarray(0, bytesRead)));
      }
    }
    return { ok: true, bytes: parts.length === 1 ? (parts[0] ?? first) : Buffer.concat(parts, size) };
  } finally {
    closeSync(fd);
  }
}

/** What a path is when it is not a regular file or folder, for messages that say why it was not read. */
export function describeFileType(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a directory';
  return 'not a regular file';
}
