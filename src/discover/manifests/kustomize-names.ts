import { baseName, dirOf, repoPath } from '../paths.js';
import type { Claims } from '../types.js';
import { arr, isObj, parseYamlDocs, str } from '../yaml-docs.js';

export interface NameAffix {
  prefix: string;
  suffix: string;
}

interface Kustomization {
  dir: string;
  affix: NameAffix;
  resources: string[];
}

/**
 * The `namePrefix`/`nameSuffix` kustomize gives each manifest's objects: a manifest reached from
 * kustomizations (through `resources:`, files or folders, nested overlays adding their own) is renamed as
 * kustomize builds it. A manifest two kustomizations rename differently (dev- and prod- overlays of one base)
 * keeps its own names: which one runs is not this repository's to say.
 */
export async function kustomizeAffixes(files: readonly string[], read: (file: string) => Promise<string | undefined>, claims: Claims): Promise<Map<string, NameAffix>> {
  const byDir = new Map<string, Kustomization>();
  for (const file of files.filter((f) => /^kustomization\.ya?ml$/.test(baseName(f)))) {
    const [doc] = parseYamlDocs((await read(file)) ?? '', file, claims.diagnostics);
    const value = isObj(doc?.value) ? doc.value : {};
    const dir = dirOf(file);
    const resources = [...arr(value.resources), ...arr(value.bases)].map((r) => str(r)).flatMap((r) => (r ? [repoPath(dir, r) ?? ''] : [])).filter((r) => r !== '');
    byDir.set(dir, { dir, affix: { prefix: str(value.namePrefix) ?? '', suffix: str(value.nameSuffix) ?? '' }, resources });
  }
  const reached = new Map<string, NameAffix[]>();
  const visit = (kustomization: Kustomization, outer: NameAffix, depth: number): void => {
    if (depth > 8) return;
    const affix = { prefix: outer.prefix + kustomization.affix.prefix, suffix: kustomization.affix.suffix + outer.suffix };
    for (const resource of kustomization.resources) {
      const nested = byDir.get(resource);
      if (nested) visit(nested, affix, depth + 1);
      else reached.set(resource, [...(reached.get(resource) ?? []), affix]);
    }
  };
  // Only roots: a kustomization another one includes is built through it.
  const included = new Set([...byDir.values()].flatMap((k) => k.resources));
  for (const kustomization of byDir.values()) if (!included.has(kustomization.dir)) visit(kustomization, { prefix: '', suffix: '' }, 0);
  const affixes = new Map<string, NameAffix>();
  for (const [file, found] of reached) {
    const distinct = new Set(found.map((a) => `${a.prefix}\u0000${a.suffix}`));
    const [only] = found;
    if (distinct.size === 1 && only && (only.prefix !== '' || only.suffix !== '')) affixes.set(file, only);
  }
  return affixes;
}
