import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Local clones under a folder of clones (`--repos-dir`): its direct children and grandchildren
 * (`owner/repo` layouts) that hold a `.git` entry or look like bare repositories. Symlinks are not followed.
 */
export async function findRepositories(root: string): Promise<string[]> {
  const found: string[] = [];
  async function visit(dir: string, depth: number): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const names = new Set(entries.map((entry) => entry.name));
    if (depth > 0 && (names.has('.git') || (names.has('HEAD') && names.has('objects') && names.has('refs')))) {
      found.push(dir);
      return;
    }
    if (depth === 2) return;
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') await visit(path.join(dir, entry.name), depth + 1);
    }
  }
  if ((await stat(root).catch(() => undefined))?.isDirectory()) await visit(root, 0);
  return found;
}
