import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoundedSync } from '../../src/ingest/read-bounded.js';
import { tempDir } from './helpers.js';

describe('readBoundedSync', () => {
  it('reads a file whole, whether it is the size stat said, smaller, or grew since', async () => {
    const file = path.join(await tempDir(), 'c.yaml');
    const text = 'x'.repeat(200_000);
    await writeFile(file, text);
    for (const expected of [200_000, 10, 0, 500_000]) {
      const read = readBoundedSync(file, 1_000_000, expected);
      expect(read.ok && read.bytes.toString('utf8')).toBe(text);
    }
  });

  it('stops past the limit, even when stat said the file was small', async () => {
    const file = path.join(await tempDir(), 'big.yaml');
    await writeFile(file, 'y'.repeat(300_000));
    expect(readBoundedSync(file, 100_000, 1_000)).toEqual({ ok: false, tooLarge: true });
    expect(readBoundedSync(file, 300_000, 300_000).ok).toBe(true);
    expect(readBoundedSync(file, 299_999, 300_000)).toEqual({ ok: false, tooLarge: true });
  });

  it('reads an empty file', async () => {
    const file = path.join(await tempDir(), 'empty.yaml');
    await writeFile(file, '');
    const read = readBoundedSync(file, 10, 0);
    expect(read.ok && read.bytes.length).toBe(0);
  });
});
