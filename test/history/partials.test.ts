import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runTeamfit } from '../cli/run-teamfit.js';

const PEOPLE = ['Ana <ana@org.example>', 'Bo <bo@org.example>', 'Cy <cy@org.example>', 'renovate[bot] <bot@renovateapp.com>'];

/** A folder of N clones, each a service with its own remote, CODEOWNERS in some, a rename in others, and a catalog naming them. */
function organisation(count: number): { root: string; repos: string } {
  const root = mkdtempSync(join(tmpdir(), 'teamfit-partials-'));
  const repos = join(root, 'repos');
  const documents = ['team-a', 'team-b'].map((team) => `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${team}\nspec:\n  type: team\n  children: []\n`);
  documents.push(...['ana', 'bo', 'cy'].map((user, index) => `apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: ${user}\nspec:\n  profile:\n    email: ${user}@org.example\n  memberOf: [team-${index % 2 ? 'b' : 'a'}]\n`));
  documents.push('apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: shop\nspec:\n  owner: team-a\n');
  for (let i = 0; i < count; i++) {
    const dir = join(repos, `svc-${i}`);
    mkdirSync(dir, { recursive: true });
    const git = (args: string[], author = PEOPLE[0] ?? '', tick = 0): void => {
      const [name = '', email = ''] = author.replace('>', '').split(' <');
      const when = new Date(Date.UTC(2024, 0, 1) + (i * 100 + tick) * 3_600_000).toISOString();
      execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: when, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email, GIT_COMMITTER_DATE: when, GIT_CONFIG_NOSYSTEM: '1', HOME: root } });
    };
    git(['init', '-q', '-b', 'main']);
    git(['remote', 'add', 'origin', `https://git.org.example/org/svc-${i}.git`]);
    for (let c = 0; c < 4 + (i % 3); c++) {
      const files: Record<string, string> = { [`src/f${c % 2}.ts`]: `// ${c}\n`, ...(c % 2 ? { 'src/shared.ts': `// ${c}\n` } : {}), ...(c === 0 && i % 2 ? { '.github/CODEOWNERS': `* @org/team-${i % 2 ? 'b' : 'a'}\n` } : {}), ...(c === 1 ? { 'deploy/chart.yaml': `v: ${c}\n` } : {}) };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      git(['add', '-A']);
      git(['commit', '-q', '-m', c === 3 ? 'Update dependency x to v2' : `ORG-${c} change`], PEOPLE[(i + c) % PEOPLE.length], c);
    }
    if (i % 3 === 0) {
      git(['mv', 'src/f0.ts', 'src/renamed.ts']);
      git(['commit', '-q', '-m', 'rename'], PEOPLE[1], 50);
    }
    documents.push(`apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc-${i}\n  annotations:\n    backstage.io/source-location: url:https://git.org.example/org/svc-${i}/tree/main/\nspec:\n  type: service\n  lifecycle: production\n  owner: team-${i % 2 ? 'b' : 'a'}\n  system: shop\n`);
  }
  writeFileSync(join(root, 'catalog.yaml'), documents.join('---\n'));
  return { root, repos };
}

const ANALYZE = ['analyze', 'catalog.yaml', '--since', '2023-06-01', '--until', '2026-01-01', '--format', 'json', '--fail-on', 'none'];

