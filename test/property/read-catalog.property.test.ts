import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/ingest/read-catalog.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'teamfit-prop-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Reads one file holding `content` (given explicitly, so even non-catalog text is parsed and reported). */
async function readText(content: string | Uint8Array) {
  const file = path.join(dir, 'catalog.yaml');
  await writeFile(file, content);
  return readCatalog({ paths: [file], cwd: dir });
}

/** Fragments that exercise the YAML grammar's corners far more often than uniform text would. */
const YAML_TOKENS = [
  'apiVersion: backstage.io/v1alpha1\n', 'kind: Component\n', 'metadata:\n', '  name: x\n', 'spec:\n', '  owner: ', '---\n', '...\n',
  ': ', '- ', '? ', '&a ', '*a', '*b', '!!str ', '!<tag> ', '%YAML 1.2\n', '[', ']', '{', '}', ',', '"', "'", '|\n', '>-\n', '#', '\n', '  ', '\t',
  '\r\n', '\uFEFF', '\u0000', '<<: *a\n', 'é', '𝒳', '\\', '0x1F', '1e999', '~', 'null', '.inf',
];
const yamlish = fc.array(fc.oneof(fc.constantFrom(...YAML_TOKENS), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

function expectWellFormed(result: Awaited<ReturnType<typeof readText>>): void {
  for (const d of result.diagnostics) {
    expect(d.file).toBe('catalog.yaml');
    if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
    if (d.column !== undefined) expect(d.column).toBeGreaterThanOrEqual(1);
  }
}

describe('readCatalog (property)', () => {
  it('never throws on arbitrary text or YAML-like token soup, and every diagnostic has a position', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), yamlish), async (text) => {
        expectWellFormed(await readText(text));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        expectWellFormed(await readText(bytes));
      }),
      { numRuns: 150 },
    );
  });

  it('reads a serialised entity back unchanged in kind, name and spec', async () => {
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 20 });
    const name = fc.stringMatching(/^[a-z0-9]{1,10}([-_.][a-z0-9]{1,10}){0,2}$/);
    const extra = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    const entity = fc.record({
      kind: fc.constantFrom('Component', 'Resource', 'System'),
      name,
      spec: fc.record({ type: text, lifecycle: text, owner: text, system: text, dependsOn: fc.array(text, { maxLength: 3 }), custom: extra }),
    });
    await fc.assert(
      fc.asyncProperty(entity, async ({ kind, name: entityName, spec }) => {
        const result = await readText(stringify({ apiVersion: 'backstage.io/v1alpha1', kind, metadata: { name: entityName }, spec }));
        const [read] = result.entities;
        expect(result.entities).toHaveLength(1);
        expect(read?.kind).toBe(kind);
        expect(read?.metadata.name).toBe(entityName);
        expect(read?.spec).toEqual(spec);
      }),
      { numRuns: 150 },
    );
  });
});
