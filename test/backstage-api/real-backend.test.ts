import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBackstageCatalog } from '../../src/ingest/backstage-api/index.js';
import { readCatalog } from '../../src/ingest/index.js';
import { analyze } from '../../src/run.js';
import { runTeamfit, temporaryDirectory } from '../cli/run-teamfit.js';
import { comparable } from './comparable.js';
import { offlineCopy } from './offline-copy.js';
import { isBackendInstalled, startBackend, type RealBackend } from './real-backend.js';

// These run teamfit against a real Backstage catalog backend (test/backstage) holding the same catalog files
// that are read from disk. CI installs the backend, so there a missing install fails these tests; locally
// they are skipped with a note until `npm ci --prefix test/backstage` has been run.
const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES = resolve(ROOT, '../shared/fixtures/backstage-examples/packages/catalog-model/examples');
const EXAMPLE_ENTRIES = ['acme-corp', 'all-apis', 'all-components', 'all-domains', 'all-resources', 'all-systems'];
const NORTHWIND = join(ROOT, 'examples/northwind/catalog-info.yaml');
/** Northwind and Backstage's example catalog (an offline copy of it), registered with Backstage by absolute path. */
let CATALOG_FILES: string[] = [];
const isInstalled = isBackendInstalled();
const isCi = Boolean(process.env.CI);
if (!isInstalled && !isCi) console.warn('skipping the real-Backstage tests: run `npm ci --prefix test/backstage` to install the backend');

/** Entities of teamfit's kinds Backstage will serve: those in the files plus one generated Location per file registered. */
async function expectedCount(files: string[]): Promise<number> {
  return (await readCatalog({ paths: files, cwd: ROOT })).entities.length + files.length;
}

function requireBackend(): void {
  if (!isInstalled) throw new Error('test/backstage is not installed: `.ci/run` must run `npm ci --prefix test/backstage` before the tests');
}

describe.skipIf(!isInstalled && !isCi)('a real Backstage catalog backend', () => {
  let backend: RealBackend;
  beforeAll(async () => {
    requireBackend();
    const examples = await offlineCopy(EXAMPLES);
    CATALOG_FILES = [NORTHWIND, ...EXAMPLE_ENTRIES.map((name) => join(examples, `${name}.yaml`))];
    backend = await startBackend(CATALOG_FILES, await expectedCount(CATALOG_FILES));
  }, 180_000);
  afterAll(async () => backend?.stop());

  it('gives the same verdicts, findings and model as the same files read from disk', async () => {
    const fromApi = await analyze({ backstageUrls: [backend.url], env: { BACKSTAGE_TOKEN: backend.token }, cwd: ROOT });
    const fromFiles = await analyze({ paths: CATALOG_FILES, cwd: ROOT });
    expect(fromApi.systems.length).toBeGreaterThan(5); // Northwind and the examples, not an empty catalog
    expect(comparable(fromApi)).toEqual(comparable(fromFiles));
    expect(fromApi.inputs).toEqual([backend.url]);
    // Findings point at the file Backstage read their subject from (the dangling owner is missing-owner's to report).
    const orphan = fromApi.findings.find((f) => f.ruleId === 'missing-owner' && f.subject === 'component:default/fulfilment-model');
    expect(orphan?.location).toMatchObject({ file: join(ROOT, 'examples/northwind/systems/fulfilment.yaml'), line: 1 });
  });

  it('agrees with the relations Backstage computed itself', { timeout: 60_000 }, async () => {
    const fromFiles = await analyze({ paths: CATALOG_FILES, cwd: ROOT });
    const known = new Set(fromFiles.model.entities.map((e) => e.ref));
    // teamfit's own additions, which Backstage has no reason to know: operatedBy, and inferred systems.
    const inferred = new Set(fromFiles.model.entities.filter((e) => e.inferred).map((e) => e.ref));
    const ours = fromFiles.model.relations
      .filter((r) => r.type !== 'operatedBy' && r.type !== 'operates' && !inferred.has(r.source) && !inferred.has(r.target))
      .map((r) => `${r.source} ${r.type} ${r.target}`);
    // Backstage stitches relations onto their source entity a moment after processing: poll briefly.
    let theirs: string[] = [];
    for (let attempt = 0; attempt < 30; attempt++) {
      theirs = (await backstageRelations(backend)).filter((r) => known.has(r.split(' ')[2] ?? ''));
      if (new Set(theirs).size === new Set(ours).size) break;
      await new Promise((done) => setTimeout(done, 1_000));
    }
    expect(new Set(ours)).toEqual(new Set(theirs));
  });

  it('reads the same entities over many small pages', async () => {
    const progress: string[] = [];
    const small = await readBackstageCatalog({ urls: [backend.url], token: backend.token, pageSize: 7, onProgress: (m) => progress.push(m) });
    const whole = await readBackstageCatalog({ urls: [backend.url], token: backend.token });
    const total = await expectedCount(CATALOG_FILES);
    expect(progress).toHaveLength(Math.ceil(total / 7));
    expect(progress.at(-1)).toBe(`${backend.url}: page ${Math.ceil(total / 7)}, ${total} of ${total} entities`);
    expect(small.entities.map((e) => e.metadata.name)).toEqual(whole.entities.map((e) => e.metadata.name));
    expect(small.entities.length).toBe(total - CATALOG_FILES.length);
  });

  it('the CLI reads it with a token from the named variable and never prints or writes the token', async () => {
    const dir = await temporaryDirectory();
    const output = join(dir, 'result.json');
    const ok = await runTeamfit(['analyze', '--backstage-url', backend.url, '--backstage-token-env', 'MY_BACKSTAGE', '--format', 'json', '--output', output, '--verbose'], {
      env: { MY_BACKSTAGE: backend.token },
    });
    expect(ok.stderr).toContain('page 1,');
    expect([0, 1]).toContain(ok.code);
    const markdown = await runTeamfit(['analyze', '--backstage-url', backend.url, '--format', 'markdown', '--fail-on', 'none'], { env: { BACKSTAGE_TOKEN: backend.token } });
    expect(markdown.code).toBe(0);
    const everything = [ok.stdout, ok.stderr, await readFile(output, 'utf8'), markdown.stdout, markdown.stderr].join('\n');
    expect(everything).not.toContain(backend.token);
    await rm(dir, { recursive: true });
  });

  it('a refused token exits 2 with one line, and does not print the token', async () => {
    const wrong = 'wrong-token-0123456789';
    const { code, stdout, stderr } = await runTeamfit(['analyze', '--backstage-url', backend.url], { env: { BACKSTAGE_TOKEN: wrong } });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`teamfit: Backstage at ${backend.url}: token missing or refused (HTTP 401; set BACKSTAGE_TOKEN or --backstage-token-env)\n`);
    const missing = await runTeamfit(['analyze', '--backstage-url', backend.url], { env: { BACKSTAGE_TOKEN: '' } });
    expect(missing.stderr).toContain('BACKSTAGE_TOKEN is not set');
    expect(`${stdout}${stderr}${missing.stdout}${missing.stderr}`).not.toContain(backend.token);
  });
});

