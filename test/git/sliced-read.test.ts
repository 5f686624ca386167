import { afterAll, describe, expect, it } from 'vitest';
import { readListed } from '../../src/ingest/git/listed-log.js';
import { newLogFormat } from '../../src/ingest/git/log-format.js';
import { readColumns, readHistory } from '../../src/ingest/git/read-history.js';
import { ANA, BO, FixtureRepo } from './fixture-repo.js';

const repos: FixtureRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.remove()));

// Branches, a merge, a rename and a tag-only line: every ref is read, as mine's --all does.
function branchyRepo(): FixtureRepo {
  const repo = new FixtureRepo();
  repos.push(repo);
  for (let day = 1; day <= 6; day++) repo.commit(day % 2 ? ANA : BO, `2024-02-0${day}`, { [`src/f${day % 3}.txt`]: String(day) });
  repo.git('checkout', '-q', '-b', 'topic');
  repo.commit(BO, '2024-02-07', { 'src/topic.txt': 'a' });
  repo.commit(BO, '2024-02-08', { 'src/f1.txt': null, 'lib/f1.txt': '4' });
  repo.git('checkout', '-q', 'main');
  repo.commit(ANA, '2024-02-09', { 'docs/readme.md': 'b' });
  repo.merge(ANA, '2024-02-10', 'topic');
  repo.git('checkout', '-q', '-b', 'side', 'HEAD~3');
  repo.commit(BO, '2024-02-11', { 'side.txt': 'c' });
  repo.git('tag', 'side-tip');
  repo.git('checkout', '-q', 'main');
  repo.git('branch', '-D', 'side');
  for (let day = 12; day <= 19; day++) repo.commit(day % 3 ? ANA : BO, `2024-02-${day}`, { [`src/g${day % 4}.txt`]: String(day) });
  return repo;
}

describe('a range listed by git rev-list and diffed in slices', () => {
  const repo = branchyRepo();
  const cases = [
    { detail: 'names', renames: false, revisions: ['--all'] },
    { detail: 'names', renames: true, revisions: ['HEAD'] },
    { detail: 'numstat', renames: true, revisions: ['--all'] },
  ] as const;

  it.each(cases)('gives what one git log gives, commit for commit and in order ($detail, renames $renames, $revisions)', async (options) => {
    const whole = await readHistory(repo.path, { ...options, jobs: 1 });
    expect(whole.commits.length).toBeGreaterThan(15);
    for (const [jobs, chunkCommits] of [[2, 2], [3, 5], [2, 1000]] as const) {
      const sliced = await readHistory(repo.path, { ...options, jobs, chunkCommits });
      expect(sliced.commits).toEqual(whole.commits);
      expect(sliced.commitsRead).toBe(whole.commits.length);
      expect(sliced.isComplete).toBe(true);
      expect(sliced.diagnostics).toEqual(whole.diagnostics);
      expect((await readColumns(repo.path, { ...options, jobs, chunkCommits })).columns).toEqual((await readColumns(repo.path, { ...options, jobs: 1 })).columns);
    }
  });

  it('lists the commits once and gives each git process one slice of the list, in log order', async () => {
    const whole = await readHistory(repo.path, { detail: 'names', revisions: ['--all'], jobs: 1 });
    const bySlice: string[][] = [];
    const read = await readListed(repo.path, newLogFormat('names', false), { revisions: ['--all'] }, { jobs: 2, chunkCommits: 4 }, [], (slice) => {
      bySlice[slice] = [];
      return (commit) => bySlice[slice]?.push(commit.hash);
    });
    expect(read.slices.map((slice) => slice.commits?.length)).toEqual([4, 4, 4, 4, whole.commits.length - 16]);
    expect(bySlice.map((hashes) => hashes.length)).toEqual(read.slices.map((slice) => slice.commits?.length));
    expect(bySlice.flat()).toEqual(whole.commits.map((commit) => commit.hash));
    expect(read.isComplete).toBe(true);
  });

  it('an unknown revision stops the listing with an error diagnostic, as it stops git log', async () => {
    const sliced = await readHistory(repo.path, { detail: 'names', revisions: ['no-such-branch'], jobs: 2, chunkCommits: 2 });
    expect(sliced.isComplete).toBe(false);
    expect(sliced.commits).toEqual([]);
    expect(sliced.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['git-log-failed']);
  });
});
