import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AnalysisResult } from '../../src/result/index.js';
import { BIN } from '../cli/run-teamfit.js';
import { ALICE, BOB, TestRepo } from '../discover/git-repo.js';

// better-sqlite3 is made unloadable the way it fails on users' machines, through Node's own module
// resolution (a hook given with --import), so the built CLI runs its ordinary code path.
const MISSING = `export async function resolve(specifier, context, next) {
  if (specifier !== 'better-sqlite3') return next(specifier, context);
  throw Object.assign(new Error("Cannot find package 'better-sqlite3' imported from teamfit"), { code: 'ERR_MODULE_NOT_FOUND' });
}`;
// What npm leaves when the package is there but its addon was built for another Node.js (or not at all).
const WRONG_ABI = `export async function resolve(specifier, context, next) {
  if (specifier !== 'better-sqlite3') return next(specifier, context);
  return { url: 'data:text/javascript,' + encodeURIComponent("export default class Database { constructor() { throw new Error('The module better_sqlite3.node was compiled against a different Node.js version using NODE_MODULE_VERSION 1.\\\\nPlease try re-compiling'); } }"), shortCircuit: true };
}`;

const work = mkdtempSync(join(tmpdir(), 'teamfit-no-sqlite-'));

function hook(name: string, source: string): string {
  const hooks = join(work, `${name}-hooks.mjs`);
  const register = join(work, `${name}.mjs`);
  writeFileSync(hooks, source);
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  return pathToFileURL(register).href;
}

/** Two teams, each with a service in its own repository. */
function organisation(): { catalog: string; repos: string[] } {
  const catalog = join(work, 'catalog.yaml');
  const team = (name: string, user: string, email: string) => `apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: ${name} }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: ${user} }
spec: { profile: { email: ${email} }, memberOf: [${name}] }
---`;
  const service = (name: string, owner: string) => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
  annotations:
    backstage.io/source-location: url:https://git.example.com/acme/${name}/tree/main/
spec: { type: service, lifecycle: production, owner: ${owner}, system: shop }
---`;
  writeFileSync(catalog, [team('web-team', 'alice', ALICE.email), team('api-team', 'bob', BOB.email), 'apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata: { name: shop }\nspec: { owner: web-team }\n---', service('web', 'web-team'), service('api', 'api-team')].join('\n'));
  const repos = [
    ['web', ALICE],
    ['api', BOB],
  ] as const;
  return {
    catalog,
    repos: repos.map(([name, author]) => {
      const repo = new TestRepo(name);
      repo.git('remote', 'add', 'origin', `https://git.example.com/acme/${name}.git`);
      for (let i = 0; i < 4; i++) repo.commit(`${name} ${i}`, { [`src/f${i}.ts`]: `${i}\n` }, author);
      return repo.dir;
    }),
  };
}

function teamfit(args: string[], importUrl?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const execArgv = importUrl === undefined ? [] : ['--import', importUrl];
  return new Promise((done) => {
    execFile(process.execPath, [...execArgv, BIN, ...args], { cwd: work, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

describe('without a loadable better-sqlite3', () => {
  const { catalog, repos } = organisation();
  const analyzeArgs = (cacheDir: string) => ['analyze', catalog, ...repos.flatMap((repo) => ['--repo', repo]), '--since', '2023-06-01', '--format', 'json', '--fail-on', 'none', '--cache-dir', cacheDir];

  it.each([
    ['not installed', MISSING, "Cannot find package 'better-sqlite3'"],
    ['built for another Node.js', WRONG_ABI, 'compiled against a different Node.js version'],
  ])('%s: analyze reads the history from git, with the same evidence, and says so once', async (_case, source, reason) => {
    const withCache = await teamfit(analyzeArgs(join(work, 'cache-ok')));
    const withoutCache = await teamfit(analyzeArgs(join(work, `cache-${source.length}`)), hook(`hide-${source.length}`, source));

    expect(withoutCache.code).toBe(0);
    const said = withoutCache.stderr.split('\n').filter((line) => line.includes('git-cache-unavailable'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(reason);
    const result = AnalysisResult.parse(JSON.parse(withoutCache.stdout));
    expect(result.diagnostics.filter((d) => d.code === 'git-cache-unavailable')).toEqual([expect.objectContaining({ severity: 'info' })]);
    expect(result.history?.repositories).toHaveLength(2);
    expect(result.history).toEqual(AnalysisResult.parse(JSON.parse(withCache.stdout)).history);
    expect(existsSync(join(work, `cache-${source.length}`, 'git-history.sqlite'))).toBe(false);
    // With the driver there, nothing is said and the cache is written.
    expect(withCache.stderr).not.toContain('git-cache-unavailable');
    expect(existsSync(join(work, 'cache-ok', 'git-history.sqlite'))).toBe(true);
  });

  it('discovery (analyze and init on a repository without a catalog) says so once, for no one repository', async () => {
    const repo = new TestRepo('shop');
    repo.git('remote', 'add', 'origin', 'https://git.example.com/acme/shop.git');
    for (let i = 0; i < 3; i++) repo.commit(`shop ${i}`, { 'web/Dockerfile': `FROM node:20\n# ${i}\n`, 'api/Dockerfile': `FROM node:20\n# ${i}\n` }, i % 2 ? ALICE : BOB);
    const hidden = hook('hide-discovery', MISSING);
    const analyzed = await teamfit(['analyze', repo.dir, '--format', 'json', '--fail-on', 'none', '--cache-dir', join(work, 'cache-discovery')], hidden);
    expect(analyzed.code, analyzed.stderr).toBe(0);
    expect(analyzed.stderr.match(/git-cache-unavailable/g)).toHaveLength(1);
    const diagnostics = AnalysisResult.parse(JSON.parse(analyzed.stdout)).diagnostics.filter((d) => d.code === 'git-cache-unavailable');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.file).toBeUndefined();
    const initialised = await teamfit(['init', repo.dir, '--output', '-', '--cache-dir', join(work, 'cache-init')], hidden);
    expect(initialised.code, initialised.stderr).toBe(0);
    expect(initialised.stdout).toContain('kind: Component');
    expect(initialised.stderr.match(/git-cache-unavailable/g)).toHaveLength(1);
  });

  it('mine says so once and still answers', async () => {
    const mined = await teamfit(['mine', repos[0] ?? '', '--analysis', 'authors', '--format', 'csv', '--cache-dir', join(work, 'cache-mine')], hook('hide-mine', MISSING));
    expect(mined.code).toBe(0);
    expect(mined.stdout).toContain('entity,n-authors,n-revs');
    expect(mined.stderr.split('\n').filter((line) => line.includes('git-cache-unavailable'))).toHaveLength(1);
  });
});
