import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { saveInThread } from '../../src/ingest/git/cache-save-thread.js';
import { CommitCache } from '../../src/ingest/git/cache-store.js';
import { readColumns } from '../../src/ingest/git/read-history.js';
import { ROOT, runTeamfit } from '../cli/run-teamfit.js';
import { ANA, BO, FixtureRepo } from './fixture-repo.js';

// The compiled worker: under vitest the module beside the source is TypeScript, which a worker cannot run.
const WORKER = new URL(`file://${join(ROOT, 'dist/ingest/git/cache-save-worker.js')}`);
const cleanup: string[] = [];
afterAll(() => cleanup.forEach((path) => rmSync(path, { recursive: true, force: true })));

function temporary(): string {
  const dir = mkdtempSync(join(tmpdir(), 'teamfit-save-thread-'));
  cleanup.push(dir);
  return dir;
}

function history(): FixtureRepo {
  const repo = new FixtureRepo();
  cleanup.push(repo.path);
  repo.commit(ANA, '2024-03-01', { 'a.txt': 'one\n', 'b.txt': 'one\n' });
  repo.commit(BO, '2024-03-02', { 'b.txt': 'two\n' });
  return repo;
}

describe('writing the commit cache in a thread of its own', () => {
  it('records what the reading thread would have recorded', async () => {
    const { columns } = await readColumns(history().path, { detail: 'names' });
    const cacheDir = temporary();
    expect(await saveInThread({ cacheDir, key: 'range', tips: ['b', 'a'], columns }, WORKER)).toBeUndefined();
    const cache = new CommitCache(cacheDir, Database);
    try {
      expect(cache.snapshot('range')).toEqual({ range: { id: expect.any(Number), tips: ['b', 'a'] }, columns: { ...columns } });
    } finally {
      cache.close();
    }
  });

  it('hands back what went wrong there, with its code, for the caller to tell a cache problem from a bug', async () => {
    const { columns } = await readColumns(history().path, { detail: 'names' });
    const notAFolder = join(temporary(), 'file');
    writeFileSync(notAFolder, 'not a folder');
    const error = await saveInThread({ cacheDir: join(notAFolder, 'cache'), key: 'range', tips: ['a'], columns }, WORKER);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'ENOTDIR' });
  });

  it('is not there when no compiled worker is: the caller saves itself', () => {
    const missing = new URL(`file://${join(temporary(), 'no-worker.js')}`);
    expect(saveInThread({ cacheDir: temporary(), key: 'range', tips: [], columns: { paths: [] } as never }, missing)).toBeUndefined();
  });

  it('mine (the built binary) writes it beside its analyses, and a second run takes it', async () => {
    const repo = history();
    const cacheDir = temporary();
    const args = ['mine', repo.path, '--analysis', 'revisions', '--cache-dir', cacheDir, '--format', 'json'];
    const cold = await runTeamfit(args);
    expect([cold.code, cold.stderr]).toEqual([0, '']);
    const database = new Database(join(cacheDir, 'git-history.sqlite'), { readonly: true });
    try {
      const segments = database.prepare<[], { header: string }>('SELECT header FROM segments').all();
      expect(segments.map((segment) => (JSON.parse(segment.header) as { commits: number }).commits)).toEqual([2]);
    } finally {
      database.close();
    }
    rmSync(join(cacheDir, 'mine-rows'), { recursive: true, force: true });
    expect(await runTeamfit(args)).toEqual(cold);
  });
});
