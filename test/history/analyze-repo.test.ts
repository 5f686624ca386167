import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AnalysisResult } from '../../src/result/index.js';
import { analyze } from '../../src/run.js';
import { TestRepo, type Author } from '../discover/git-repo.js';
import { fixtures } from './helpers.js';

const run = promisify(execFile);
const bin = path.resolve(fixtures, '../../../dist/cli/main.js');
const catalog = path.join(fixtures, 'shop');
const ana: Author = { name: 'Ana', email: 'ana@shop.example' };
const bo: Author = { name: 'Bo', email: 'bo@shop.example' };
const bot: Author = { name: 'renovate[bot]', email: 'bot@renovateapp.com' };

/** The shop monorepo: payments' checkout changed together with catalogue's service, by both teams. */
function shopRepository(): TestRepo {
  const repo = new TestRepo('monorepo');
  repo.git('remote', 'add', 'origin', 'git@git.shop.example:shop/monorepo.git');
  for (let i = 0; i < 6; i++) repo.commit(`SHOP-${i} price change`, { 'services/checkout/price.ts': `// ${i}\n`, 'services/catalogue/prices.ts': `// ${i}\n` }, i % 2 ? ana : bo);
  for (let i = 0; i < 3; i++) repo.commit(`search ${i}`, { [`services/search/f${i}.ts`]: 'x\n' }, bo);
  for (let i = 0; i < 4; i++) repo.commit(`Update dependency x to v${i}`, { 'services/checkout/package.json': `{"v":${i}}\n`, 'services/search/package.json': `{"v":${i}}\n` }, bot);
  return repo;
}

describe('analyze with --repo', () => {
  const repo = shopRepository();

  it('reads through the commit cache to the same evidence, also after new commits', async () => {
    const grown = shopRepository();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'teamfit-analyze-cache-'));
    const evidence = async (cache: boolean) => (await analyze({ paths: [catalog], cwd: fixtures, history: { repos: [grown.dir], since: '2023-06-01', ...(cache ? { cacheDir } : {}) } })).history;
    expect(await evidence(true)).toEqual(await evidence(false));
    grown.commit('SHOP-9 refund rule', { 'services/checkout/refund.ts': 'r\n', 'services/catalogue/prices.ts': '// 9\n' }, ana);
    const afterCommit = await evidence(true);
    expect(afterCommit).toEqual(await evidence(false));
    expect(afterCommit?.repositories[0]?.commits).toBe(14);
  });

  it('reads the clone its components name by remote, and its evidence moves the verdict', async () => {
    const result = AnalysisResult.parse(await analyze({ paths: [catalog], cwd: fixtures, history: { repos: [repo.dir], since: '2023-06-01' } }));
    const history = result.history;
    expect(history?.repositories).toEqual([expect.objectContaining({ commits: 13, kept: 9, bots: 4, botAuthors: ['renovate[bot]'], shallow: false })]);
    expect(history?.components.find((c) => c.ref === 'component:default/checkout')).toMatchObject({ revisions: 6, authors: 2, path: 'services/checkout', ownerShare: 0.5 });
    expect(history?.coupling).toContainEqual(expect.objectContaining({ a: 'component:default/catalogue-api', b: 'component:default/checkout', shared: 6, degree: 100, crossTeam: true }));
    const shop = result.systems.find((s) => s.ref === 'system:default/shop');
    expect(shop?.architecture.signals.find((s) => s.id === 'co-change')).toMatchObject({ source: 'git', pushes: 'micro-monolith' });
    expect(result.findings.map((f) => f.ruleId)).toContain('cross-team-coupling');
  });

  it('leaves history before --since out', async () => {
    const result = await analyze({ paths: [catalog], cwd: fixtures, history: { repos: [repo.dir], since: '2030-01-01' } });
    expect(result.history?.repositories[0]).toMatchObject({ commits: 0 });
    expect(result.history?.coupling).toEqual([]);
  });

  it('reports a clone no component names, and reads nothing from it', async () => {
    const other = new TestRepo('unrelated').commit('x', { 'a.txt': 'a\n' });
    const result = await analyze({ paths: [catalog], cwd: fixtures, history: { repos: [other.dir], since: '2023-06-01' } });
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'git-repository-unmatched', severity: 'warning' }));
    expect(result.history?.repositories).toEqual([]);
  });

  it('says so when a --repo is not a git repository', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'teamfit-not-git-'));
    const result = await analyze({ paths: [catalog], cwd: fixtures, history: { repos: [plain] } });
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'git-not-a-repository', severity: 'error' }));
    expect(result.systems).toHaveLength(1);
  });

  it('works from the command line, with exit codes from the findings', async () => {
    const args = [bin, 'analyze', catalog, '--repo', repo.dir, '--since', '2023-06-01', '--format', 'json', '--fail-on', 'warning'];
    const failed = await run('node', args, { env: { ...process.env, NO_COLOR: '1' } }).then(() => undefined, (error: { code: number; stdout: string }) => error);
    expect(failed?.code).toBe(1);
    const result = AnalysisResult.parse(JSON.parse(failed?.stdout ?? '{}'));
    expect(result.history?.components.length).toBe(3);
    const bad = await run('node', [bin, 'analyze', catalog, '--since', 'yesterday'], { env: { ...process.env, NO_COLOR: '1' } }).then(() => undefined, (error: { code: number; stderr: string }) => error);
    expect(bad?.code).toBe(2);
    expect(bad?.stderr).toMatch(/--since .*expected a date as YYYY-MM-DD/);
  });

  it('baseline reads the same history as analyze, so its git findings are not new', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'teamfit-baseline-git-'));
    const inputs = [catalog, '--repo', repo.dir, '--since', '2023-06-01', '--cache-dir', path.join(dir, 'cache')];
    const env = { env: { ...process.env, NO_COLOR: '1' }, cwd: dir };
    await run('node', [bin, 'baseline', ...inputs, '--output', 'baseline.json'], env);
    const recorded = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as { findings: Array<{ ruleId: string }> };
    expect(recorded.findings.map((finding) => finding.ruleId)).toContain('cross-team-coupling');
    const compared = await run('node', [bin, 'analyze', ...inputs, '--baseline', 'baseline.json', '--format', 'json', '--fail-on', 'info'], env);
    const result = AnalysisResult.parse(JSON.parse(compared.stdout));
    expect(result.baseline).toMatchObject({ new: 0, unchanged: recorded.findings.length, fixed: 0 });
    expect(result.findings.filter((finding) => finding.baseline !== 'unchanged')).toEqual([]);
  });
});
