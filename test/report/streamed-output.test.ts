import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrg, writeOrg } from '../../src/gen/index.js';
import { jsonForScript, jsonForScriptPieces } from '../../src/report/html/escape-html.js';
import { streamReport } from '../../src/report/index.js';
import { jsonPieces } from '../../src/report/json-pieces.js';
import type { AnalysisResult } from '../../src/result/index.js';
import { analyze } from '../../src/run.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

function pieces(text: string | Iterable<string>): string[] {
  return typeof text === 'string' ? [text] : [...text];
}

describe('jsonPieces', () => {
  // Containers past the whole-subtree budget (4096 values) are walked piece by piece: these cover that walk.
  const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
  const cases: Array<[string, unknown]> = [
    ['a scalar', 'line\nbreak "quoted" \u2028 é'],
    ['an empty array and object', { a: [], b: {} }],
    ['a big array of objects', many(5000, (i) => ({ id: `x${i}`, text: 'a\nb', nested: { list: [i, null, true], empty: {} } }))],
    ['a big array with holes a JSON array writes as null', many(5000, (i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? () => i : { i }))],
    ['a big object whose members are skipped or kept', Object.fromEntries(many(5000, (i): [string, unknown] => [`k${i}`, i % 2 === 0 ? undefined : [i, { deep: [i] }]]))],
    ['a big object whose members are all skipped', Object.fromEntries(many(5000, (i): [string, unknown] => [`k${i}`, undefined]))],
    ['values with toJSON and non-finite numbers', { when: new Date(0), list: many(5000, (i) => (i === 7 ? Number.NaN : i === 8 ? new Date(i) : i)) }],
    ['deep big containers', { model: { entities: many(3000, (i) => ({ ref: `c:${i}`, tags: many(3, String) })), relations: many(6000, (i) => ({ s: i })) } }],
  ];

  it.each(cases)('joins to JSON.stringify with two-space indent: %s', (_name, value) => {
    expect([...jsonPieces(value, '  ')].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it.each(cases)('joins to compact JSON.stringify: %s', (_name, value) => {
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
  });

  it('gives a big value in many small pieces', () => {
    const value = { items: many(100_000, (i) => ({ id: i, name: `item-${i}` })) };
    const parts = [...jsonPieces(value, '  ')];
    expect(parts.length).toBeGreaterThan(1000);
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(1024);
  });
});

describe('script data in pieces', () => {
  it('escapes exactly as the whole string does', () => {
    const value = Array.from({ length: 6000 }, (_, i) => ({ name: `</script><!-- ${i} \u2028\u2029 <b>` }));
    const parts = [...jsonForScriptPieces(value)];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(jsonForScript(value));
  });
});

describe('streamed reports', () => {
  let northwind: AnalysisResult;
  let generated: AnalysisResult;
  beforeAll(async () => {
    northwind = await analyze({ paths: ['examples/northwind'], cwd: repoRoot });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'teamfit-stream-'));
    temps.push(dir);
    await writeOrg(dir, generateOrg({ teams: 150, components: 1500, seed: 3 }));
    generated = await analyze({ paths: [dir], cwd: dir });
  }, 120_000);

  it('json is byte-identical to JSON.stringify(result, null, 2) on the example organisation', async () => {
    const text = pieces(await streamReport(northwind, 'json', { color: false })).join('');
    expect(text).toBe(JSON.stringify(northwind, null, 2) + '\n');
  });

  it('json of a generated organisation is byte-identical and comes in pieces of bounded size', async () => {
    const parts = pieces(await streamReport(generated, 'json', { color: false }));
    const whole = JSON.stringify(generated, null, 2) + '\n';
    expect(parts.join('')).toBe(whole);
    expect(whole.length).toBeGreaterThan(4_000_000);
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(256 * 1024);
  });

  it('sarif and html of a generated organisation come in pieces, none of them the whole', async () => {
    for (const format of ['sarif', 'html'] as const) {
      const parts = pieces(await streamReport(generated, format, { color: false }));
      const total = parts.reduce((sum, part) => sum + part.length, 0);
      expect(parts.length).toBeGreaterThan(100);
      expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(total / 2);
    }
  });

  it('sarif is the JSON.stringify of the same log', async () => {
    const text = pieces(await streamReport(generated, 'sarif', { color: false })).join('');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
  });
});
