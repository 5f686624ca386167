import { baseName, dirOf } from '../paths.js';
import type { Claims } from '../types.js';

/** Procfile: each process type is a unit, and all of them run one codebase (the Procfile's directory). */
export function parseProcfile(file: string, text: string, repoName: string, claims: Claims): void {
  const dir = dirOf(file);
  const base = dir === '.' ? repoName : baseName(dir);
  text.split('\n').forEach((line, index) => {
    const match = /^([A-Za-z0-9_-]+):\s*(\S.*)$/.exec(line.trim());
    if (!match || line.trimStart().startsWith('#')) return;
    const [, type = '', command = ''] = match;
    if (type === 'release') return; // runs once per deploy, not a process that serves anything
    claims.units.push({
      name: `${base}-${type}`, source: 'procfile', isDeploy: true, sourceDir: dir,
      build: { context: dir, command }, evidence: { file, line: index + 1, column: 1 },
    });
  });
}
