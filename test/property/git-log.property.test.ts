import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newLogFormat, logArguments } from '../../src/ingest/git/log-format.js';
import { LogParser } from '../../src/ingest/git/log-parser.js';
import type { GitCommit } from '../../src/ingest/git/types.js';

// Path segments with the characters that break naive readers: spaces, tabs, newlines, quotes,
// backslashes, non-ASCII; never `.`/`..`/`.git`, never empty, never NUL.
const segment = fc
  .string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '\t', '\n', '"', "'", '\\', 'é', '中', '😀', '-', '=', '>', '*'), minLength: 1, maxLength: 6 })
  .filter((s) => s !== '.' && s !== '..' && s.toLowerCase() !== '.git');
const filePath = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
const subject = fc.string({ unit: fc.constantFrom('f', 'X', ' ', '"', '\t', 'ü', '%', 'x1e', '\\'), minLength: 1, maxLength: 20 }).map((s) => `c ${s} e`);
const commitSpec = fc.record({ subject, files: fc.uniqueArray(filePath, { minLength: 1, maxLength: 4, selector: (p) => p.split('/')[0] ?? p }) });

/** C-style quoting for fast-import paths: backslash escapes, octal for every byte outside printable ASCII. */
function quote(text: string): string {
  let out = '"';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (byte >= 0x20 && byte < 0x7f) out += char;
    else out += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return `${out}"`;
}

function buildRepository(commits: Array<{ subject: string; files: string[] }>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'teamfit-gitprop-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const stream = commits
    .map((c, i) => [
      `commit refs/heads/main\nmark :${i + 1}\nauthor Ann Ö <ann@example.com> ${1_700_000_000 + i * 60} +0000\ncommitter Ann Ö <ann@example.com> ${1_700_000_000 + i * 60} +0000\n`,
      data(c.subject),
      i > 0 ? `from :${i}\n` : '',
      ...c.files.map((file) => `M 100644 inline ${quote(file)}\n${data(`rev ${i}\n`)}`),
      '\n',
    ].join(''))
    .join('');
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
  return dir;
}

describe('the git-log reader (property)', () => {
  it('reads back every path, subject and author git wrote, whatever the characters and however the output is chunked', () => {
    fc.assert(
      fc.property(fc.array(commitSpec, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 64 }), (generated, chunkSize) => {
        // Each commit writes under its own top folder, so no commit turns another's file into a folder
        // (git would then also report the file it deleted).
        const specs = generated.map((spec, i) => ({ ...spec, files: spec.files.map((file) => `c${i}/${file}`) }));
        const dir = buildRepository(specs);
        try {
          const format = newLogFormat('names', false);
          const output = execFileSync('git', [...logArguments(format), 'HEAD', '--'], { cwd: dir });
          const commits: GitCommit[] = [];
          const parser = new LogParser(format, (commit) => commits.push(commit), () => undefined);
          for (let at = 0; at < output.length; at += chunkSize) parser.push(output.subarray(at, at + chunkSize));
          parser.end();
          const expected = [...specs].reverse();
          expect(commits.map((c) => c.subject)).toEqual(expected.map((s) => s.subject));
          expect(commits.map((c) => c.files.map((f) => f.path).sort())).toEqual(expected.map((s) => [...s.files].sort()));
          expect(commits.every((c) => c.authorName === 'Ann Ö' && c.authorEmail === 'ann@example.com')).toBe(true);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 25 },
    );
  });

  it('never throws on arbitrary bytes, in any chunking', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (bytes, chunkSize) => {
        const parser = new LogParser(newLogFormat('names', true), () => undefined, () => undefined);
        const data = Buffer.from(bytes);
        for (let at = 0; at < data.length; at += chunkSize) parser.push(data.subarray(at, at + chunkSize));
        parser.end();
      }),
      { numRuns: 300 },
    );
  });
});