// The result less its clock: everything else must be equal.
function comparable(stdout: string): unknown {
  const { generatedAt: _generatedAt, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
  return rest;
}

// Each case runs the CLI several times over real clones: slow on a busy machine, never timed.
describe('history partials: mine --partial, analyze --history-from', { timeout: 300_000 }, () => {
  const org = organisation(7);

  it('merging the partials of N repositories written by sharded workers gives the result of reading the N clones in one run', async () => {
    const clones = await runTeamfit([...ANALYZE, '--repos-dir', 'repos', '--no-cache'], { cwd: org.root });
    expect(clones.code).toBe(0);
    const direct = comparable(clones.stdout);
    expect((direct as { history: { repositories: unknown[] } }).history.repositories).toHaveLength(7);
    // Three workers as a Kubernetes Indexed Job starts them: the same command, a different index each.
    const written: string[] = [];
    for (let index = 0; index < 3; index++) {
      const worker = await runTeamfit(['mine', '--partial', 'partials', '--repos-dir', 'repos', '--no-cache'], { cwd: org.root, env: { JOB_COMPLETION_INDEX: String(index), JOB_COMPLETION_COUNT: '3' } });
      expect(worker.code).toBe(0);
      expect(worker.stdout).toContain(`(shard ${index + 1}/3;`);
      written.push(...worker.stdout.split('\n').filter((line) => line.startsWith('repos/')).map((line) => line.split('  ')[0] ?? ''));
    }
    // Every repository in exactly one shard.
    expect(written.sort()).toEqual(readdirSync(org.repos).map((name) => `repos/${name}`).sort());
    const merged = await runTeamfit([...ANALYZE, '--history-from', 'partials'], { cwd: org.root });
    expect(merged.code).toBe(0);
    expect(comparable(merged.stdout)).toEqual(direct);
    // The window is the reducer's: partials hold the whole history.
    const narrow = ['--since', '2024-01-10'];
    const clonesNarrow = await runTeamfit([...ANALYZE, ...narrow, '--repos-dir', 'repos', '--no-cache'], { cwd: org.root });
    const mergedNarrow = await runTeamfit([...ANALYZE, ...narrow, '--history-from', 'partials'], { cwd: org.root });
    expect(comparable(mergedNarrow.stdout)).toEqual(comparable(clonesNarrow.stdout));
    expect(comparable(mergedNarrow.stdout)).not.toEqual(direct);
  });

  it('analyze --history-partial leaves the same partials while analysing, through the cache too', async () => {
    const first = await runTeamfit([...ANALYZE, '--repos-dir', 'repos', '--history-partial', 'by-analyze', '--cache-dir', 'cache'], { cwd: org.root });
    expect(first.code).toBe(0);
    expect(readdirSync(join(org.root, 'by-analyze'))).toHaveLength(7);
    const merged = await runTeamfit([...ANALYZE, '--history-from', 'by-analyze'], { cwd: org.root });
    expect(comparable(merged.stdout)).toEqual(comparable(first.stdout));
  });

  it('mine --shard I/N picks the same share as the environment, and a repository keeps its shard', async () => {
    const byFlag = await runTeamfit(['mine', '--partial', 'flag', '--repos-dir', 'repos', '--shard', '2/3', '--no-cache'], { cwd: org.root });
    const byEnv = await runTeamfit(['mine', '--partial', 'env', '--repos-dir', 'repos', '--no-cache'], { cwd: org.root, env: { JOB_COMPLETION_INDEX: '1', JOB_COMPLETION_COUNT: '3' } });
    expect(byFlag.stdout.replace(/\bflag\//g, '')).toEqual(byEnv.stdout.replace(/\benv\//g, ''));
    const repos = (text: string) => text.split('\n').filter((line) => line.startsWith('repos/')).map((line) => line.split('  ')[0]);
    const before = repos(byFlag.stdout);
    expect(before.length).toBeGreaterThan(0);
    // One more repository elsewhere in the list does not move the others.
    const more = organisation(9);
    const grown = await runTeamfit(['mine', '--partial', 'out', '--repos-dir', 'repos', '--shard', '2/3', '--no-cache'], { cwd: more.root });
    expect(repos(grown.stdout).filter((repo) => before.includes(repo))).toEqual(before);
    for (const bad of [['--shard', '0/3'], ['--shard', '4/3'], ['--shard', 'two']]) {
      const refused = await runTeamfit(['mine', '--partial', 'x', '--repos-dir', 'repos', ...bad], { cwd: org.root });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--shard');
    }
    const half = await runTeamfit(['mine', '--partial', 'x', '--repos-dir', 'repos'], { cwd: org.root, env: { JOB_COMPLETION_INDEX: '0' } });
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('JOB_COMPLETION_COUNT');
  });

  it('refuses a partial of another version, a damaged one and a file that is not one, naming it', async () => {
    const dir = join(org.root, 'versions');
    await runTeamfit(['mine', '--partial', 'versions', join('repos', 'svc-0'), '--no-cache'], { cwd: org.root });
    const [file = ''] = readdirSync(dir);
    const [first = '', second = ''] = gunzipSync(await readFile(join(dir, file))).toString('utf8').split('\n');
    const document = JSON.parse(first) as Record<string, unknown>;
    expect(document).toMatchObject({ format: 'teamfit-history-partial', version: 1, repository: 'repos/svc-0', read: { revisions: ['HEAD'], renames: true } });
    const columns = JSON.parse(second) as { filesEnd: number[] };
    await writeFile(join(dir, file), gzipSync(`${first}\n${JSON.stringify({ ...columns, filesEnd: columns.filesEnd.map((end) => end + 1) })}\n`));
    const damaged = await runTeamfit([...ANALYZE, '--history-from', 'versions'], { cwd: org.root });
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toContain('damaged history partial');
    await writeFile(join(dir, file), gzipSync(`${JSON.stringify({ ...document, version: 99 })}\n${second}\n`));
    const newer = await runTeamfit([...ANALYZE, '--history-from', 'versions'], { cwd: org.root });
    expect(newer.code).toBe(2);
    expect(newer.stderr).toContain('version 99');
    await writeFile(join(dir, file), 'not gzip');
    const garbage = await runTeamfit([...ANALYZE, '--history-from', join('versions', file)], { cwd: org.root });
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toContain('not a teamfit history partial');
  });
});
