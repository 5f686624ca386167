import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHistoryAhead } from '../../src/index.js';
import { analyze } from '../../src/run.js';
import { runTeamfit } from '../cli/run-teamfit.js';
import { TestRepo, type Author } from '../discover/git-repo.js';
import { fixtures } from './helpers.js';

const catalog = path.join(fixtures, 'shop');
const ana: Author = { name: 'Ana', email: 'ana@shop.example' };

function shopRepository(): TestRepo {
  const repo = new TestRepo('prefetch');
  repo.git('remote', 'add', 'origin', 'git@git.shop.example:shop/monorepo.git');
  for (let i = 0; i < 5; i++) repo.commit(`SHOP-${i} price change`, { 'services/checkout/price.ts': `// ${i}\n`, 'services/catalogue/prices.ts': `// ${i}\n` }, ana);
  return repo;
}

/** A git that records each command, and whose `log` is slow and says when it is killed. */
function slowGit(logSeconds: number): { env: Record<string, string>; calls: () => string[]; killed: () => boolean } {
  const dir = mkdtempSync(path.join(tmpdir(), 'teamfit-prefetch-git-'));
  const record = path.join(dir, 'calls.txt');
  const killed = path.join(dir, 'killed');
  const script = path.join(dir, 'git');
  writeFileSync(record, '');
  writeFileSync(
    script,
    `#!/bin/sh
echo "$*" >> "${record}"
case " $* " in
  *" log "*) sleep ${logSeconds} & pid=$!; trap 'kill $pid; touch "${killed}"; exit 143' TERM; wait $pid; exec git "$@" ;;
esac
exec git "$@"
`,
  );
  chmodSync(script, 0o755);
  return { env: { TEAMFIT_GIT: script }, calls: () => readFileSync(record, 'utf8').split('\n').filter(Boolean), killed: () => existsSync(killed) };
}

describe('analyze --repo reads the first clone ahead, while the catalog is read', () => {
  it('reads its log once, to the same result as a run without the cache', { timeout: 120_000 }, async () => {
    const repo = shopRepository();
    const git = slowGit(0);
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'teamfit-prefetch-cache-'));
    const args = ['analyze', catalog, '--repo', repo.dir, '--since', '2023-06-01', '--format', 'json', '--fail-on', 'none'];
    const ahead = await runTeamfit([...args, '--cache-dir', cacheDir], { env: git.env });
    expect(ahead.code).toBe(0);
    expect(git.calls().filter((call) => / log /.test(` ${call} `))).toHaveLength(1);
    const streamed = await runTeamfit([...args, '--no-cache']);
    const history = (stdout: string): unknown => (JSON.parse(stdout) as { history: unknown }).history;
    expect(history(ahead.stdout)).toEqual(history(streamed.stdout));
    expect(history(ahead.stdout)).toMatchObject({ repositories: [expect.objectContaining({ commits: 5 })] });
  });

  it('kills the read it started when the run fails before it needs it, and does not wait for git', { timeout: 120_000 }, async () => {
    const repo = shopRepository();
    const git = slowGit(60);
    const dir = mkdtempSync(path.join(tmpdir(), 'teamfit-prefetch-bad-'));
    writeFileSync(path.join(dir, 'teamfit.config.yaml'), 'failOn: sometimes\n');
    const failed = await runTeamfit(['analyze', catalog, '--repo', repo.dir, '--config', path.join(dir, 'teamfit.config.yaml'), '--cache-dir', path.join(dir, 'cache')], { env: git.env });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('failOn');
    expect(git.calls().some((call) => / log /.test(` ${call} `))).toBe(true);
    expect(git.killed()).toBe(true);
  });

  it('as a library call: analyze() with the same clone and cache takes the read started ahead', { timeout: 120_000 }, async () => {
    const repo = shopRepository();
    const git = slowGit(0);
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'teamfit-prefetch-lib-'));
    const before = process.env.TEAMFIT_GIT;
    process.env.TEAMFIT_GIT = git.env.TEAMFIT_GIT;
    try {
      const stop = readHistoryAhead(repo.dir, cacheDir);
      const result = await analyze({ paths: [catalog], cwd: fixtures, history: { repos: [repo.dir], since: '2023-06-01', cacheDir } });
      stop();
      expect(result.history?.repositories[0]).toMatchObject({ commits: 5 });
      expect(git.calls().filter((call) => / log /.test(` ${call} `))).toHaveLength(1);
    } finally {
      if (before === undefined) delete process.env.TEAMFIT_GIT;
      else process.env.TEAMFIT_GIT = before;
    }
  });
});
