import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Config file names, in the order they are looked for in each directory. */
export const CONFIG_FILE_NAMES = ['teamfit.config.yaml', '.teamfit.yaml', 'teamfit.config.json'] as const;

/**
 * The nearest config file in `cwd` or above it. The search stops at the filesystem root, and at the top of
 * a repository (a directory holding `.git`, itself searched first): a config outside the repository under
 * analysis belongs to someone else.
 */
export async function findConfigFile(cwd: string): Promise<string | undefined> {
  let directory = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(directory, name);
      if (await isFile(path)) return path;
    }
    const parent = dirname(directory);
    if (parent === directory || (await exists(join(directory, '.git')))) return undefined;
    directory = parent;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
