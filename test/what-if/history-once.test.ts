import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/run.js';
import { measureOrganisation } from '../../src/what-if/measures.js';
import { parsePlan, whatIf } from '../../src/what-if/index.js';
import { FixtureRepo } from '../git/fixture-repo.js';
import { twoTeamShopCatalog as catalog } from '../suggest/two-team-shop.js';

const NOW = new Date('2026-12-04T00:00:00Z');

const OWNERS = { 'cart-svc': 'red-team', 'pay-svc': 'red-team', 'ship-svc': 'blue-team' };

function organisation(): { dir: string; repo: string } {
  const dir = mkdtempSync(join(tmpdir(), 'teamfit-history-once-'));
  writeFileSync(join(dir, 'catalog.yaml'), catalog(OWNERS));
  const repo = join(dir, 'repos', 'shop');
  mkdirSync(repo, { recursive: true });
  const git = new FixtureRepo(repo);
  git.git('remote', 'add', 'origin', 'https://github.com/acme/shop.git');
  for (let day = 1; day <= 10; day++) {
    const date = `2026-06-${String(day).padStart(2, '0')}`;
    // The blue team changes pay-svc with its own service: co-change and authorship both point at blue.
    git.commit({ name: 'bea', email: 'bea@acme.test' }, date, { [`pay-svc/f${day}.ts`]: `${day}`, [`ship-svc/f${day}.ts`]: `${day}` });
    git.commit({ name: 'rita', email: 'rita@acme.test' }, date, { [`cart-svc/f${day}.ts`]: `${day}` });
    git.commit({ name: 'bill', email: 'bill@acme.test' }, date, { [`ship-svc/g${day}.ts`]: `${day}` });
  }
  return { dir, repo };
}

/** A git that records its commands, to count how often the log is read. */
function recordingGit(): { path: string; logs: () => number } {
  const dir = mkdtempSync(join(tmpdir(), 'teamfit-recording-git-'));
  const record = join(dir, 'calls.txt');
  const script = join(dir, 'git');
  writeFileSync(script, `#!/bin/sh\necho "$*" >> "${record}"\nexec git "$@"\n`);
  chmodSync(script, 0o755);
  writeFileSync(record, '');
  return { path: script, logs: () => readFileSync(record, 'utf8').split('\n').filter((command) => /(^| )log( |$)/.test(command)).length };
}

describe('what-if reads the history once and re-keys it by the plan', { timeout: 120_000 }, () => {
  let org: { dir: string; repo: string };
  const saved = process.env.TEAMFIT_GIT;
  beforeAll(() => {
    org = organisation();
  }, 120_000);
  afterEach(() => {
    if (saved === undefined) delete process.env.TEAMFIT_GIT;
    else process.env.TEAMFIT_GIT = saved;
  });

  it('reads git log once for before and after, and the after measures are those of the changed catalog analysed afresh', async () => {
    const git = recordingGit();
    process.env.TEAMFIT_GIT = git.path;
    const history = { repos: [org.repo], now: NOW };
    const { result } = await whatIf(parsePlan('changes:\n  - { move: component:pay-svc, to: blue-team }\n', 'plan.yaml'), { paths: [join(org.dir, 'catalog.yaml')], cwd: org.dir, history });
    expect(git.logs()).toBe(1);
    expect(result.measures.after).not.toEqual(result.measures.before);

    const after = mkdtempSync(join(tmpdir(), 'teamfit-history-once-after-'));
    writeFileSync(join(after, 'catalog.yaml'), catalog({ ...OWNERS, 'pay-svc': 'blue-team' }));
    const fresh = await analyze({ paths: [join(after, 'catalog.yaml')], cwd: org.dir, history });
    expect(result.measures.after).toEqual(measureOrganisation(fresh));
    expect(result.measures.after.ownershipCongruence ?? 0).toBeGreaterThan(result.measures.before.ownershipCongruence ?? 1);
  });

  it('a consolidated unit brings its history to the one that remains, each commit counted once', async () => {
    const { result } = await whatIf(parsePlan('changes:\n  - { consolidate: system:shop, into: component:ship-svc, owner: red-team }\n', 'plan.yaml'), { paths: [join(org.dir, 'catalog.yaml')], cwd: org.dir, history: { repos: [org.repo], now: NOW } });
    // 30 commits, ten of which touched two of the three services: one unit with 30 revisions.
    expect(result.moves).toEqual([{ ref: 'component:default/ship-svc', from: 'group:default/blue-team', to: 'group:default/red-team', revisions: 30, knowledgeLoss: 0.67 }]);
    const before = result.measures.before;
    const after = result.measures.after;
    // Before: ship-svc changed with pay-svc; after, one unit, no co-change between units is left.
    expect(before.coChange?.pairs).toBeGreaterThan(0);
    expect(after.coChange?.pairs).toBe(0);
    expect(after.teams.load.find((l) => l.team === 'group:default/red-team')?.units).toBe(1);
  });
});
