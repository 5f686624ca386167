import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeownersMatcher, parseCodeowners } from '../../src/ingest/codeowners/index.js';

const anyText = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('*', '/', '#', '!', '[', ']', '\\', ' ', '\n', '@', 'a', '.', '?', '\r', '\t') , maxLength: 80 }));
const segment = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,6}$/).filter((s) => s !== '..' && !s.endsWith('.'));
const repoPath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
const handle = fc.stringMatching(/^@[a-z]{1,6}\/[a-z]{1,6}$/);

describe('CODEOWNERS (property)', () => {
  it('gives no owner, rather than throwing, for paths that are not repository-relative (found by the property below)', () => {
    const matcher = new CodeownersMatcher(parseCodeowners('* @org/all\n', 'CODEOWNERS'));
    for (const path of ['.', '/', '//x', './', '..', 'a/../b']) expect(() => matcher.ownersOf(path)).not.toThrow();
    expect(matcher.ownersOf('.').owners).toEqual([]);
    expect(matcher.ownersOf('src/a.ts').owners).toEqual(['@org/all']);
  });

  it('never throws on arbitrary files and paths, and every match names the rule it came from', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 5 }), (text, paths) => {
        const codeowners = parseCodeowners(text, 'CODEOWNERS');
        const matcher = new CodeownersMatcher(codeowners);
        for (const path of paths) {
          const match = matcher.ownersOf(path);
          if (match.rule) expect(match.owners).toEqual(match.rule.owners);
          else expect(match.owners).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lets the last matching rule win: a catch-all at the end owns every path', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(repoPath, handle), { maxLength: 6 }), handle, repoPath, (rules, last, path) => {
        const text = [...rules.map(([pattern, owner]) => `/${pattern} ${owner}`), `* ${last}`].join('\n');
        expect(new CodeownersMatcher(parseCodeowners(text, 'CODEOWNERS')).ownersOf(path).owners).toEqual([last]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives an anchored literal path to its rule when it is the last to match', () => {
    fc.assert(
      fc.property(repoPath, handle, handle, (path, first, second) => {
        const text = `* ${first}\n/${path} ${second}\n`;
        const match = new CodeownersMatcher(parseCodeowners(text, 'CODEOWNERS')).ownersOf(path);
        expect(match.owners).toEqual([second]);
        expect(match.rule?.line).toBe(2);
      }),
      { numRuns: 300 },
    );
  });
});
