import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CommitCache } from '../../src/ingest/git/cache-store.js';
import { readHistoryCached } from '../../src/ingest/git/cached-history.js';
import { readHistory } from '../../src/ingest/git/read-history.js';
import { ANA, BO, FixtureRepo } from './fixture-repo.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((path) => rmSync(path, { recursive: true, force: true })));
function temporary(): string {
  const path = mkdtempSync(join(tmpdir(), 'teamfit-cache-'));
  cleanup.push(path);
  return path;
}

describe('commit cache', () => {
  it('reads only new commits on a second run, and everything again after history is rewritten', async () => {
    const repo = new FixtureRepo();
    cleanup.push(repo.path);
    const cacheDir = temporary();
    for (let day = 1; day <= 3; day++) repo.commit(ANA, `2024-03-0${day}`, { 'a.txt': String(day) });
    const read = () => readHistoryCached(repo.path, { detail: 'names' }, cacheDir);
    const fresh = async () => (await readHistory(repo.path, { detail: 'names' })).commits;

    const cold = await read();
    expect([cold.commitsRead, cold.commits.length]).toEqual([3, 3]);
    const warm = await read();
    expect([warm.commitsRead, warm.commits]).toEqual([0, cold.commits]);

    repo.commit(BO, '2024-03-04', { 'b.txt': 'new' });
    const grown = await read();
    expect([grown.commitsRead, grown.commits]).toEqual([1, await fresh()]);

    repo.git('reset', '-q', '--hard', 'HEAD~2');
    repo.commit(BO, '2024-03-05', { 'c.txt': 'rewritten' });
    const rewritten = await read();
    expect([rewritten.commitsRead, rewritten.commits]).toEqual([3, await fresh()]);
  });

  it('keeps separate entries for names and line counts', async () => {
    const repo = new FixtureRepo();
    cleanup.push(repo.path);
    const cacheDir = temporary();
    repo.commit(ANA, '2024-03-01', { 'a.txt': 'one\ntwo\n' });
    await readHistoryCached(repo.path, { detail: 'names' }, cacheDir);
    const counted = await readHistoryCached(repo.path, { detail: 'numstat' }, cacheDir);
    expect(counted.commits[0]?.files).toEqual([{ path: 'a.txt', added: 2, deleted: 0 }]);
  });

  it('an interrupted write leaves the previous state whole (a child killed mid-transaction)', async () => {
    const cacheDir = temporary();
    const store = new URL('../../dist/ingest/git/cache-store.js', import.meta.url).href;
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { CommitCache } from ${JSON.stringify(store)};
         const cache = new CommitCache(${JSON.stringify(resolve(cacheDir))});
         const batch = (n) => Array.from({ length: 200000 }, (_, i) => ({ hash: n + '-' + i, parents: [], authorName: 'a', authorEmail: 'e', authorDate: '2024-01-01T00:00:00Z', subject: 's', files: [{ path: 'p' + i }] }));
         cache.save('key', ['tip-1'], batch(1), true);
         process.stdout.write('saved 1\\n');
         for (let n = 2; ; n++) cache.save('key', ['tip-' + n], batch(n), true);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((done) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('saved 1') && done()));
    // Give the next transaction time to start writing; wherever the kill lands, the outcome must be whole.
    await new Promise((done) => setTimeout(done, 300));
    child.kill('SIGKILL');
    await new Promise((done) => child.on('close', done));

    const db = new Database(join(cacheDir, 'git-history.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const cache = new CommitCache(cacheDir);
    const range = cache.find('key');
    const commits = range === undefined ? [] : cache.load(range);
    cache.close();
    const tip = range?.tips[0] ?? '';
    expect(commits).toHaveLength(200000);
    expect(commits.every((commit) => commit.hash.startsWith(`${tip.slice(4)}-`))).toBe(true);
  }, 60_000);
});
