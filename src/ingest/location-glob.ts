import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { tryRealpath, type Roots } from './roots.js';
import { compileLinear } from '../util/linear-regex.js';
import { compareNames } from './scan-directory.js';

/** Backstage's file reader skips these (`ignore: '**\/node_modules/**'`). */
const IGNORED_DIRS = new Set(['node_modules']);
const WILDCARD = /[*?[{]/;

/** Whether a Location target is a glob pattern rather than one file. */
export function isGlob(target: string): boolean {
  return WILDCARD.test(target);
}

/**
 * Expands a glob the way Backstage's FileReaderProcessor does (the `glob` package: `*`, `?`, `[...]`,
 * `{a,b}` within a segment, `**` across folders; dot files only when the pattern names the dot; no
 * node_modules). Returns files only, sorted by path so the reading order does not depend on the file
 * system. A folder is entered only while its realpath stays inside the roots, and each real folder once,
 * so a symlink can neither lead out of the given paths nor loop.
 */
export async function expandLocationGlob(absPattern: string, roots: Roots): Promise<string[]> {
  const { base, segments } = splitPattern(absPattern);
  const found = new Set<string>();
  const visited = new Set<string>();

  async function walk(dir: string, rest: readonly string[]): Promise<void> {
    const real = await tryRealpath(dir);
    if (real === undefined || !roots.contains(real)) return;
    const key = `${real}\0${rest.join('/')}`;
    if (visited.has(key)) return;
    visited.add(key);
    const [head, ...tail] = rest;
    if (head === undefined) return;
    if (head === '**') {
      // `**` matches no folder at all, or descends one more and stays.
      await walk(dir, tail);
      for (const name of await listDirs(dir)) await walk(path.join(dir, name), rest);
      return;
    }
    const matcher = segmentMatcher(head);
    for (const name of await list(dir)) {
      if (!matcher.test(name)) continue;
      const child = path.join(dir, name);
      if (tail.length === 0) {
        if (await isFileInRoots(child, roots)) found.add(child);
      } else {
        await walk(child, tail);
      }
    }
  }

  await walk(base, segments);
  return [...found].sort(compareNames);
}

/** The literal folder a pattern starts from, and its remaining segments (the first one has a wildcard). */
function splitPattern(absPattern: string): { base: string; segments: string[] } {
  const parts = absPattern.split(/[\\/]+/);
  const first = parts.findIndex((part) => WILDCARD.test(part));
  const literal = parts.slice(0, first);
  const base = literal.join(path.sep) || path.sep;
  return { base, segments: parts.slice(first) };
}

async function list(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [])).sort(compareNames);
}

/** Folders `**` may descend into: not dot folders (as glob without `dot`), not node_modules. */
async function listDirs(dir: string): Promise<string[]> {
  const dirs: string[] = [];
  for (const name of await list(dir)) {
    if (name.startsWith('.') || IGNORED_DIRS.has(name)) continue;
    const info = await stat(path.join(dir, name)).catch(() => undefined);
    if (info?.isDirectory()) dirs.push(name);
  }
  return dirs;
}

async function isFileInRoots(file: string, roots: Roots): Promise<boolean> {
  const real = await tryRealpath(file);
  if (real === undefined || !roots.contains(real)) return false;
  return (await stat(real).catch(() => undefined))?.isFile() === true;
}

/**
 * One path segment of a glob as a matcher; a leading dot must be matched literally. Matched by RE2 in
 * time linear in the name: a backtracking match of `*a*a*a*a*z` against one long file name never ends.
 */
export function segmentMatcher(segment: string): { test: (name: string) => boolean } {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i] ?? '';
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = segment.indexOf(']', i + 1);
      if (end === -1) source += '\\[';
      else {
        source += `[${segment.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (char === '{') {
      const end = segment.indexOf('}', i + 1);
      if (end === -1) source += '\\{';
      else {
        const options = segment.slice(i + 1, end).split(',').map(escape);
        source += `(?:${options.join('|')})`;
        i = end;
      }
    } else source += escape(char);
  }
  const isDotNamed = segment.startsWith('.');
  const compiled = compileLinear(`^(?:${source})$`);
  return { test: (name) => (isDotNamed || !name.startsWith('.')) && compiled.test(name) };
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
}
