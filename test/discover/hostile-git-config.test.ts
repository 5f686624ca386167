import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTeamfit } from '../cli/run-teamfit.js';
import { TestRepo } from './git-repo.js';

// A repository teamfit is pointed at is untrusted, its .git/config included: reading it must run nothing.
describe('a repository whose own git config names commands', () => {
  it('runs none of them while discovery and history read it', async () => {
    const repo = new TestRepo('hostile').commit('initial', { Dockerfile: 'FROM node:20\n', 'package.json': '{"name":"x","scripts":{"start":"node x.js"}}\n', 'x.js': '1\n' });
    const marker = join(dirname(repo.dir), 'marker');
    repo.git('config', 'core.fsmonitor', `touch ${marker}; false`);
    repo.git('config', 'core.hooksPath', dirname(repo.dir));
    repo.git('config', 'diff.external', `touch ${marker}`);
    const run = await runTeamfit(['analyze', repo.dir, '--fail-on', 'none', '--no-cache', '--repo', repo.dir, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });
});
