import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
