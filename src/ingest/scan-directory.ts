import { readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { errorCode } from '../util/errors.js';
import { tryRealpathSync, type Roots } from './roots.js';

const SKIPPED_DIRS = new Set(['node_modules']);
const YAML_FILE = /\.ya?ml$/i;

/**
 * Lists the *.yaml / *.yml files under `dir`, sorted by name at every level so output is deterministic.
 * Symlinks are followed only while they stay inside the roots, and each real directory is visited once,
 * so a link pointing back up the tree cannot loop. Folders that cannot be listed are added to `unreadable`.
 * The file system is asked synchronously: the walk asks one question after another and has nothing to do
 * between them, so awaiting each answer only added a thread-pool round trip per file.
 */
export async function scanDirectory(dir: string, roots: Roots, unreadable: Array<{ dir: string; code: string }> = []): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();

  function walk(current: string): void {
    const real = tryRealpathSync(current);
    if (real === undefined || visited.has(real) || !roots.contains(real)) return;
    visited.add(real);
    let names: string[];
    try {
      names = readdirSync(current).sort(compareNames);
    } catch (error) {
      // Said, not skipped silently: a folder the user cannot read may hold the catalog they meant.
      unreadable.push({ dir: current, code: errorCode(error) ?? String(error) });
      return;
    }
    for (const name of names) {
      const child = path.join(current, name);
      const childReal = tryRealpathSync(child);
      if (childReal === undefined || !roots.contains(childReal)) continue;
      const info = statOrUndefined(childReal);
      if (info === undefined) continue;
      if (info.isDirectory()) {
        if (name.startsWith('.') || SKIPPED_DIRS.has(name)) continue;
        walk(child);
      } else if (info.isFile() && YAML_FILE.test(name)) {
        found.push(child);
      }
    }
  }

  walk(dir);
  return found;
}

function statOrUndefined(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** Code-point order, not locale order, so results do not depend on the machine's locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
