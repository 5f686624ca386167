import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CODEOWNERS_LOCATIONS, parseCodeowners, type Codeowners } from './parse.js';

export { CODEOWNERS_LOCATIONS, parseCodeowners, type Codeowners, type CodeownersRule } from './parse.js';
export { CodeownersMatcher, type OwnersMatch } from './match.js';

/** Reads the CODEOWNERS file GitHub would use in `root` (symlinks are not followed), if there is one. */
export async function readCodeowners(root: string): Promise<Codeowners | undefined> {
  for (const location of CODEOWNERS_LOCATIONS) {
    const path = join(root, location);
    try {
      const info = await lstat(path);
      if (!info.isFile() || info.size > 3 * 1024 * 1024) continue;
      return parseCodeowners(await readFile(path, 'utf8'), location);
    } catch {
      continue;
    }
  }
  return undefined;
}
