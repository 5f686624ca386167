import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CommitCache } from '../../src/ingest/git/cache-store.js';
import { readColumnsCached } from '../../src/ingest/git/cached-history.js';
import { readColumns } from '../../src/ingest/git/read-history.js';
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
    const read = () => readColumnsCached(repo.path, { detail: 'names' }, cacheDir);
    const fresh = async () => (await readColumns(repo.path, { detail: 'names' })).columns;

    const cold = await read();
    expect([cold.commitsRead, cold.columns.person.length]).toEqual([3, 3]);
    const warm = await read();
    expect([warm.commitsRead, warm.columns]).toEqual([0, cold.columns]);

    repo.commit(BO, '2024-03-04', { 'b.txt': 'new' });
    const grown = await read();
    expect([grown.commitsRead, grown.columns]).toEqual([1, await fresh()]);
    expect((await read()).columns).toEqual(await fresh());

    repo.git('reset', '-q', '--hard', 'HEAD~2');
    repo.commit(BO, '2024-03-05', { 'c.txt': 'rewritten' });
    const rewritten = await read();
    expect([rewritten.commitsRead, rewritten.columns]).toEqual([3, await fresh()]);
  });

  it('joins many small runs into one segment and still gives the whole history', async () => {
    const repo = new FixtureRepo();
    cleanup.push(repo.path);
    const cacheDir = temporary();
    for (let run = 1; run <= 20; run++) {
      repo.commit(run % 2 ? ANA : BO, `2024-04-${String(run).padStart(2, '0')}`, { [`f${run % 4}.txt`]: String(run) });
      expect((await readColumnsCached(repo.path, { detail: 'names' }, cacheDir)).commitsRead).toBe(1);
    }
    const db = new Database(join(cacheDir, 'git-history.sqlite'), { readonly: true });
    const segments = db.prepare('SELECT COUNT(*) AS count FROM segments').get() as { count: number };
    db.close();
    expect(segments.count).toBeLessThanOrEqual(16);
    expect((await readColumnsCached(repo.path, { detail: 'names' }, cacheDir)).columns).toEqual((await readColumns(repo.path, { detail: 'names' })).columns);
  });

  it('drops a cache of an older format instead of misreading it', async () => {
    const repo = new FixtureRepo();
    cleanup.push(repo.path);
    const cacheDir = temporary();
    repo.commit(ANA, '2024-03-01', { 'a.txt': 'one\n' });
    const old = new Database(join(cacheDir, 'git-history.sqlite'));
    old.exec("CREATE TABLE ranges (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, tips TEXT NOT NULL); CREATE TABLE chunks (range_id INTEGER, seq INTEGER, commits TEXT);");
    old.close();
    const read = await readColumnsCached(repo.path, { detail: 'names' }, cacheDir);
    expect([read.commitsRead, read.columns.paths]).toEqual([1, ['a.txt']]);
  });

  it('an unusable cache costs a full read and a warning, never the run', async () => {
    const repo = new FixtureRepo();
    cleanup.push(repo.path);
    repo.commit(ANA, '2024-03-01', { 'a.txt': 'one\n' });
    repo.commit(BO, '2024-03-02', { 'b.txt': 'two\n' });
    const fresh = (await readColumns(repo.path, { detail: 'names' })).columns;
    const notADirectory = join(temporary(), 'file');
    writeFileSync(notADirectory, 'x');
    const notADatabase = temporary();
    writeFileSync(join(notADatabase, 'git-history.sqlite'), 'this is not a database, only text '.repeat(100));
    const damaged = temporary();
    await readColumnsCached(repo.path, { detail: 'names' }, damaged);
    const db = new Database(join(damaged, 'git-history.sqlite'));
    db.prepare('UPDATE segments SET data = ?').run(Buffer.from([1, 2, 3]));
    db.close();
    for (const cacheDir of [notADirectory, notADatabase, damaged]) {
      const read = await readColumnsCached(repo.path, { detail: 'names' }, cacheDir);
      expect(read.columns).toEqual(fresh);
      expect(read.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'git-cache-unusable', message: expect.stringContaining(cacheDir) })]);
    }
  });

  it('keeps separate entries for names and line counts', async () => {
    const repo = new FixtureRepo();
    cleanup.push(repo.path);
    const cacheDir = temporary();
    repo.commit(ANA, '2024-03-01', { 'a.txt': 'one\ntwo\n' });
    await readColumnsCached(repo.path, { detail: 'names' }, cacheDir);
    const counted = await readColumnsCached(repo.path, { detail: 'numstat' }, cacheDir);
    expect([counted.commitsRead, counted.columns.hasCounts, [...counted.columns.added], [...counted.columns.deleted]]).toEqual([1, true, [2], [0]]);
  });

  it('an interrupted write leaves the previous state whole (a child killed mid-transaction)', async () => {
    const cacheDir = temporary();
    const store = new URL('../../dist/ingest/git/cache-store.js', import.meta.url).href;
    const columns = new URL('../../dist/ingest/git/commit-columns.js', import.meta.url).href;
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import Database from 'better-sqlite3';
         import { CommitCache } from ${JSON.stringify(store)};
         import { CommitColumnsBuilder } from ${JSON.stringify(columns)};
         const cache = new CommitCache(${JSON.stringify(resolve(cacheDir))}, Database);
         const batch = (n) => {
           const builder = new CommitColumnsBuilder();
           for (let i = 0; i < 200000; i++) builder.add({ hash: '', parents: [], authorName: 'run-' + n, authorEmail: 'e', authorDate: '2024-01-01T00:00:00Z', subject: 's', files: [{ path: 'p' + (i % 5000) }] });
           return builder.build();
         };
         cache.save('key', ['tip-1'], batch(1));
         process.stdout.write('saved 1\\n');
         for (let n = 2; ; n++) cache.save('key', ['tip-' + n], batch(n));`,
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
    const cache = new CommitCache(cacheDir, Database);
    const range = cache.find('key');
    const loaded = range === undefined ? undefined : cache.load(range);
    cache.close();
    const tip = range?.tips[0] ?? '';
    // Whole: one run's commits, all of them, by the author of the run its tip names.
    expect(loaded?.person.length).toBe(200000);
    expect(loaded?.names).toEqual([`run-${tip.slice(4)}`]);
  }, 60_000);
});
