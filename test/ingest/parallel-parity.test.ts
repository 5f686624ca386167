import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateOrg, writeOrg } from '../../src/gen/index.js';
import type { IngestOptions, IngestResult } from '../../src/ingest/types.js';
import { readExpectation } from '../bad-input/expectation.js';
import { SETUPS } from '../bad-input/setups.js';
import { backstageExamples, fixtures, repoRoot, tempDir } from './helpers.js';

// The pool runs the compiled worker, so this test reads through dist/ (npm test builds first). Under vitest
// the TypeScript sources have no worker beside them and always parse in the calling thread.
const dist = path.join(repoRoot, 'dist/ingest');
if (!existsSync(path.join(dist, 'parse-worker.js'))) throw new Error(`${dist}/parse-worker.js is missing: run npm run build first`);
const { readCatalog } = (await import(pathToFileURL(path.join(dist, 'read-catalog.js')).href)) as typeof import('../../src/ingest/read-catalog.js');
const { ParsePool } = (await import(pathToFileURL(path.join(dist, 'parse-pool.js')).href)) as typeof import('../../src/ingest/parse-pool.js');
const { parseCatalogFile } = (await import(pathToFileURL(path.join(dist, 'parse-file.js')).href)) as typeof import('../../src/ingest/parse-file.js');

/** Positions as a list, so their order is compared too (toStrictEqual compares Maps as sets). */
function comparable(result: IngestResult): unknown {
  return { ...result, entities: result.entities.map((entity) => ({ ...entity, positions: [...entity.positions] })) };
}

/** Reads once in this thread and again with each number of parse threads; all must agree in every detail. */
async function expectSameResult(options: IngestOptions, threadCounts = [2, 3]): Promise<IngestResult> {
  const sequential = await readCatalog({ ...options, threads: 1 });
  for (const threads of threadCounts) {
    const parallel = await readCatalog({ ...options, threads });
    expect(comparable(parallel), `${threads} threads`).toStrictEqual(comparable(sequential));
  }
  return sequential;
}

describe('parsing on worker threads gives the sequential result', () => {
  it('the compiled pool parses a file as the calling thread does', async () => {
    const pool = ParsePool.start(2);
    if (!pool) throw new Error('dist/ingest/parse-worker.js did not start');
    const file = path.join(repoRoot, 'examples/northwind/catalog-info.yaml');
    try {
      const parsed = await pool.parse([{ path: file, file: 'catalog-info.yaml' }])[0]?.result;
      expect(parsed).toStrictEqual(parseCatalogFile(await readFile(file), 'catalog-info.yaml'));
    } finally {
      await pool.close();
    }
  });

  it('a thread that fails rejects its tasks (the reader then parses them itself) and a queued task can be taken back', async () => {
    const dir = await tempDir();
    const broken = path.join(dir, 'broken-worker.js');
    await writeFile(broken, 'throw new Error("boom");\n');
    const pool = ParsePool.start(1, pathToFileURL(broken));
    if (!pool) throw new Error('the broken worker file exists, so a pool starts');
    try {
      const [first, , last] = pool.parse(['a', 'b', 'c'].map((name) => ({ path: path.join(dir, `${name}.yaml`), file: `${name}.yaml` })));
      // The thread holds two tasks, taken from the end of the queue; the first is still queued.
      expect(first?.steal()).toBe(true);
      await expect(last?.result).rejects.toThrow('boom');
      expect(last?.steal()).toBe(false);
    } finally {
      await pool.close();
    }
  });

  it('the reader takes over the oldest queued file while it waits, and settles it itself', async () => {
    const pool = ParsePool.start(1);
    if (!pool) throw new Error('dist/ingest/parse-worker.js did not start');
    const file = path.join(repoRoot, 'examples/northwind/catalog-info.yaml');
    try {
      const tasks = pool.parse(['a', 'b', 'c', 'd'].map((name) => ({ path: file, file: `${name}.yaml` })));
      // The thread holds the last two; the oldest one is the reader's to take.
      const taken = pool.takeOldest();
      expect(taken?.file).toBe('a.yaml');
      const own = parseCatalogFile(await readFile(file), 'a.yaml');
      taken?.resolve(own);
      await expect(tasks[0]?.result).resolves.toBe(own);
      expect(tasks[0]?.steal()).toBe(false);
      expect(pool.takeOldest()?.file).toBe('b.yaml');
      expect(pool.takeOldest()).toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it('Backstage example catalog (Locations followed across files)', async () => {
    const result = await expectSameResult({ paths: [backstageExamples], cwd: repoRoot });
    expect(result.entities.length).toBeGreaterThan(50);
  });

  it('the Northwind example', async () => {
    await expectSameResult({ paths: ['examples/northwind'], cwd: repoRoot });
  });

  it('the ingest fixtures (syntax errors, non-catalog files, alias bombs, Location cases)', async () => {
    await expectSameResult({ paths: [fixtures], cwd: repoRoot });
  });

  it('every case of the bad-input corpus', async () => {
    const corpus = path.join(repoRoot, 'test/fixtures/bad');
    const cases = (await readdir(corpus, { withFileTypes: true })).filter((entry) => entry.isDirectory());
    expect(cases.length).toBeGreaterThan(20);
    for (const { name } of cases) {
      const expected = await readExpectation(path.join(corpus, name, 'expected.json'));
      const root = path.join(await tempDir(), 'case');
      await cp(path.join(corpus, name), root, { recursive: true });
      if (expected.setup) await SETUPS[expected.setup](root);
      await expectSameResult({ paths: expected.paths ?? ['.'], cwd: root }, [2]);
    }
  });

  it('keys named __proto__ stay data on every thread', async () => {
    const dir = await tempDir();
    const yaml = [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Component',
      'metadata:\n  name: sneaky\n  annotations:\n    __proto__: x\n    b: c',
      'spec:\n  type: service\n  lifecycle: production\n  __proto__:\n    owner: nobody',
    ].join('\n');
    await writeFile(path.join(dir, 'catalog-info.yaml'), `${yaml}\n`);
    const result = await expectSameResult({ paths: [dir], cwd: dir });
    expect(result.entities[0]?.spec['owner']).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['missing-field']);
  });

  it('a generated organisation of 2,000 components, read through a root Location', async () => {
    const dir = await tempDir();
    const files = generateOrg({ teams: 200, components: 2000, seed: 3 });
    await writeOrg(path.join(dir, 'org'), files);
    // A root file whose Location lists half the files: those are read after it, the rest by the scan.
    const targets = files.filter((_, i) => i % 2 === 1).map((file) => `./org/${file.path}`);
    await mkdir(path.join(dir, 'org'), { recursive: true });
    const location = `apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: root\nspec:\n  targets:\n${targets.map((t) => `    - ${t}`).join('\n')}\n`;
    await writeFile(path.join(dir, 'all.yaml'), location);
    const result = await expectSameResult({ paths: ['.'], cwd: dir });
    expect(result.entities.length).toBeGreaterThan(4000);
    expect(result.files[0]).toBe('all.yaml');
  });
});
