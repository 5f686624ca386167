import type { Diagnostic } from '../result/index.js';
import { diagnostic } from './diagnostics.js';

const LISTED = 5;

/**
 * One line for every scaffolder skeleton a directory scan met: they are templates of entities, not
 * entities, and a template folder holds many of them, so one note (count and folder) says all there is.
 */
export function skeletonsSkipped(files: readonly string[]): Diagnostic {
  const folder = commonFolder(files);
  const listed = files.slice(0, LISTED).join(', ') + (files.length > LISTED ? `, and ${files.length - LISTED} more` : '');
  const count = files.length === 1 ? '1 scaffolder skeleton file' : `${files.length} scaffolder skeleton files`;
  const message = `${count} under ${folder}/ skipped: they hold \${{ values.* }} placeholders that Backstage fills in when a template runs (${listed})`;
  return diagnostic('info', 'scaffolder-skeleton', message, { file: folder });
}

/** The deepest folder holding every file (display paths, `/`-separated); `.` when they share none. */
function commonFolder(files: readonly string[]): string {
  const split = files.map((file) => file.split('/').slice(0, -1));
  const first = split[0] ?? [];
  let depth = 0;
  while (depth < first.length && split.every((parts) => parts[depth] === first[depth])) depth++;
  return depth === 0 ? '.' : first.slice(0, depth).join('/');
}
