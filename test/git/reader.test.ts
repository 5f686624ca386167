import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { logArguments, newLogFormat } from '../../src/ingest/git/log-format.js';
import { CommitColumnsBuilder, joinColumns, type CommitColumns } from '../../src/ingest/git/commit-columns.js';
import { readColumns, readHistory, readRanges } from '../../src/ingest/git/read-history.js';
import { selectCommits } from '../../src/ingest/git/select-commits.js';
import { botMatcher } from '../../src/util/bots.js';
import { ANA, BO, BOT, FixtureRepo } from './fixture-repo.js';
import type { GitCommit } from '../../src/ingest/git/types.js';

const repos: FixtureRepo[] = [];
function fixture(): FixtureRepo {
  const repo = new FixtureRepo();
  repos.push(repo);
  return repo;
}
afterAll(() => repos.forEach((repo) => repo.remove()));

describe('git reader', () => {
  it('reads odd paths exactly: spaces, tabs, newlines, quotes, backslashes, a leading newline, non-ASCII', async () => {
    const repo = fixture();
    const names = ['with space.txt', 'tab\there.txt', 'new\nline.txt', 'quote"d\'.txt', 'back\\slash.txt', '\nleading.txt', 'café/ünï.txt', '→.md'];
    repo.commit(ANA, '2024-01-02', Object.fromEntries(names.map((name) => [name, 'x\n'])));
    const { commits, diagnostics } = await readHistory(repo.path, { detail: 'names' });
    expect(diagnostics).toEqual([]);
    expect(commits[0]?.files.map((file) => file.path).sort()).toEqual([...names].sort());
    const numstat = await readHistory(repo.path, { detail: 'numstat' });
    expect(numstat.commits[0]?.files.map((file) => [file.path, file.added, file.deleted]).sort()).toEqual(names.map((name) => [name, 1, 0]).sort());
  });

  it('keeps non-UTF-8 paths distinct, shown with \\xNN escapes, and reports them', async () => {
    const repo = fixture();
    repo.commitRawName(ANA, '2024-01-02', Buffer.from([0x6c, 0x61, 0x74, 0xe9, 0x2e, 0x74, 0x78, 0x74]), 'a');
    repo.commitRawName(ANA, '2024-01-03', Buffer.from([0x6c, 0x61, 0x74, 0xe8, 0x2e, 0x74, 0x78, 0x74]), 'b');
    const { commits, diagnostics } = await readHistory(repo.path, { detail: 'names' });
    expect(commits.map((commit) => commit.files[0]?.path)).toEqual(['lat\\xe8.txt', 'lat\\xe9.txt']);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['git-path-not-utf8']);
  });

  it('reads a rename as delete and add by default, and as old and new path when asked', async () => {
    const repo = fixture();
    repo.commit(ANA, '2024-01-02', { 'old name.txt': 'one\ntwo\nthree\n' });
    repo.git('mv', 'old name.txt', 'new name.txt');
    repo.commit(ANA, '2024-01-03', {});
    const plain = await readHistory(repo.path, { detail: 'names' });
    expect(plain.commits[0]?.files).toEqual([{ path: 'new name.txt' }, { path: 'old name.txt' }]);
    const renames = await readHistory(repo.path, { detail: 'names', renames: true });
    expect(renames.commits[0]?.files).toEqual([{ path: 'new name.txt', oldPath: 'old name.txt' }]);
    const counted = await readHistory(repo.path, { detail: 'numstat', renames: true });
    expect(counted.commits[0]?.files).toEqual([{ path: 'new name.txt', oldPath: 'old name.txt', added: 0, deleted: 0 }]);
  });

  it('reads parents, .mailmap identities, ISO author dates and subjects', async () => {
    const repo = fixture();
    repo.commit(ANA, '2024-01-02', { '.mailmap': 'Ana Lima <ana@example.com> <ana.old@example.com>\n', 'a.txt': '1' });
    repo.git('checkout', '-q', '-b', 'topic');
    repo.commit({ name: 'ana', email: 'ana.old@example.com' }, '2024-01-03', { 'b.txt': '1' }, 'PAY-12 add b');
    repo.git('checkout', '-q', 'main');
    repo.commit(BO, '2024-01-04', { 'c.txt': '1' });
    repo.merge(BO, '2024-01-05', 'topic');
    const { commits } = await readHistory(repo.path, { detail: 'names' });
    expect(commits[0]?.parents).toHaveLength(2);
    expect(commits[0]?.files).toEqual([]);
    const topic = commits.find((commit) => commit.subject === 'PAY-12 add b');
    expect(topic).toMatchObject({ authorName: 'Ana Lima', authorEmail: 'ana@example.com', authorDate: '2024-01-03T12:00:00+00:00' });
  });

  it('skips merges and separates bots when filtering', async () => {
    const repo = fixture();
    repo.commit(ANA, '2023-01-02', { 'a.txt': '1' });
    repo.commit(BOT, '2024-01-03', { 'package.json': '{}' });
    repo.commit(ANA, '2024-01-04', { 'a.txt': '2' });
    const { commits } = await readHistory(repo.path, { detail: 'names' });
    const selected = selectCommits(commits, { since: '2024-01-01', skipMerges: true, bots: botMatcher() });
    expect(selected.people.map((commit) => commit.authorDate.slice(0, 10))).toEqual(['2024-01-04']);
    expect(selected.botAuthors).toEqual([`${BOT.name} <${BOT.email}>`]);
  });

  it('gives the same commits, in the same order, when a history is read as disjoint ranges in parallel', async () => {
    const repo = fixture();
    for (let day = 1; day <= 9; day++) repo.commit(day % 2 ? ANA : BO, `2024-02-0${day}`, { [`f${day % 3}.txt`]: String(day) });
    const whole = await readHistory(repo.path, { detail: 'names' });
    const ranges = [0, 3, 6].map((skip) => ({ revisions: ['HEAD'], skip, ...(skip < 6 ? { maxCount: 3 } : {}) }));
    const parts = await readRanges(repo.path, { detail: 'names' }, ranges, [], () => {
      const commits: GitCommit[] = [];
      return { commits, add: (commit: GitCommit) => commits.push(commit) };
    });
    expect(parts.parts.flatMap((part) => part.commits)).toEqual(whole.commits);
    expect(parts.commitsRead).toBe(9);
    const columns = await readRanges(repo.path, { detail: 'names' }, ranges, [], () => new CommitColumnsBuilder());
    expect(joinColumns(columns.parts.map((part) => part.build()))).toEqual(columnsOf(whole.commits));
    expect((await readColumns(repo.path, { detail: 'names', jobs: 1 })).columns).toEqual(columnsOf(whole.commits));
    expect(newLogFormat('names', false).marker).not.toEqual(newLogFormat('names', false).marker);
  });
});

