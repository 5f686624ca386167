import { realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** The directories teamfit may read from: each given directory, or the directory of each given file. */
export class Roots {
  private constructor(private readonly dirs: readonly string[]) {}

  /**
   * `absPaths` must exist (a pipe given as a path adds no root). Each root is kept as given and as its realpath: lexical checks (a `../` in a
   * target) compare against the first, realpath checks (symlinks) against the second, so a root reached
   * through a symlink still contains its own files.
   */
  static async of(absPaths: readonly string[]): Promise<Roots> {
    const dirs: string[] = [];
    for (const abs of absPaths) {
      // A pipe given as a path (`<(cat f.yaml)`, /dev/fd/N) has no folder: nothing is read relative to it.
      const real = await realpath(abs).catch(() => undefined);
      if (real === undefined) continue;
      const isDir = (await stat(real)).isDirectory();
      dirs.push(isDir ? real : path.dirname(real), isDir ? path.resolve(abs) : path.dirname(path.resolve(abs)));
    }
    return new Roots([...new Set(dirs)]);
  }

  /** Whether `absPath` lies in a root; pass a realpath when symlinks must count. */
  contains(absPath: string): boolean {
    return this.dirs.some((dir) => isWithin(dir, absPath));
  }
}

export function isWithin(dir: string, candidate: string): boolean {
  const rel = path.relative(dir, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** realpath, or undefined when the path (or a link on it) does not resolve. */
export async function tryRealpath(p: string): Promise<string | undefined> {
  try {
    return await realpath(p);
  } catch {
    return undefined;
  }
}

/**
 * realpath, or undefined, without a round trip through the thread pool: walking a catalog tree asks it of
 * every file one after the other, and the reader sat idle through each awaited answer (a tenth of a second
 * for 250 files, while nothing else could run).
 */
export function tryRealpathSync(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** A path relative to `cwd` with POSIX separators, for output that reads the same on every OS. */
export function displayPath(cwd: string, absPath: string): string {
  const rel = path.relative(cwd, absPath);
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}
