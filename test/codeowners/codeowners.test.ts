import { describe, expect, it } from 'vitest';
import { CodeownersMatcher, parseCodeowners } from '../../src/ingest/codeowners/index.js';

const text = [
  '# global owners',
  '*       @acme/everyone',
  '*.js    @acme/frontend   # trailing comment',
  '/docs/  docs@example.com',
  'docs/*  @acme/writers',
  'apps/   @acme/apps',
  '/build/logs/ @acme/ops',
  '/src/payments/ @acme/payments @alice',
  '/src/payments/vendor/',
  '\\#notes @acme/hash',
  '!/src/x @acme/nobody',
  '/src/[ab]/ @acme/nobody',
  '/src/cart/ @bad owner!',
].join('\n');

const codeowners = parseCodeowners(text, '.github/CODEOWNERS');
const owners = (path: string) => new CodeownersMatcher(codeowners).ownersOf(path).owners;

describe('CODEOWNERS', () => {
  it('the last matching pattern wins', () => {
    expect(owners('README.md')).toEqual(['@acme/everyone']);
    expect(owners('web/app.js')).toEqual(['@acme/frontend']);
    expect(owners('src/payments/pay.go')).toEqual(['@acme/payments', '@alice']);
  });

  it('a pattern without owners leaves the files it matches unowned', () => {
    expect(new CodeownersMatcher(codeowners).ownersOf('src/payments/vendor/x.go')).toMatchObject({ owners: [], rule: { line: 9 } });
  });

  it('anchored folders match only at the root; unanchored ones at any depth', () => {
    expect(owners('build/logs/today/a.log')).toEqual(['@acme/ops']);
    expect(owners('x/build/logs/a.log')).toEqual(['@acme/everyone']);
    expect(owners('x/apps/y.txt')).toEqual(['@acme/apps']);
  });

  it('docs/* owns files in docs but not in its subfolders (GitHub, unlike gitignore)', () => {
    expect(owners('docs/getting-started.md')).toEqual(['@acme/writers']);
    expect(owners('docs/build-app/troubleshooting.md')).toEqual(['docs@example.com']);
  });

  it('matches case-sensitively and reads escaped hashes as part of the pattern', () => {
    expect(owners('Build/logs/a.log')).toEqual(['@acme/everyone']);
    expect(owners('#notes')).toEqual(['@acme/hash']);
  });

  it('reports what GitHub rejects: negation, ranges, malformed owners', () => {
    expect(codeowners.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['codeowners-invalid-pattern', 11], ['codeowners-invalid-pattern', 12], ['codeowners-invalid-owner', 13],
    ]);
    expect(owners('src/cart/a.ts')).toEqual(['@acme/everyone']);
    expect(codeowners.rules.find((r) => r.line === 13)).toBeUndefined();
  });
});
