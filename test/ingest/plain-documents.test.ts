import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateOrg } from '../../src/gen/index.js';
import { parseCatalogFile } from '../../src/ingest/parse-file.js';
import { readPlainDocuments } from '../../src/ingest/plain-documents.js';
import { Prng } from '../../src/util/prng.js';
import { backstageExamples, repoRoot } from './helpers.js';

const HEAD = 'apiVersion: backstage.io/v1alpha1\nkind: Component\n';
const entity = (body: string): string => `${HEAD}metadata:\n  name: a\n${body}`;

/** Edge cases the plain reader must read itself, identically. */
const PLAIN: Record<string, string> = {
  'every scalar style': entity(
    'spec:\n  type: service\n  owner: \'team-a\'\n  lifecycle: "prod\\u00e9\\n\\t"\n  system: >-\n    folded\n    text\n\n  desc: |-\n    kept\n      indented\n  more: >+\n    kept\n\n  multi: plain\n    over two lines\n  q: "double\n    over lines"\n',
  ),
  'core schema scalars': entity(
    'spec:\n  a: ~\n  b: null\n  c: Null\n  d: 0o17\n  e: 0x1F\n  f: 1e3\n  g: .inf\n  h: -.Inf\n  i: .nan\n  j: true\n  k: False\n  l: TRUE\n  m: 012\n  n: +12\n  o: 1.50\n  p: yes\n  q: 0b11\n  r: 1_000\n  s: -0\n  t: "~"\n  u: \'12\'\n',
  ),
  'keys that are numbers, booleans or null': entity('spec:\n  1: one\n  0x10: hex\n  true: yes\n  ~: nothing\n  1.0e1: ten\n  "2": two\n'),
  'comments everywhere': `# top\n${HEAD}# before metadata\nmetadata: # after key\n  # inside\n  name: a # after value\n  tags: [a, b] # after flow\n  # trailing in map\nspec:\n  list:\n    # before item\n    - a # after item\n    # after last item\n# at the end\n`,
  'empty values and documents': `---\n---\n${HEAD}metadata:\n  name: a\nspec:\n  owner:\n  system: # comment\n  lifecycle: ""\n...\n---\n# only a comment\n...\n`,
  'doc markers': `--- # start\n${HEAD}metadata:\n  name: a\n... # end\n--- \n${HEAD}metadata:\n  name: b\n`,
  'flow maps and sequences': entity('  tags: [ a, "b" , \'c\', ]\n  labels: {x: "1", y: 2, "z": [1, {q: r}]}\n  annotations: {}\nspec: {owner: t, dependsOn: [component:x]}\n'),
  'non-Backstage documents': 'a: 1\n---\n- x\n- y\n---\nplain scalar\n---\n[1, 2]\n',
  'nested sequences': entity('spec:\n  matrix:\n  - - 1\n    - 2\n  - - a: b\n      c: d\n'),
  'long value and long key': entity(`spec:\n  description: ${'x'.repeat(5000)}\n  ${'k'.repeat(900)}: v\n`),
  'BOM and CRLF': `\uFEFF${entity('spec:\n  owner: x\n').replace(/\n/g, '\r\n')}`,
};

/** Edge cases that must take the full path, for the reason given. */
const FULL: Record<string, string> = {
  anchors: entity('spec: &s\n  owner: x\n'),
  aliases: `${entity('  labels: &l {a: b}\nspec:\n  owner: x\n  more: *l\n')}`,
  tags: entity('spec:\n  owner: !!str 12\n'),
  'merge keys': entity('spec:\n  <<: {owner: x}\n'),
  'duplicate keys': entity('spec:\n  owner: x\n  owner: y\n'),
  'duplicate keys by value': entity('spec:\n  1: x\n  0x1: y\n'),
  'a syntax error halfway': `${entity('spec:\n  owner: x\n')}---\n${HEAD}metadata:\n  name: b\n   bad: indent\nspec: [\n`,
  'unclosed quote': entity('spec:\n  owner: "x\n'),
  'directives': `%YAML 1.2\n---\n${entity('spec:\n  owner: x\n')}`,
  'explicit keys': entity('spec:\n  ? owner\n  : x\n'),
  'tab indentation': entity('spec:\n\towner: x\n'),
  'empty sequence item': entity('spec:\n  dependsOn:\n    -\n    - x\n'),
  'multi-line flow': entity('spec:\n  dependsOn: [a,\n    b]\n'),
  'a key over 1024 characters': entity(`spec:\n  ${'k'.repeat(1100)}: v\n`),
  'proto key': entity('spec:\n  __proto__: {owner: x}\n'),
  'compact nested mapping': entity('spec: owner: x\n'),
  'comment without a space': entity('spec:\n  owner: "x"# no space\n'),
};

