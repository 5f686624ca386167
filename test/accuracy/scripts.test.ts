import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TestRepo } from '../discover/git-repo.js';

const ROOT = resolve(import.meta.dirname, '../..');
const json = (value: unknown) => JSON.stringify(value, null, 2);

function runScript(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(ROOT, 'scripts/accuracy', script), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

const head = (repo: TestRepo) => repo.git('rev-parse', 'HEAD').trim();

/** One application with its database: a monolith by its artefacts. */
const monolith = () => new TestRepo('shop').commit('shop', {
  'package.json': json({ name: 'shop', private: true, scripts: { start: 'node server.js' }, dependencies: { express: '^4' } }),
  'server.js': 'require("express")().listen(3000);\n',
  Dockerfile: 'FROM node:20\nCOPY . .\nCMD ["node", "server.js"]\n',
  'compose.yaml': ['services:', '  shop:', '    build: .', '    depends_on: [db]', '  db:', '    image: postgres:16', ''].join('\n'),
});

/** A published npm library and nothing deployed: no architecture to classify. */
const library = () => new TestRepo('left-pad').commit('lib', {
  'package.json': json({ name: 'left-pad', version: '1.0.0', main: 'index.js' }),
  'index.js': 'module.exports = (s) => s;\n',
});

/** Places a clone the way the README says: `<dir>/<owner>+<name>`, at the recorded commit. */
function place(dir: string, repo: TestRepo, name: string): string {
  const target = join(dir, name.replace('/', '+'));
  execFileSyncGit(['clone', '-q', '--shared', repo.dir, target]);
  return target;
}

function execFileSyncGit(args: string[]): void {
  execFileSync('git', args, { stdio: 'ignore' });
}

describe('npm run accuracy (scripts/accuracy/repositories.mjs)', () => {
  it('measures placed clones, lists missing ones as not placed, and rewrites only its section of the doc', async () => {
    const work = mkdtempSync(join(tmpdir(), 'teamfit-accuracy-'));
    const clones = join(work, 'clones');
    mkdirSync(clones);
    const shop = monolith();
    const pad = library();
    place(clones, shop, 'acme/shop');
    place(clones, pad, 'acme/left-pad');
    const corpus = join(work, 'corpus.yaml');
    writeFileSync(corpus, [
      'repositories:',
      // Labelled wrong on purpose: teamfit's confident monolith must show as a confident wrong verdict.
      `  - { repo: acme/shop, commit: ${head(shop)}, expected: micro-monolith, evidence: [compose.yaml, Dockerfile, k8s/deploy.yaml], reason: "deliberately mislabelled" }`,
      `  - { repo: acme/left-pad, commit: ${head(pad)}, expected: undetermined, evidence: [package.json], reason: "a library" }`,
      `  - { repo: acme/elsewhere, commit: ${'a'.repeat(40)}, expected: micro-monolith, evidence: [pom.xml], reason: "never placed" }`,
      'kept:',
      '  - { repo: acme/shop, why: "one app: the label is the test\'s mistake, kept to exercise this section" }',
      '',
    ].join('\n'));
    const doc = join(work, 'accuracy.md');
    writeFileSync(doc, '# Accuracy\n\nHand-written introduction.\n\n<!-- accuracy:catalogs:start -->\ncatalog table\n<!-- accuracy:catalogs:end -->\n');

    const run = await runScript('repositories.mjs', ['--corpus', corpus, '--dir', clones, '--doc', doc]);
    expect(run.stderr).toContain('acme/elsewhere: not placed');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('agreement 1/2 (50%), confident wrong 1, not placed 1');

    const text = readFileSync(doc, 'utf8');
    expect(text).toContain('Hand-written introduction.');
    expect(text).toContain('<!-- accuracy:catalogs:start -->\ncatalog table\n<!-- accuracy:catalogs:end -->');
    expect(text).toContain('**Agreement: 1 of 2 (50%)**; 1 not placed (not measured)');
    expect(text).toContain('**Confident wrong verdicts (confidence ≥ 0.7): 1** (acme/shop)');
    expect(text).toMatch(/\| \*\*micro-monolith\*\* \| 1 \| 0 \| 0 \| 0 \| 0 \| 0% \|/);
    expect(text).toMatch(/\| \*\*undetermined\*\* \| 0 \| 0 \| 0 \| \*\*1\*\* \| 0 \| 100% \|/);
    expect(text).toContain('`k8s/deploy.yaml` (missing)');
    expect(text).toContain('not placed (not placed)');
    expect(text).toContain("- **acme/shop** (expected micro-monolith, teamfit monolith): one app");

    // A second run replaces its section instead of appending another one.
    await runScript('repositories.mjs', ['--corpus', corpus, '--dir', clones, '--doc', doc]);
    expect(readFileSync(doc, 'utf8').split('<!-- accuracy:repositories:start -->')).toHaveLength(2);
  });

  it('does not measure a clone that is at another commit than the corpus records', async () => {
    const work = mkdtempSync(join(tmpdir(), 'teamfit-accuracy-'));
    const shop = monolith();
    const recorded = head(shop);
    shop.commit('later', { 'later.txt': 'x\n' });
    place(work, shop, 'acme/shop');
    const corpus = join(work, 'corpus.yaml');
    writeFileSync(corpus, `repositories:\n  - { repo: acme/shop, commit: ${recorded}, expected: monolith, evidence: [compose.yaml], reason: r }\n`);
    const run = await runScript('repositories.mjs', ['--corpus', corpus, '--dir', work, '--doc', join(work, 'a.md')]);
    expect(run.stdout).toContain('agreement 0/0 (n/a), confident wrong 0, not placed 1');
    expect(readFileSync(join(work, 'a.md'), 'utf8')).toContain(`not placed (at ${head(shop).slice(0, 12)}, not ${recorded.slice(0, 12)})`);
  });

  it('refuses a corpus entry without evidence, naming where', async () => {
    const work = mkdtempSync(join(tmpdir(), 'teamfit-accuracy-'));
    const corpus = join(work, 'corpus.yaml');
    writeFileSync(corpus, `repositories:\n  - { repo: acme/shop, commit: ${'b'.repeat(40)}, expected: monolith, evidence: [], reason: r }\n`);
    const run = await runScript('repositories.mjs', ['--corpus', corpus, '--dir', work, '--doc', join(work, 'a.md')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('(at repositories.0.evidence)');
  });
});

describe('place-clones.mjs', () => {
  it('clones each corpus repository from a local mirror at its recorded commit and reports those without a mirror', async () => {
    const work = mkdtempSync(join(tmpdir(), 'teamfit-accuracy-'));
    const shop = monolith();
    const recorded = head(shop);
    shop.commit('later', { 'later.txt': 'x\n' });
    const mirrors = join(work, 'mirrors');
    mkdirSync(join(mirrors, 'acme+shop'), { recursive: true });
    execFileSyncGit(['clone', '-q', '--mirror', shop.dir, join(mirrors, 'acme+shop', 'repo')]);
    const corpus = join(work, 'corpus.yaml');
    writeFileSync(corpus, [
      'repositories:',
      `  - { repo: acme/shop, commit: ${recorded}, expected: monolith, evidence: [compose.yaml], reason: r }`,
      `  - { repo: acme/gone, commit: ${'c'.repeat(40)}, expected: monolith, evidence: [x], reason: r }`,
      '',
    ].join('\n'));
    const catalogs = join(work, 'catalogs.yaml');
    writeFileSync(catalogs, 'catalogs:\n  - { name: hand-placed, folder: acme-catalog }\n');
    const clones = join(work, 'clones');
    const run = await runScript('place-clones.mjs', [mirrors, '--dir', clones, '--corpus', corpus, '--catalogs', catalogs]);
    expect(run.stderr).toContain(`acme/shop: placed at ${recorded.slice(0, 12)}`);
    expect(run.stderr).toContain('acme/gone: no mirror under');
    const placed = join(clones, 'acme+shop');
    expect(execFileSync('git', ['-C', placed, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()).toBe(recorded);
    // The origin names the public repository, so that teamfit matches the clone by remote URL as on a user's machine.
    expect(execFileSync('git', ['-C', placed, 'remote', 'get-url', 'origin'], { encoding: 'utf8' }).trim()).toBe('https://github.com/acme/shop.git');
  });
});

describe('npm run accuracy:catalogs (scripts/accuracy/catalogs.mjs)', () => {
  it('prints entities, systems, components in a system, teams determined, confidence and diagnostics per catalog', async () => {
    const work = mkdtempSync(join(tmpdir(), 'teamfit-accuracy-'));
    const folder = join(work, 'clones', 'acme-catalog');
    mkdirSync(folder, { recursive: true });
    const entity = (kind: string, name: string, spec: object) => ['---', 'apiVersion: backstage.io/v1alpha1', `kind: ${kind}`, 'metadata:', `  name: ${name}`, `spec: ${JSON.stringify(spec)}`].join('\n');
    writeFileSync(join(folder, 'catalog-info.yaml'), [
      entity('Group', 'team-a', { type: 'team', children: [], members: ['alice'] }),
      entity('User', 'alice', { memberOf: ['team-a'] }),
      entity('System', 'shop', { owner: 'team-a' }),
      entity('Component', 'web', { type: 'service', lifecycle: 'production', owner: 'team-a', system: 'shop' }),
      entity('Component', 'lonely', { type: 'service', lifecycle: 'production', owner: 'team-a' }),
      entity('Component', 'orphan', { type: 'service', lifecycle: 'production', owner: 'nobody' }),
      '',
    ].join('\n'));
    const corpus = join(work, 'catalogs.yaml');
    writeFileSync(corpus, [
      'catalogs:',
      '  - { name: acme, folder: acme-catalog, reading: "one system of one service: a monolith is what a reader expects" }',
      `  - { name: absent, repo: acme/absent, commit: ${'d'.repeat(40)} }`,
      '',
    ].join('\n'));
    const doc = join(work, 'accuracy.md');
    const run = await runScript('catalogs.mjs', ['--corpus', corpus, '--dir', join(work, 'clones'), '--doc', doc]);
    expect(run.code).toBe(0);
    const row = run.stdout.split('\n').find((line) => line.startsWith('| acme'));
    // The catalog's shape is fixed (two lone services become inferred systems); the verdicts' labels belong to the classifiers.
    const cells = (row ?? '').split(' | ');
    expect(cells.slice(0, 5)).toEqual(['| acme (`acme-catalog`)', '0', '6', '1 / 2', '3 of 3 (100%)']);
    expect(cells[6]).toMatch(/^\d \/ 1 \(\d+%\)$/);
    expect(cells[8]).toMatch(/^\d \/ \d \/ \d \|$/);
    expect(run.stdout).toMatch(/\| \[absent\]\(https:\/\/github.com\/acme\/absent\) `d{12}` \| not placed \|/);
    expect(run.stdout).toMatch(/- \*\*acme\*\*: .*`inferred-systems` 1/);
    expect(run.stdout).toContain('- **acme**: one system of one service');
    expect(readFileSync(doc, 'utf8')).toContain('<!-- accuracy:catalogs:start -->\n## Verdicts on public real catalogs');
  });
});
