import { dirOf } from '../paths.js';
import type { Claims, ModuleClaim } from '../types.js';
import { lineLocator } from '../yaml-docs.js';

/** Cargo.toml, read section by section: [package] name/version, [workspace] and path dependencies. */
export function parseCargoToml(file: string, text: string, hasMain: boolean, claims: Claims): void {
  const lineAt = lineLocator(text);
  let section = '';
  let name: string | undefined;
  let version: string | undefined;
  let nameLine = 1;
  const dependsOn: ModuleClaim['dependsOn'] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const at = { file, line: lineAt(offset), column: 1 };
    offset += line.length + 1;
    const header = /^\s*\[+([^\]]+)\]+/.exec(line);
    if (header) {
      section = (header[1] ?? '').trim();
      const named = /^(?:dev-|build-)?dependencies\.([\w-]+)$/.exec(section);
      if (named && text.slice(offset, offset + 400).split(/\n\s*\[/)[0]?.match(/^\s*path\s*=/m)) dependsOn.push({ id: `cargo:${named[1] ?? ''}`, evidence: at });
      continue;
    }
    if (section === 'package') {
      const value = /^\s*(name|version)\s*=\s*"([^"]*)"/.exec(line);
      if (value?.[1] === 'name') [name, nameLine] = [value[2], at.line];
      if (value?.[1] === 'version') version = value[2];
    }
    if (/^(?:workspace\.)?(?:dev-|build-)?dependencies$/.test(section)) {
      const dep = /^\s*([\w-]+)\s*=\s*\{[^}]*\bpath\s*=/.exec(line);
      if (dep) dependsOn.push({ id: `cargo:${dep[1] ?? ''}`, evidence: at });
    }
  }
  const isWorkspace = /^\s*\[workspace\]/m.test(text);
  if (!name && !isWorkspace) return;
  const dir = dirOf(file);
  claims.modules.push({
    id: `cargo:${name ?? dir}`,
    name: name ?? (dir === '.' ? 'workspace' : dir),
    dir,
    source: 'cargo',
    dependsOn,
    isApp: hasMain || /^\s*\[\[bin\]\]/m.test(text),
    isAggregator: isWorkspace && !name,
    evidence: { file, line: nameLine, column: 1 },
    ...(version ? { version } : {}),
  });
}
