import { dirOf } from '../paths.js';
import type { Claims, ModuleClaim } from '../types.js';
import { lineLocator } from '../yaml-docs.js';

/** Where Cargo looks for a crate's targets, relative to its manifest (its auto-discovery rules). */
export interface CrateLayout {
  /** src/main.rs */
  hasMain: boolean;
  /** Files under src/bin/: one binary each. */
  hasBinDir: boolean;
  /** src/lib.rs */
  hasLib: boolean;
}

/**
 * Cargo.toml, read section by section: [package] name/version, [workspace] and path dependencies. A crate
 * builds a program when Cargo finds a binary target (src/main.rs, src/bin/, [[bin]]); one with only a library
 * target (src/lib.rs or [lib]) is code for others to link.
 */
export function parseCargoToml(file: string, text: string, layout: CrateLayout, claims: Claims): void {
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
  const isApp = layout.hasMain || layout.hasBinDir || /^\s*\[\[bin\]\]/m.test(text);
  const hasLib = layout.hasLib || /^\s*\[lib\]/m.test(text);
  claims.modules.push({
    id: `cargo:${name ?? dir}`,
    name: name ?? (dir === '.' ? 'workspace' : dir),
    dir,
    source: 'cargo',
    dependsOn,
    isApp,
    isAggregator: isWorkspace && !name,
    ...(name && !isApp && hasLib ? { libraryReason: 'a Rust crate with only a library target ([lib] or src/lib.rs; no src/main.rs, src/bin/ or [[bin]])' } : {}),
    evidence: { file, line: nameLine, column: 1 },
    ...(version ? { version } : {}),
  });
}