describe('git reader diagnostics', () => {
  it('an empty repository: an info diagnostic and no commits', async () => {
    const repo = fixture();
    const history = await readHistory(repo.path, { detail: 'names' });
    expect(history).toMatchObject({ commits: [], isComplete: true });
    expect(history.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['git-empty-repository']);
  });

  it('columns without subjects are read without them, and are otherwise the same', async () => {
    const repo = fixture();
    repo.commit(ANA, '2024-01-02', { 'a.txt': 'one\n' }, 'a subject\n\nwith a body');
    repo.commit(BO, '2024-01-03', {}, 'empty, subject only');
    repo.commit(ANA, '2024-01-04', { 'a.txt': 'two\n', 'b.txt': 'x\n' }, 'last');
    const withSubjects = await readColumns(repo.path, { detail: 'names', subjects: true });
    const without = await readColumns(repo.path, { detail: 'names' });
    expect(withSubjects.columns.subjects).toEqual(['last', 'empty, subject only', 'a subject']);
    expect(without.columns).toEqual({ ...withSubjects.columns, hasSubjects: false, subjects: [] });
    const format = (subjects: boolean) => logArguments(newLogFormat('names', false, subjects)).find((argument) => argument.startsWith('--format=')) ?? '';
    expect([format(true).endsWith('%x00%s'), format(false).includes('%s')]).toEqual([true, false]);
    // Commit objects always have them.
    expect((await readHistory(repo.path, { detail: 'names', subjects: false })).commits.map((commit) => commit.subject)).toEqual(['last', 'empty, subject only', 'a subject']);
  });

  it('not a repository, and no git binary: error diagnostics, no throw', async () => {
    const repo = fixture();
    const inner = join(repo.path, '.git');
    rmSync(inner, { recursive: true });
    const history = await readHistory(repo.path, { detail: 'names' });
    expect(history.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['git-not-a-repository']);
    const saved = process.env.TEAMFIT_GIT;
    process.env.TEAMFIT_GIT = join(repo.path, 'no-such-git');
    try {
      const missing = await readHistory(repo.path, { detail: 'names' });
      expect(missing.diagnostics[0]).toMatchObject({ code: 'git-missing', severity: 'error' });
    } finally {
      if (saved === undefined) delete process.env.TEAMFIT_GIT;
      else process.env.TEAMFIT_GIT = saved;
    }
  });

  it('a shallow clone says where history stops; a bare clone reads the same', async () => {
    const repo = fixture();
    repo.commit(ANA, '2024-01-02', { 'a.txt': '1' });
    repo.commit(BO, '2024-01-03', { 'a.txt': '2' });
    repo.commit(ANA, '2024-01-04', { 'a.txt': '3' });
    const shallow = fixture();
    rmSync(shallow.path, { recursive: true });
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.path}`, shallow.path]);
    const history = await readHistory(shallow.path, { detail: 'names' });
    expect(history.commits).toHaveLength(2);
    expect(history.diagnostics[0]).toMatchObject({ code: 'git-shallow-clone', severity: 'warning' });
    expect(history.diagnostics[0]?.message).toMatch(/history truncated at [0-9a-f]+ 2024-01-03/);
    const bare = `${shallow.path}-bare.git`;
    execFileSync('git', ['clone', '-q', '--bare', repo.path, bare]);
    const fromBare = await readHistory(bare, { detail: 'names' });
    rmSync(bare, { recursive: true });
    expect(fromBare.commits.map((commit) => commit.hash)).toEqual((await readHistory(repo.path, { detail: 'names' })).commits.map((commit) => commit.hash));
  });

  it('an unreadable object: the commits read so far and an error diagnostic with git\'s message', async () => {
    const repo = fixture();
    repo.commit(ANA, '2024-01-02', { 'a.txt': 'one\n' });
    repo.commit(ANA, '2024-01-03', { 'a.txt': 'two\n' });
    const blob = repo.git('rev-parse', 'HEAD~1:a.txt').trim();
    rmSync(join(repo.path, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const history = await readHistory(repo.path, { detail: 'numstat' });
    expect(history.isComplete).toBe(false);
    expect(history.diagnostics.find((diagnostic) => diagnostic.code === 'git-log-failed')?.message).toMatch(/unable to read|bad object|missing/);
  });
});

function columnsOf(commits: readonly GitCommit[]): CommitColumns {
  const builder = new CommitColumnsBuilder();
  for (const commit of commits) builder.add(commit);
  return builder.build();
}
