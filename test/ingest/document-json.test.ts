import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { parseAllDocuments, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentJson } from '../../src/ingest/document-json.js';
import { toJson } from '../../src/ingest/to-json.js';
import { backstageExamples, repoRoot } from './helpers.js';

/** The long way documentJson short-cuts; undefined where it throws (the reader reports an alias bomb). */
function viaToJs(doc: ReturnType<typeof parseAllDocuments>[number]): unknown {
  try {
    return toJson(doc.toJS({ maxAliasCount: -1 }));
  } catch {
    return undefined;
  }
}

/** Every document of `text`: the short cut, where it answers, equals the long way, key order included. */
function expectSameAsToJs(text: string): number {
  let answered = 0;
  for (const doc of parseAllDocuments(text, { uniqueKeys: true })) {
    if (doc.errors.length > 0) continue;
    const fast = documentJson(doc.contents);
    if (fast === undefined) continue;
    answered += 1;
    const slow = viaToJs(doc);
    expect(fast).toStrictEqual(slow);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
  }
  return answered;
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

describe('documentJson', () => {
  it('equals toJson(doc.toJS()) on every catalog file of the repository and the Backstage examples', async () => {
    const dirs = [path.join(repoRoot, 'examples'), path.join(repoRoot, 'test/fixtures'), backstageExamples];
    let answered = 0;
    for (const dir of dirs) {
      for (const file of await yamlFiles(dir)) answered += expectSameAsToJs(await readFile(file, 'utf8').catch(() => ''));
    }
    expect(answered).toBeGreaterThan(300);
  });

  it('equals it on arbitrary JSON written as YAML (block and flow style)', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, flow) => {
        const text = stringify({ apiVersion: 'backstage.io/v1alpha1', spec: value }, { collectionStyle: flow ? 'flow' : 'block' });
        answered += expectSameAsToJs(text);
      }),
      { numRuns: 300 },
    );
    // Only a generated `__proto__` key sends a document the long way.
    expect(answered).toBeGreaterThan(250);
  });

  it('equals it for keys that are numbers, booleans, null or repeated as different scalars', () => {
    const text = 'a: 1\n2: two\ntrue: yes\n~: empty\n"2": again\n1.50: x\nlist: [1, "1", null, ~, .inf, -0]\nn:\n';
    expect(expectSameAsToJs(text)).toBe(1);
    expect(documentJson(parseAllDocuments(text)[0]?.contents ?? null)).toMatchObject({ '': 'empty', '2': 'again', '1.5': 'x' });
  });

  it('leaves aliases, merge keys, YAML 1.1 types, collection keys and __proto__ to toJS', () => {
    const longWay = [
      'a: &x 1\nb: *x\n',
      '<<: {a: 1}\nb: 2\n',
      '%YAML 1.1\n---\nset: !!set {a, b}\n',
      '%YAML 1.1\n---\nomap: !!omap [a: 1]\n',
      '%YAML 1.1\n---\nwhen: !!timestamp 2001-12-14\n',
      '? [a, b]\n: c\n',
      '__proto__: {owner: x}\n',
    ];
    for (const text of longWay) expect(documentJson(parseAllDocuments(text)[0]?.contents ?? null), text).toBeUndefined();
  });

  it('toJson keeps a __proto__ key as data instead of a prototype', () => {
    const json = toJson(parseAllDocuments('spec:\n  __proto__: {owner: x}\n')[0]?.toJS());
    const spec = (json as { spec: Record<string, unknown> }).spec;
    expect(Object.keys(spec)).toEqual(['__proto__']);
    expect(spec['owner']).toBeUndefined();
  });
});