function expectSame(text: string, file = 'catalog.yaml'): void {
  const bytes = new TextEncoder().encode(text);
  expect(parseCatalogFile(bytes, file)).toEqual(parseCatalogFile(bytes, file, { plain: false }));
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return yamlFilesUnder(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

function corpus(): Array<{ file: string; text: string }> {
  const files = [...yamlFilesUnder(path.resolve(backstageExamples, '../../..')), ...yamlFilesUnder(path.join(repoRoot, 'test/fixtures'))];
  const read = files.map((full) => ({ file: path.relative(repoRoot, full), text: readFileSync(full, 'latin1') }));
  const generated = generateOrg({ teams: 6, components: 60, seed: 3 }).map(({ path: file, text }) => ({ file, text }));
  return [...read, ...generated];
}

describe('the plain document reader', () => {
  it.each(Object.entries(PLAIN))('reads %s itself, as the full path does', (_name, text) => {
    expect(readPlainDocuments(text)).toBeDefined();
    expectSame(text);
  });

  it.each(Object.entries(FULL))('leaves %s to the full path', (_name, text) => {
    expect(readPlainDocuments(text)).toBeUndefined();
    expectSame(text);
  });

  it('reads the Backstage examples, the fixtures and a generated organisation as the full path does', () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(150);
    let plain = 0;
    for (const { file, text } of files) {
      // Files as bytes, so the invalid-encoding fixtures are compared too.
      const bytes = new Uint8Array(readFileBytes(file, text));
      expect(parseCatalogFile(bytes, file), file).toEqual(parseCatalogFile(bytes, file, { plain: false }));
      if (readPlainDocuments(text) !== undefined) plain++;
    }
    // Most real catalogs are plain: if this drops, the reader has stopped paying for itself.
    expect(plain / files.length).toBeGreaterThan(0.8);
  });

  it('agrees with the full path on thousands of damaged catalogs', () => {
    const prng = new Prng(17);
    const pieces = [':', ' ', '-', '#', '\t', "'", '"', '[', ']', '{', '}', ',', '&a', '*a', '!', '|', '>', '?', '\n', '  ', '---', '...', '~', '0x', 'é', '\\'];
    const seeds = corpus().filter(({ text }) => text.length < 4000 && readPlainDocuments(text) !== undefined);
    let plain = 0;
    let full = 0;
    for (let round = 0; round < 3000; round++) {
      const { text } = prng.pick(seeds);
      let damaged = text;
      for (let edits = prng.int(1, 3); edits > 0; edits--) {
        const at = prng.int(0, damaged.length);
        const cut = prng.chance(0.5) ? prng.int(0, 3) : 0;
        damaged = damaged.slice(0, at) + (prng.chance(0.8) ? prng.pick(pieces) : '') + damaged.slice(at + cut);
      }
      expectSame(damaged);
      if (readPlainDocuments(damaged) === undefined) full++;
      else plain++;
    }
    // Both paths must have been exercised for the comparison to mean anything.
    expect(plain).toBeGreaterThan(300);
    expect(full).toBeGreaterThan(300);
  });
});

function readFileBytes(file: string, text: string): Buffer {
  const full = path.join(repoRoot, file);
  try {
    return readFileSync(full);
  } catch {
    return Buffer.from(text, 'utf8');
  }
}
