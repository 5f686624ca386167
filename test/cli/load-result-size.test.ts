import { constants } from 'node:buffer';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadResult } from '../../src/cli/load-result.js';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('report --from a result too large for one string', () => {
  it('is a usage error that says so, before reading it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'teamfit-load-'));
    temps.push(dir);
    const file = path.join(dir, 'result.json');
    await writeFile(file, '');
    // Sparse: the size is there without the bytes, and the check must not read them.
    await truncate(file, constants.MAX_STRING_LENGTH + 1);
    const limit = constants.MAX_STRING_LENGTH;
    await expect(loadResult('result.json', dir)).rejects.toThrow(`result.json: too large to read back (${limit + 1} bytes; a saved result can be at most ${limit}, about 512 MiB)`);
  });
});
