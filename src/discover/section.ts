import type { DiscoverySection } from '../result/index.js';
import { cite, componentRef, groupRef, resourceRef, systemRef } from './coupling/refs.js';
import type { ArtifactCoupling, Dependency, Resource, Team, Unit } from './types.js';

/** The result's `discovery` section: evidence as `file:line` strings, entities as refs. */
export function toSection(root: string, system: string, units: readonly Unit[], resources: readonly Resource[], dependencies: readonly Dependency[], coupling: readonly ArtifactCoupling[], teams: readonly Team[]): DiscoverySection {
  return {
    root,
    system: systemRef(system),
    units: units.map((u) => ({
      ref: componentRef(u.name), name: u.name, sourceDir: u.sourceDir === '' ? '?' : u.sourceDir, deployable: u.deployable, sources: u.sources,
      ...(u.image ? { image: u.image } : {}), ...(u.version ? { version: u.version } : {}), evidence: u.evidence.map(cite),
    })),
    resources: resources.map((r) => ({ ref: resourceRef(r.name), name: r.name, type: r.type, technology: r.technology, databases: r.databases, evidence: r.evidence.map(cite) })),
    dependencies: dependencies.map((d) => ({
      from: componentRef(d.from), to: d.toKind === 'component' ? componentRef(d.to) : resourceRef(d.to), kind: d.kind,
      ...(d.detail ? { detail: d.detail } : {}), evidence: d.evidence.map(cite),
    })),
    coupling: [...coupling],
    teams: teams.map((t) => ({ ref: groupRef(t.name), source: t.source, owns: t.owns.map(componentRef), members: t.members, evidence: t.evidence.map(cite) })),
    matchedCatalog: false,
  };
}
