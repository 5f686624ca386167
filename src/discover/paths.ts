import { posix } from 'node:path';

/** `rel` resolved against the repository directory `dir`, or undefined when it leaves the repository. */
export function repoPath(dir: string, rel: string): string | undefined {
  const cleaned = rel.replace(/\\/g, '/').trim();
  if (cleaned === '' || cleaned.startsWith('/') || /^[A-Za-z]:/.test(cleaned) || /^[a-z]+:\/\//i.test(cleaned)) return undefined;
  const joined = posix.normalize(posix.join(dir === '.' ? '' : dir, cleaned)).replace(/\/$/, '');
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined === '' ? '.' : joined;
}

export function dirOf(file: string): string {
  const dir = posix.dirname(file);
  return dir === '' ? '.' : dir;
}

export function baseName(path: string): string {
  return posix.basename(path);
}

/** Whether `file` (or directory) lies inside `dir` (`.` holds everything). */
export function isInside(file: string, dir: string): boolean {
  return dir === '.' || file === dir || file.startsWith(`${dir}/`);
}

/** A Backstage entity name from any string: `[a-z0-9-]`, at most 63 characters, starting and ending alphanumeric. */
export function entityName(raw: string): string {
  const name = raw.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
  return name === '' ? 'unnamed' : name;
}
