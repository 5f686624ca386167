import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emit } from '../../src/cli/output.js';
import type { CliIo } from '../../src/cli/io.js';
import { keepingRows, keptRows, rowsEntry } from '../../src/code-maat/rows-cache.js';
import { runTeamfit, temporaryDirectory } from '../cli/run-teamfit.js';
import { BOB, TestRepo } from '../discover/git-repo.js';

/** A git that records each command it runs, so a test can see which runs read the log. */
async function recordingGit(): Promise<{ env: Record<string, string>; logs: () => number; reset: () => void }> {
  const dir = await temporaryDirectory();
  const record = join(dir, 'calls.txt');
  const script = join(dir, 'git');
  writeFileSync(script, `#!/bin/sh\necho "$*" >> "${record}"\nexec git "$@"\n`);
  chmodSync(script, 0o755);
  writeFileSync(record, '');
  return {
    env: { TEAMFIT_GIT: script },
    logs: () => readFileSync(record, 'utf8').split('\n').filter((command) => /(^| )log( |$)/.test(command)).length,
    reset: () => writeFileSync(record, ''),
  };
}

describe('mine keeps its rows for an unchanged history', () => {
  it('prints the kept rows without reading the log, and a moved tip or other options read again', { timeout: 400_000 }, async () => {
    const repo = new TestRepo('rows');
    for (let i = 0; i < 4; i++) repo.commit(`change ${i}`, { 'a.ts': `${i}\n`, ...(i % 2 ? { 'b.ts': `${i}\n` } : {}) });
    const cacheDir = await temporaryDirectory();
    const git = await recordingGit();
    const args = ['mine', repo.dir, '--analysis', 'revisions,coupling,summary', '--format', 'json', '--min-revs', '1', '--min-shared-revs', '1', '--cache-dir', cacheDir];
    const cold = await runTeamfit(args, { env: git.env });
    expect(cold.code).toBe(0);
    expect(git.logs()).toBeGreaterThan(0);
    expect(readdirSync(join(cacheDir, 'mine-rows'))).toHaveLength(1);

    git.reset();
    const warm = await runTeamfit(args, { env: git.env });
    expect(warm).toEqual(cold);
    expect(git.logs()).toBe(0);
    const csv = ['mine', repo.dir, '--analysis', 'revisions', '--cache-dir', cacheDir];
    expect((await runTeamfit(csv)).stdout).toBe((await runTeamfit([...csv.slice(0, 4), '--no-cache'])).stdout);

    // Other options are another output: read and kept apart.
    git.reset();
    const strict = await runTeamfit([...args, '--min-shared-revs', '3'], { env: git.env });
    expect(strict.stdout).not.toBe(cold.stdout);
    expect(JSON.parse(strict.stdout)).toEqual(JSON.parse((await runTeamfit([...args, '--min-shared-revs', '3', '--no-cache'])).stdout));

    // A new commit moves the tip: the rows are made again (new commits from git, older ones from the commit cache).
    repo.commit('change 4', { 'b.ts': 'four\n' }, BOB);
    git.reset();
    const grown = await runTeamfit(args, { env: git.env });
    expect(git.logs()).toBeGreaterThan(0);
    expect(JSON.parse(grown.stdout)).toEqual(JSON.parse((await runTeamfit([...args, '--no-cache'])).stdout));
    expect((JSON.parse(grown.stdout) as { summary: Array<{ statistic: string; value: number }> }).summary[0]).toEqual({ statistic: 'number-of-commits', value: 5 });
    // One kept output per way of mining the repository, not one per tip.
    expect(readdirSync(join(cacheDir, 'mine-rows')).filter((name) => name.endsWith('.out'))).toHaveLength(3);
  });

  it('does not serve the kept rows to a clone made shallow since, though no tip moved: it warns', { timeout: 120_000 }, async () => {
    const repo = new TestRepo('rows-shallow');
    for (let i = 0; i < 3; i++) repo.commit(`change ${i}`, { 'a.ts': `${i}\n` });
    const cacheDir = await temporaryDirectory();
    const args = ['mine', repo.dir, '--analysis', 'summary', '--format', 'json', '--cache-dir', cacheDir];
    expect((await runTeamfit(args)).stderr).toBe('');
    // What `git fetch --depth` leaves: the boundary commit named in .git/shallow, the refs as they were.
    writeFileSync(join(repo.dir, '.git', 'shallow'), `${repo.git('rev-list', '--max-parents=0', 'HEAD').trim()}\n`);
    const shallow = await runTeamfit(args);
    expect(shallow.stderr).toContain('shallow clone');
  });

  it('hands back a kept output of several pieces whole, each piece done with before the next is read', { timeout: 60_000 }, async () => {
    const repo = new TestRepo('rows-pieces');
    repo.commit('one', { 'a.ts': '1\n' });
    const entry = await rowsEntry(await temporaryDirectory(), repo.dir, { revisions: ['--all'] }, { test: 'pieces' });
    if (entry === undefined) throw new Error('expected an entry for a repository with commits');
    // 2.5 MiB over three pieces of the reader's 1 MiB buffer, no two pieces alike.
    const rows = Array.from({ length: 50_000 }, (_, row) => `{"entity":"src/file-${row}.ts","n-revs":${row % 97}},`.padEnd(52, ' ')).join('');
    for (const _piece of keepingRows(entry, [rows.slice(0, 1_000_000), rows.slice(1_000_000)]));
    const pieces = keptRows(entry);
    if (pieces === undefined) throw new Error('expected the kept output');
    const copies: Buffer[] = [];
    const io: CliIo = {
      stdout: () => undefined,
      // A stream that reads the bytes only after the call has returned, as a socket's write would.
      stdoutBytes: (bytes) => new Promise<void>((settle) => setImmediate(() => settle(void copies.push(Buffer.from(bytes))))),
      stderr: () => undefined,
      env: {},
      cwd: '/',
      isStdoutTty: false,
      isStderrTty: false,
    };
    await emit(io, pieces, undefined);
    expect(copies.length).toBeGreaterThanOrEqual(3);
    expect(Buffer.concat(copies).toString('utf8')).toBe(rows);
  });
});
