import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisResult } from '../../src/result/index.js';
import { RULE_IDS } from '../../src/rules/meta.js';
import { analyze } from '../../src/run.js';
import { ROOT } from '../cli/run-teamfit.js';
import { npmChildEnv } from './npm-env.js';

// The slowest test file of the suite (one clean build, one pack, one install): its steps share one
// package, built once in beforeAll, and each step has its own generous timeout.
const SLOW = 600_000;

const work = mkdtempSync(join(tmpdir(), 'teamfit-pack-'));
const app = join(work, 'app');
let files: string[] = [];
let cliTarball = '';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, { cwd, env: npmChildEnv(), maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

/**
 * The package exactly as `npm pack` makes it from a checkout: the files git knows (committed or not, none
 * it ignores) are copied out, so the prepack build starts from no dist/ and this checkout's dist/, which
 * other tests read, is left alone.
 */
async function pack(): Promise<string> {
  const source = join(work, 'source');
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of listed.split('\0').filter((name) => name !== '' && existsSync(join(ROOT, name)))) {
    mkdirSync(dirname(join(source, file)), { recursive: true });
    cpSync(join(ROOT, file), join(source, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'));
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], source);
  expect(packed.code, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = info?.files.map((file) => file.path) ?? [];
  return join(work, info?.filename ?? 'missing.tgz');
}

beforeAll(async () => {
  const tarball = await pack();
  cliTarball = tarball;
  mkdirSync(app);
  // Install scripts are blocked, as npm 12 does by default: better-sqlite3 arrives without its addon, so the
  // packed CLI must run without the commit cache.
  const installed = await run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', tarball], app);
  expect(installed.code, installed.stderr).toBe(0);
  cpSync(join(ROOT, 'examples/northwind'), join(app, 'northwind'), { recursive: true });
}, SLOW);

afterAll(() => rmSync(work, { recursive: true, force: true }), SLOW);

describe('the packed CLI', () => {
  it('ships what it reads at run time and nothing of the checkout', () => {
    const needed = ['package.json', 'README.md', 'dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts', 'dist/ingest/parse-worker.js', 'dist/html-assets/assets.json', 'schema/result.schema.json', 'schema/config.schema.json', ...RULE_IDS.map((id) => `docs/rules/${id}.md`)];
    expect(files).toEqual(expect.arrayContaining(needed));
    expect(files.filter((file) => /^(src|test|examples|scripts|\.teamfit|\.ci|node_modules)\/|\.map$|\.tgz$|TEMPLATE\.md$/.test(file))).toEqual([]);
  });

  it('runs `npx teamfit analyze` on the example from a clean folder, as the source does', async () => {
    const cli = await run('npx', ['--no-install', 'teamfit', 'analyze', 'northwind', '--format', 'json'], app);
    const expected = await analyze({ paths: ['northwind'], cwd: app });
    expect(cli.code).toBe(expected.summary.findings.error + expected.summary.diagnostics.error > 0 ? 1 : 0);
    expect(AnalysisResult.parse(JSON.parse(cli.stdout))).toEqual(AnalysisResult.parse(expected));
    const terminal = await run('npx', ['--no-install', 'teamfit', 'analyze', 'northwind', '--fail-on', 'none'], app);
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain(`${expected.systems.length} systems`);
    for (const system of expected.systems) expect(terminal.stdout).toContain(`${system.ref} `);
  }, SLOW);

  it('reads git history without its cache when install scripts were blocked, and says so once', async () => {
    execFileSync(process.execPath, [join(app, 'northwind/build-history.mjs'), join(app, 'repos')]);
    const cli = await run('npx', ['--no-install', 'teamfit', 'analyze', 'northwind', '--repos-dir', 'repos', '--format', 'json', '--fail-on', 'none'], app);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stderr.match(/git-cache-unavailable/g)).toHaveLength(1);
    expect(existsSync(join(app, '.teamfit/git-history.sqlite'))).toBe(false);
    const result = AnalysisResult.parse(JSON.parse(cli.stdout));
    const expected = await analyze({ paths: ['northwind'], cwd: app, history: { reposDir: 'repos', cacheDir: join(work, 'cache') } });
    expect(result.history?.repositories.length).toBeGreaterThan(0);
    const { diagnostics, summary, ...rest } = result;
    const { diagnostics: expectedDiagnostics, summary: expectedSummary, ...expectedRest } = AnalysisResult.parse(expected);
    expect(rest).toEqual(expectedRest);
    expect(diagnostics.filter((d) => d.code !== 'git-cache-unavailable')).toEqual(expectedDiagnostics);
    expect(summary).toEqual({ ...expectedSummary, diagnostics: { ...expectedSummary.diagnostics, info: expectedSummary.diagnostics.info + 1 } });
  }, SLOW);

  it('renders the HTML report with its inlined assets, prints its schemas and imports as a library', async () => {
    const html = await run('npx', ['--no-install', 'teamfit', 'analyze', 'northwind', '--format', 'html', '--output', 'report.html', '--fail-on', 'none'], app);
    expect(html.code, html.stderr).toBe(0);
    const page = readFileSync(join(app, 'report.html'), 'utf8');
    expect(page.length).toBeGreaterThan(100_000);
    expect(page).not.toMatch(/<script[^>]+src=/);
    const schema = await run('npx', ['--no-install', 'teamfit', 'schema', 'config'], app);
    expect(schema.stdout).toBe(readFileSync(join(ROOT, 'schema/config.schema.json'), 'utf8'));
    const library = await run(process.execPath, ['--input-type=module', '-e', "import { analyze } from 'teamfit'; import { createRequire } from 'node:module'; const r = await analyze({ paths: ['northwind'] }); console.log(r.systems.length, createRequire(import.meta.url).resolve('teamfit/schema/result.schema.json').endsWith('node_modules/teamfit/schema/result.schema.json'));"], app);
    const expected = await analyze({ paths: ['northwind'], cwd: app });
    expect(library.stdout.trim(), library.stderr).toBe(`${expected.systems.length} true`);
  }, SLOW);
});

const PLUGINS = ['plugins/teamfit-backend', 'plugins/teamfit-backend-module-tech-insights', 'plugins/teamfit'];

interface PackedManifest {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

describe('the packed Backstage plugins', () => {
  const pluginsApp = join(work, 'backstage-app');
  const tarballs: string[] = [];

  beforeAll(async () => {
    // The plugins have no prepack step: they are packed from this checkout's build (npm run build made it).
    for (const workspace of PLUGINS) {
      const packed = await run('npm', ['pack', '--json', '--workspace', workspace, '--pack-destination', work], ROOT);
      expect(packed.code, packed.stderr).toBe(0);
      const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string }>;
      tarballs.push(join(work, info?.filename ?? 'missing.tgz'));
    }
    mkdirSync(pluginsApp);
    writeFileSync(join(pluginsApp, 'package.json'), '{ "name": "backstage-app", "private": true, "type": "module" }\n');
    const installed = await run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', cliTarball, ...tarballs], pluginsApp);
    expect(installed.code, installed.stderr).toBe(0);
  }, SLOW);

  it('ask for teamfit as a peer, never as a path into this repository', () => {
    for (const [index, workspace] of PLUGINS.entries()) {
      const listed = execFileSync('tar', ['-xzOf', tarballs[index] ?? '', 'package/package.json'], { encoding: 'utf8' });
      const manifest = JSON.parse(listed) as PackedManifest;
      const specs = Object.values({ ...manifest.dependencies, ...manifest.peerDependencies });
      expect(specs.filter((spec) => /^(file|link|workspace):/.test(spec)), workspace).toEqual([]);
      expect(manifest.peerDependencies?.teamfit, workspace).toMatch(/^\^\d/);
    }
    // The peer is the packed CLI installed beside them, not a link back here.
    expect(lstatSync(join(pluginsApp, 'node_modules/teamfit')).isSymbolicLink()).toBe(false);
  });

  it('load their backend features in Node.js from a clean folder', async () => {
    for (const name of ['@teamfit/backstage-plugin-teamfit-backend', '@teamfit/backstage-plugin-teamfit-backend-module-tech-insights']) {
      const loaded = await run(process.execPath, ['--input-type=module', '-e', `const m = await import('${name}'); console.log(m.default?.$$type)`], pluginsApp);
      expect(loaded.stdout.trim(), loaded.stderr).toBe('@backstage/BackendFeature');
    }
  }, SLOW);

  it('bundle the frontend plugin with every import resolved in a clean folder', async () => {
    const entry = join(pluginsApp, 'entry.js');
    writeFileSync(entry, "import plugin, { EntityTeamfitCard } from '@teamfit/backstage-plugin-teamfit';\nconsole.log(plugin.id, typeof EntityTeamfitCard);\n");
    const bundled = await build({
      entryPoints: [entry], bundle: true, write: false, platform: 'browser', format: 'esm', logLevel: 'silent',
      absWorkingDir: pluginsApp, nodePaths: [join(pluginsApp, 'node_modules')],
      loader: { '.svg': 'dataurl', '.png': 'dataurl' }, define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    });
    expect(bundled.errors).toEqual([]);
    expect(bundled.outputFiles[0]?.text).toContain('teamfit');
  }, SLOW);
});
