import { dirOf } from '../paths.js';
import type { Claims } from '../types.js';
import { lineLocator } from '../yaml-docs.js';

/** go.mod: the module path, and every module it requires (local ones are matched later). */
export function parseGoMod(file: string, text: string, hasMain: boolean, claims: Claims): void {
  const lineAt = lineLocator(text);
  const module = /^module\s+(\S+)/m.exec(text);
  if (!module) return;
  const dependsOn = [...text.matchAll(/^\s*(?:require\s+)?([a-zA-Z0-9][\w.\-/]*\.?[\w\-/]*)\s+v[\w.\-+]+/gm)].map((m) => ({
    id: `go:${m[1] ?? ''}`,
    evidence: { file, line: lineAt(m.index ?? 0), column: 1 },
  }));
  const name = module[1] ?? '';
  claims.modules.push({
    id: `go:${name}`,
    name: name.split('/').pop() ?? name,
    dir: dirOf(file),
    source: 'go',
    dependsOn,
    isApp: hasMain,
    evidence: { file, line: lineAt(module.index ?? 0), column: 1 },
  });
}
