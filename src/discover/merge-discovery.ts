import type { RawEntity } from '../ingest/types.js';
import type { Diagnostic, DiscoverySection } from '../result/index.js';
import { entityRepository } from './catalog-match.js';
import type { Discovery } from './types.js';

export interface MergedDiscovery {
  /** The catalog's entities, unchanged: the catalog's declarations win. */
  entities: RawEntity[];
  /** The discovery section with discovered refs replaced by the catalog entities they matched. */
  section: DiscoverySection;
  diagnostics: Diagnostic[];
}

/** `dir:./src/cart/`, `url:https://github.com/o/r/tree/main/src/cart` -> `src/cart`. */
function locationDir(location: string | undefined): string | undefined {
  if (!location) return undefined;
  const path = location.replace(/^(dir|url):/, '').replace(/^https?:\/\/[^/]+\/[^/]+\/[^/]+\/(tree|blob)\/[^/]+\/?/, '').replace(/^\.\/?/, '').replace(/\/+$/, '');
  return /^https?:/.test(path) ? undefined : path === '' ? '.' : path;
}

const refOf = (e: RawEntity) => `${e.kind.toLowerCase()}:${e.metadata.namespace}/${e.metadata.name}`.toLowerCase();

/**
 * Matches discovered units and resources to catalog entities (by source location, else by name; with the
 * repository's remote keys, only components that name this repository or none) so the
 * evidence attaches to what the catalog declares instead of duplicating it. Differences are reported:
 * discovered units or dependencies the catalog lacks, and units the catalog calls something else.
 */
export function mergeDiscovery(catalog: readonly RawEntity[], discovery: Discovery, repositoryKeys: readonly string[] = []): MergedDiscovery {
  const diagnostics: Diagnostic[] = [];
  const mapping = new Map<string, string>();
  // A component whose location names another repository is never one of this repository's units.
  const components = catalog.filter((e) => e.kind === 'Component' && (repositoryKeys.length === 0 || [undefined, ...repositoryKeys].includes(entityRepository(e))));
  for (const unit of discovery.section.units) {
    const match = components.find((c) => unit.sourceDir !== '?' && locationDir(c.metadata.annotations['backstage.io/source-location']) === unit.sourceDir && unit.deployable === (c.spec.type !== 'library'))
      ?? components.find((c) => c.metadata.name.toLowerCase() === unit.name);
    if (match) {
      mapping.set(unit.ref, refOf(match));
      const type = String(match.spec.type ?? '');
      if (unit.deployable && type === 'library') {
        diagnostics.push(at(match, 'info', `${refOf(match)} is declared a library, but ${unit.evidence[0] ?? 'a manifest'} deploys it as a unit; the catalog's type is kept`));
      }
    } else if (unit.deployable) {
      diagnostics.push({ severity: 'info', code: 'discover-not-in-catalog', message: `discovered unit ${unit.name} (${unit.sourceDir}, ${unit.evidence[0] ?? ''}) has no catalog entity; it was not added` });
    }
  }
  for (const resource of discovery.section.resources) {
    const match = catalog.find((e) => e.kind === 'Resource' && e.metadata.name.toLowerCase() === resource.name);
    if (match) mapping.set(resource.ref, refOf(match));
  }
  const map = (ref: string) => mapping.get(ref) ?? ref;
  const declared = new Set(catalog.flatMap((e) => (Array.isArray(e.spec.dependsOn) ? e.spec.dependsOn.map((d) => `${refOf(e)}>${String(d).toLowerCase()}`) : [])));
  for (const dep of discovery.section.dependencies) {
    const from = mapping.get(dep.from);
    const to = mapping.get(dep.to);
    if (!from || !to) continue;
    const written = [...declared].some((d) => d.startsWith(`${from}>`) && (d.endsWith(`>${to}`) || d.endsWith(`/${to.split('/').pop() ?? ''}`)));
    if (!written) diagnostics.push({ severity: 'info', code: 'discover-undeclared-dependency', message: `${from} -> ${to} is in the manifests (${dep.evidence[0] ?? dep.kind}) but not in the catalog's dependsOn` });
  }
  const section: DiscoverySection = {
    ...discovery.section,
    matchedCatalog: true,
    units: discovery.section.units.map((u) => ({ ...u, ref: map(u.ref) })),
    resources: discovery.section.resources.map((r) => ({ ...r, ref: map(r.ref) })),
    dependencies: discovery.section.dependencies.map((d) => ({ ...d, from: map(d.from), to: map(d.to) })),
    coupling: discovery.section.coupling.map((c) => ({ ...c, units: c.units.map(map), ...(c.kind === 'shared-library' ? { library: map(c.library) } : {}) }) as typeof c),
  };
  const system = components.map((c) => mapping.size > 0 && [...mapping.values()].includes(refOf(c)) ? c.spec.system : undefined).find((s) => typeof s === 'string');
  if (typeof system === 'string') section.system = system.includes(':') ? system.toLowerCase() : `system:default/${system.toLowerCase()}`;
  return { entities: [...catalog], section, diagnostics };
}

function at(entity: RawEntity, severity: Diagnostic['severity'], message: string): Diagnostic {
  return { severity, code: 'discover-conflict', message, file: entity.position.file, line: entity.position.line, column: entity.position.column, entity: refOf(entity) };
}
