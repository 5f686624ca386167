import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discoverRepository, type ArtifactCoupling } from '../../src/discover/index.js';
import { analyze } from '../../src/run.js';
import { ALICE, BOB, TestRepo } from './git-repo.js';

const coChangeOf = (evidence: readonly ArtifactCoupling[]) => evidence.find((e): e is Extract<ArtifactCoupling, { kind: 'co-change' }> => e.kind === 'co-change');

/** Two services, each in its own folder, changed together `together` times and apart twice as often. */
function fleet(name: string, under = '', together = 6): TestRepo {
  const repo = new TestRepo(name);
  const at = (path: string) => `${under}${path}`;
  repo.commit('initial', { [at('a/Dockerfile')]: 'FROM x\n', [at('b/Dockerfile')]: 'FROM x\n', [at('a/main.go')]: 'package main\n', [at('b/main.go')]: 'package main\n' });
  for (let i = 0; i < together; i++) repo.commit(`feature ${i}`, { [at(`a/f${i}.go`)]: 'x\n', [at(`b/f${i}.go`)]: 'x\n' }, i % 2 ? ALICE : BOB);
  for (let i = 0; i < 2 * together; i++) repo.commit(`fix ${i}`, { [at(`${i % 2 ? 'a' : 'b'}/g${i}.go`)]: 'x\n' }, i % 2 ? ALICE : BOB);
  return repo;
}

/** Puts a git that logs its arguments in front of the real one (TEAMFIT_GIT), and returns the log's lines. */
function spyOnGit(): () => string[] {
  const dir = mkdtempSync(join(tmpdir(), 'teamfit-git-spy-'));
  const calls = join(dir, 'calls.txt');
  const spy = join(dir, 'git');
  writeFileSync(calls, '');
  writeFileSync(spy, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${calls}'\nexec git "$@"\n`);
  chmodSync(spy, 0o755);
  vi.stubEnv('TEAMFIT_GIT', spy);
  return () => readFileSync(calls, 'utf8').split('\n').filter((line) => line !== '');
}
const logCalls = (calls: string[]) => calls.filter((call) => / log /.test(` ${call} `));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('discovery reads history through the shared git reader', () => {
  it('reuses the commit cache: a second run reads no commit from git, a new commit is the only one read', async () => {
    const repo = fleet('fleet');
    const cacheDir = mkdtempSync(join(tmpdir(), 'teamfit-cache-'));
    const calls = spyOnGit();
    const messages: string[] = [];
    const run = () => discoverRepository(repo.dir, { cwd: repo.dir, cacheDir, onProgress: (m) => messages.push(m) });

    const first = coChangeOf((await run()).evidence);
    expect(logCalls(calls())).toHaveLength(1);
    expect(messages).toContain('read 19 commits');

    messages.length = 0;
    const second = coChangeOf((await run()).evidence);
    expect(logCalls(calls())).toHaveLength(1);
    expect(messages).toContain('read 19 commits (19 from the commit cache)');
    expect(second).toEqual(first);

    repo.commit('both again', { 'a/h.go': 'x\n', 'b/h.go': 'x\n' });
    messages.length = 0;
    const third = coChangeOf((await run()).evidence);
    expect(messages).toContain('read 20 commits (19 from the commit cache)');
    expect(third?.raw).toMatchObject({ commits: 20, multiUnit: (first?.raw.multiUnit ?? 0) + 1 });
  });

  it('shares the cache with analyze --repo: discovery and history of one run read the log once', async () => {
    const repo = fleet('pair');
    const cacheDir = mkdtempSync(join(tmpdir(), 'teamfit-cache-'));
    const calls = spyOnGit();
    // Discovered components carry no source location yet: the config maps one of them to the clone.
    const config = { git: { repos: { 'component:default/a': repo.dir } } };
    const messages: string[] = [];
    const result = await analyze({ cwd: repo.dir, discover: true, config, history: { cacheDir, now: new Date('2024-06-01T00:00:00Z') }, onProgress: (m) => messages.push(m) });
    expect(result.discovery?.[0]?.coupling.some((c) => c.kind === 'co-change')).toBe(true);
    expect(result.history?.repositories[0]?.commits).toBe(19);
    // Discovery read the log from git (and filled the cache); the history evidence then needed no second log.
    expect(messages).toContain('read 19 commits');
    expect(logCalls(calls())).toHaveLength(1);
  });

  it('reads the whole history: no commit cap, every commit of HEAD counted', async () => {
    const repo = fleet('long');
    const calls = spyOnGit();
    const coChange = coChangeOf((await discoverRepository(repo.dir, { cwd: repo.dir })).evidence);
    const [log] = logCalls(calls());
    expect(log).toBeDefined();
    expect(log).not.toMatch(/--max-count|--skip|(^| )-n ?\d|--since|--until/);
    expect(coChange?.raw.commits).toBe(Number(repo.git('rev-list', '--count', 'HEAD').trim()));
  });

  it('maps log paths to a directory discovered inside a repository', async () => {
    const repo = fleet('monorepo', 'services/shop/', 6);
    const coChange = coChangeOf((await discoverRepository(join(repo.dir, 'services/shop'), { cwd: repo.dir })).evidence);
    // The initial commit and the six features touch both units; everything else one of them.
    expect(coChange?.raw).toMatchObject({ commits: 19, touchingUnits: 19, multiUnit: 7 });
    expect(coChange?.pairs[0]).toMatchObject({ units: ['component:default/a', 'component:default/b'], commits: 7 });
  });

  it('applies analyze\'s changeset size and sweep subjects', async () => {
    const repo = fleet('sizes');
    repo.commit('Copyright notices for every file', { 'a/c.go': '// (c)\n', 'b/c.go': '// (c)\n' });
    repo.commit('Move the handlers', { 'a/m1.go': 'x\n', 'a/m2.go': 'x\n', 'b/m1.go': 'x\n', 'b/m2.go': 'x\n' });
    const result = await analyze({ cwd: repo.dir, discover: true, history: { maxChangesetSize: 3 }, config: { git: { bots: ['bob'] } } });
    const coChange = coChangeOf(result.discovery?.[0]?.coupling ?? []);
    // Bob's commits are a configured bot's; analyze's size limit (3 files: the initial commit and the move)
    // and its sweep subjects apply.
    expect(coChange?.excluded).toEqual({ merges: 0, bots: 9, sweeping: 2, messages: 1, upgrades: 0 });
    expect(coChange?.evidence[1]).toContain('commits over 3 files');
  });

  it('says so when the clone is shallow: co-change covers only what it holds', async () => {
    const repo = fleet('deep');
    const shallow = join(mkdtempSync(join(tmpdir(), 'teamfit-shallow-')), 'deep');
    execFileSync('git', ['clone', '-q', '--depth', '5', `file://${repo.dir}`, shallow]);
    const d = await discoverRepository(shallow, { cwd: shallow });
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'git-shallow-clone', severity: 'warning', file: '.' }));
    expect(coChangeOf(d.evidence)?.raw.commits).toBe(5);
    // Read by discovery and by --repo in one run, the clone is reported shallow once.
    const result = await analyze({ cwd: shallow, discover: true, config: { git: { repos: { 'component:default/a': shallow } } }, history: { now: new Date('2024-06-01T00:00:00Z') } });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'git-shallow-clone')).toHaveLength(1);
  });
});
