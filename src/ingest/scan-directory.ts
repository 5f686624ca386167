import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from '../util/errors.js';
import { tryRealpath, type Roots } from './roots.js';

const SKIPPED_DIRS = new Set(['node_modules']);
const YAML_FILE = /\.ya?ml$/i;

/**
 * Lists the *.yaml / *.yml files under `dir`, sorted by name at every level so output is deterministic.
 * Symlinks are followed only while they stay inside the roots, and each real directory is visited once,
 * so a link pointing back up the tree cannot loop. Folders that cannot be listed are added to `unreadable`.
 */
export async function scanDirectory(dir: string, roots: Roots, unreadable: Array<{ dir: string; code: string }> = []): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();

  async function walk(current: string): Promise<void> {
    const real = await tryRealpath(current);
    if (real === undefined || visited.has(real) || !roots.contains(real)) return;
    visited.add(real);
    let names: string[];
    try {
      names = (await readdir(current)).sort(compareNames);
    } catch (error) {
      // Said, not skipped silently: a folder the user cannot read may hold the catalog they meant.
      unreadable.push({ dir: current, code: errorCode(error) ?? String(error) });
      return;
    }
    for (const name of names) {
      const child = path.join(current, name);
      const childReal = await tryRealpath(child);
      if (childReal === undefined || !roots.contains(childReal)) continue;
      const info = await stat(childReal).catch(() => undefined);
      if (info === undefined) continue;
      if (info.isDirectory()) {
        if (name.startsWith('.') || SKIPPED_DIRS.has(name)) continue;
        await walk(child);
      } else if (info.isFile() && YAML_FILE.test(name)) {
        found.push(child);
      }
    }
  }

  await walk(dir);
  return found;
}

/** Code-point order, not locale order, so results do not depend on the machine's locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