describe.skipIf(!isInstalled && !isCi)('a real Backstage backend that stops mid-read', () => {
  it('fails the whole read, naming the page, instead of analysing half a catalog', async () => {
    requireBackend();
    const files = [NORTHWIND];
    const backend = await startBackend(files, await expectedCount(files));
    try {
      const read = readBackstageCatalog({
        urls: [backend.url],
        token: backend.token,
        pageSize: 5,
        http: { retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 20, maxRetryAfterMs: 20 } },
        afterPage: async (page) => {
          if (page === 1) await backend.stop();
        },
      });
      await expect(read).rejects.toThrow(/^catalog read incomplete: http:\/\/127\.0\.0\.1:\d+ page 2 failed: cannot reach .* \(ECONNREFUSED\) \(gave up after 3 attempts\); no result was produced .*5 entities had been read\)$/);
    } finally {
      await backend.stop();
    }
  }, 180_000);
});

/** Every relation Backstage stitched onto the entities, as `source type target`. */
async function backstageRelations(backend: RealBackend): Promise<string[]> {
  const entities = (await readBackstageCatalog({ urls: [backend.url], token: backend.token })).entities;
  const refs = new Set(entities.map((e) => `${e.kind}:${e.metadata.namespace}/${e.metadata.name}`.toLowerCase()));
  const relations: string[] = [];
  let cursor: string | undefined;
  do {
    const query = cursor ? `cursor=${encodeURIComponent(cursor)}` : 'fields=kind,metadata.name,metadata.namespace,relations';
    const response = await fetch(`${backend.url}/api/catalog/entities/by-query?${query}&limit=500`, { headers: { authorization: `Bearer ${backend.token}` } });
    const body = (await response.json()) as { items: BackstageItem[]; pageInfo: { nextCursor?: string } };
    for (const item of body.items) {
      const source = `${item.kind}:${item.metadata.namespace ?? 'default'}/${item.metadata.name}`.toLowerCase();
      if (!refs.has(source)) continue;
      for (const relation of item.relations ?? []) relations.push(`${source} ${relation.type} ${relation.targetRef}`);
    }
    cursor = body.pageInfo.nextCursor;
  } while (cursor);
  return relations;
}

interface BackstageItem {
  kind: string;
  metadata: { name: string; namespace?: string };
  relations?: { type: string; targetRef: string }[];
}
