import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { askGit } from '../ingest/git/ask-git.js';

/** Folders that hold dependencies, build output or tooling, never a unit's own manifests. */
const SKIPPED_DIRS = new Set([
  'node_modules', 'vendor', '.git', 'dist', 'build', 'target', 'out', 'bin', 'obj', '.next', '.nuxt', '.venv', 'venv',
  '__pycache__', '.gradle', '.idea', '.vscode', '.terraform', 'coverage', '.devcontainer', 'bower_components',
]);
const MAX_FILES = 300_000;
export const MAX_MANIFEST_BYTES = 2 * 1024 * 1024;

export function isSkippedPath(path: string): boolean {
  const parts = path.split('/');
  return parts.some((part, index) => isSkippedDir(part, parts[index - 1]));
}

// `src/bin/` holds a Rust crate's programs (Cargo's layout), not build output: it tells a binary crate from a library.
function isSkippedDir(name: string, parent: string | undefined): boolean {
  return SKIPPED_DIRS.has(name) && !(name === 'bin' && parent === 'src');
}

/**
 * The repository's files, relative and with `/` separators. In a git work tree, what git tracks plus
 * untracked files it does not ignore (so build output stays out); elsewhere a walk that never enters
 * symlinks, so nothing outside the root is read.
 */
export async function listRepoFiles(root: string): Promise<string[]> {
  const listed = await askGit(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).catch(() => undefined);
  if (listed !== undefined && listed.ok) {
    const files = listed.stdout.split('\0').filter((file) => file !== '' && !isSkippedPath(file));
    return [...new Set(files)].slice(0, MAX_FILES).sort();
  }
  const files: string[] = [];
  async function walk(dir: string, prefix: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (files.length >= MAX_FILES) return;
      const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory() && !isSkippedDir(entry.name, prefix.split('/').pop())) await walk(join(dir, entry.name), rel);
      else if (entry.isFile()) files.push(rel);
    }
  }
  await walk(root, '');
  return files.sort();
}

/** A repository file's text, or undefined for symlinks, non-files, oversized or unreadable files. */
export async function readRepoFile(root: string, rel: string): Promise<string | undefined> {
  const path = join(root, ...rel.split('/'));
  try {
    // lstat: a tracked symlink may point anywhere, so it is never read through.
    const info = await lstat(path);
    if (!info.isFile() || info.size > MAX_MANIFEST_BYTES) return undefined;
    const text = await readFile(path, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}
