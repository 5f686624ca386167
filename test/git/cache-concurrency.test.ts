import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { CommitCache } from '../../src/ingest/git/cache-store.js';
import { CommitColumnsBuilder } from '../../src/ingest/git/commit-columns.js';
import { runTeamfit, temporaryDirectory } from '../cli/run-teamfit.js';
import { ANA, BO, CY, FixtureRepo } from './fixture-repo.js';

const repo = new FixtureRepo();
afterAll(() => repo.remove());

const PROCESSES = 3;

async function commitCount(cacheDir: string): Promise<number> {
  const run = await runTeamfit(['mine', repo.path, '--analysis', 'summary', '--format', 'json', '--cache-dir', cacheDir]);
  expect([run.code, run.stderr]).toEqual([0, '']);
  const rows = JSON.parse(run.stdout) as { statistic: string; value: number }[];
  return rows.find((row) => row.statistic === 'number-of-commits')?.value ?? -1;
}

function commits(author: string, count: number) {
  const builder = new CommitColumnsBuilder();
  for (let i = 0; i < count; i++) builder.add({ hash: '', parents: [], authorName: author, authorEmail: 'e', authorDate: '2024-01-01T00:00:00Z', subject: 's', files: [{ path: `p${i}` }] });
  return builder.build();
}

describe('commit cache shared by concurrent runs', () => {
  it('adds new commits only onto the tips they were read from: a second writer of the same range is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teamfit-cache-'));
    const first = new CommitCache(dir, Database);
    const second = new CommitCache(dir, Database);
    expect(first.save('key', ['t1'], commits('old', 3))).toBe(true);
    // Both runs found t1 cached and read t1..t2; only the first to write records it.
    expect(first.save('key', ['t2'], commits('new', 2), ['t1'])).toBe(true);
    expect(second.save('key', ['t2'], commits('new', 2), ['t1'])).toBe(false);
    // A run that read t1..t3 from t1 while t2 was being recorded does not stack onto t2 either.
    expect(second.save('key', ['t3'], commits('newer', 4), ['t1'])).toBe(false);
    const snapshot = second.snapshot('key');
    expect([snapshot?.range.tips, snapshot?.columns.person.length]).toEqual([['t2'], 5]);
    first.close();
    second.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stays exact when several processes read the same new commits at once', async () => {
    const cacheDir = await temporaryDirectory();
    const authors = [ANA, BO, CY];
    let day = 0;
    const grow = (count: number) => {
      for (let i = 0; i < count; i++, day++) repo.commit(authors[day % 3]!, `2024-05-${String(1 + (day % 28)).padStart(2, '0')}`, { [`f${day % 7}.txt`]: String(day) });
    };
    grow(5);
    for (let round = 0; round < 3; round++) {
      // Every round: new commits, then several runs at once that all find them new.
      grow(5);
      const counts = await Promise.all(Array.from({ length: PROCESSES }, () => commitCount(cacheDir)));
      const expected = Number(repo.git('rev-list', '--count', 'HEAD').trim());
      expect(counts).toEqual(Array.from({ length: PROCESSES }, () => expected));
      expect(await commitCount(cacheDir)).toBe(expected);
    }
    rmSync(cacheDir, { recursive: true, force: true });
  }, 240_000);
});
