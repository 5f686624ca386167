import { relative } from 'node:path';

/** A path as results show it: relative to the working directory, with forward slashes, `.` for itself. */
export function displayPath(cwd: string, path: string): string {
  return relative(cwd, path).split('\\').join('/') || '.';
}
