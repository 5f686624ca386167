import type { Stats } from 'node:fs';
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

/** What a path is when it is not a regular file or folder, for messages that say why it was not read. */
export function describeFileType(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a directory';
  return 'not a regular file';
}
