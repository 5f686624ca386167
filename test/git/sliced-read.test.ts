import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readListed, type ListedRead } from '../../src/ingest/git/listed-log.js';
import { newLogFormat } from '../../src/ingest/git/log-format.js';
import { readColumns, readHistory } from '../../src/ingest/git/read-history.js';
import type { GitCommit, GitDiagnostic } from '../../src/ingest/git/types.js';
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

class Hashes {
  readonly commits: GitCommit[] = [];
  add(commit: GitCommit): void {
    this.commits.push(commit);
  }
}

// A git that runs `changed` (a shell command on "$@") when `arg` is among its arguments, and itself otherwise.
function gitChanging(arg: string, changed: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'teamfit-git-'));
  const script = join(dir, 'git');
  writeFileSync(script, `#!/bin/sh\nfor arg; do if [ "$arg" = ${arg} ]; then ${changed}; exit; fi; done\nexec git "$@"\n`);
  chmodSync(script, 0o755);
  return script;
}

// Reads the range held back and shared from the first commit on, with TEAMFIT_GIT set to `git`.
async function readWithGit(path: string, git: string): Promise<ListedRead<Hashes>> {
  const previous = process.env['TEAMFIT_GIT'];
  process.env['TEAMFIT_GIT'] = git;
  try {
    return await readListed(path, newLogFormat('names', false), { revisions: ['--all'] }, { jobs: 2, minShare: 2, isHeadHeldBack: true }, [], () => new Hashes());
  } finally {
    if (previous === undefined) delete process.env['TEAMFIT_GIT'];
    else process.env['TEAMFIT_GIT'] = previous;
  }
}

describe('a range read by one git log from the top while others take the oldest commits of its git rev-list', () => {
  const repo = branchyRepo();
  const cases = [
    { detail: 'names', renames: false, revisions: ['--all'] },
    { detail: 'names', renames: true, revisions: ['HEAD'] },
    { detail: 'numstat', renames: true, revisions: ['--all'] },
  ] as const;

  it.each(cases)('gives what one git log gives, commit for commit and in order ($detail, renames $renames, $revisions)', async (options) => {
    const whole = await readHistory(repo.path, { ...options, jobs: 1 });
    expect(whole.commits.length).toBeGreaterThan(15);
    for (const [jobs, minShare] of [[2, 2], [3, 3], [2, 1000]] as const) {
      const sliced = await readHistory(repo.path, { ...options, jobs, minShare });
      expect(sliced.commits).toEqual(whole.commits);
      expect(sliced.commitsRead).toBe(whole.commits.length);
      expect(sliced.isComplete).toBe(true);
      expect(sliced.diagnostics).toEqual(whole.diagnostics);
      expect((await readColumns(repo.path, { ...options, jobs, minShare })).columns).toEqual((await readColumns(repo.path, { ...options, jobs: 1 })).columns);
    }
    // Held back until the list is complete, the first process surely shares the history.
    for (const jobs of [2, 3]) {
      const diagnostics: GitDiagnostic[] = [];
      const read = await readListed(repo.path, newLogFormat(options.detail, options.renames), { revisions: options.revisions }, { jobs, minShare: 2, isHeadHeldBack: true }, diagnostics, () => new Hashes());
      expect(read.parts.length).toBeGreaterThanOrEqual(jobs);
      expect(read.parts.flatMap((part) => part.commits)).toEqual(whole.commits);
      expect(read.commitsRead).toBe(whole.commits.length);
      expect(diagnostics).toEqual(whole.diagnostics);
    }
  });

  it('stops the first process where the oldest share begins and reads no commit twice', async () => {
    const whole = await readHistory(repo.path, { detail: 'names', revisions: ['--all'], jobs: 1 });
    const read = await readListed(repo.path, newLogFormat('names', false), { revisions: ['--all'] }, { jobs: 2, minShare: 4, isHeadHeldBack: true }, [], () => new Hashes());
    const sizes = read.parts.map((part) => part.commits.length);
    // The helper took the older half first, then half of what was left whenever it was done.
    expect(sizes.at(-1)).toBe(Math.floor(whole.commits.length / 2));
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(whole.commits.length);
    expect(read.slices.map((slice) => slice.commits?.length)).toEqual(sizes);
    expect(read.parts.flatMap((part) => part.commits.map((commit) => commit.hash))).toEqual(whole.commits.map((commit) => commit.hash));
    expect(read.isComplete).toBe(true);
  });

  it('reads the whole range with one process when git rev-list lists it in another order', async () => {
    const whole = await readHistory(repo.path, { detail: 'names', revisions: ['--all'], jobs: 1 });
    // rev-list printing the range oldest first: the first process's order no longer matches it.
    const read = await readWithGit(repo.path, gitChanging('rev-list', 'git "$@" | tac'));
    expect(read.parts.flatMap((part) => part.commits)).toEqual(whole.commits);
    expect(read.slices).toEqual([{ revisions: ['--all'] }]);
  });

  it('reads the whole range again when a share comes back short though git said it was read', async () => {
    const whole = await readHistory(repo.path, { detail: 'names', revisions: ['--all'], jobs: 1 });
    // A log over listed commits that reads none of them and still exits 0.
    const read = await readWithGit(repo.path, gitChanging('--stdin', 'git "$@" < /dev/null'));
    expect(read.parts.flatMap((part) => part.commits)).toEqual(whole.commits);
    expect(read.isComplete).toBe(true);
  });

  it('an unknown revision stops the listing with an error diagnostic, as it stops git log', async () => {
    const sliced = await readHistory(repo.path, { detail: 'names', revisions: ['no-such-branch'], jobs: 2, minShare: 1 });
    expect(sliced.isComplete).toBe(false);
    expect(sliced.commits).toEqual([]);
    expect(sliced.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['git-log-failed']);
  });
});
