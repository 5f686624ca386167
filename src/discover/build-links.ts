import { isLocalHost, networkNames, sharesName } from './hosts.js';
import { recogniseScheme } from './infrastructure.js';
import { entityName, isInside } from './paths.js';
import type { Claims, Dependency, ModuleClaim, Resource, Unit } from './types.js';

const KUBE_DNS = /^([a-z0-9-]+)(?:\.[a-z0-9-]+)?\.svc(?:\.cluster\.local)?\.?$/;

/** Resource claims merged by name or host; `external` image-only services are added as `other`. */
export function buildResources(claims: Claims, external: readonly Resource[]): Resource[] {
  const resources: Resource[] = [];
  for (const claim of claims.resources) {
    const name = entityName(claim.name);
    const hosts = networkNames([claim.name, ...(claim.hosts ?? [])]);
    // One network name in common is one service: a `hostname:` in one compose file, the service name in another.
    const same = resources.find((r) => r.name === name || sharesName(r.hosts, hosts));
    if (same) {
      for (const host of hosts) if (!same.hosts.includes(host)) same.hosts.push(host);
      same.evidence.push(claim.evidence);
      continue;
    }
    resources.push({ name, type: claim.type, technology: claim.technology, hosts, databases: [], evidence: [claim.evidence] });
  }
  for (const resource of external) if (!resources.some((r) => r.name === entityName(resource.name))) resources.push({ ...resource, name: entityName(resource.name) });
  return resources;
}

/**
 * Libraries (modules no deploy manifest builds that units depend on) become non-deployable units, and
 * every module dependency between units becomes a `library` dependency.
 */
export function addLibraries(units: Unit[], modules: ReadonlyMap<string, ModuleClaim>, dependencies: Dependency[]): void {
  const unitOfModule = new Map<string, Unit>();
  for (const unit of units) for (const id of unit.modules) if (!unitOfModule.has(id)) unitOfModule.set(id, unit);
  const queue = [...units];
  while (queue.length > 0) {
    const unit = queue.shift();
    if (!unit) break;
    for (const id of unit.modules) {
      for (const dep of modules.get(id)?.dependsOn ?? []) {
        const module = modules.get(dep.id);
        if (!module || module.isAggregator || unit.modules.includes(dep.id)) continue;
        let target = unitOfModule.get(dep.id);
        if (!target) {
          target = { name: uniqueName(units, module.name), sourceDir: module.dir, deployable: false, sources: [module.source], hosts: [], modules: [dep.id], version: module.version, evidence: [module.evidence] };
          units.push(target);
          unitOfModule.set(dep.id, target);
          queue.push(target);
        }
        if (target !== unit) addDependency(dependencies, { from: unit.name, to: target.name, toKind: 'component', kind: 'library', detail: module.name, evidence: [dep.evidence] });
      }
    }
  }
}

function uniqueName(units: readonly Unit[], raw: string): string {
  const base = entityName(raw.replace(/^@[^/]+\//, ''));
  let name = base;
  for (let i = 2; units.some((u) => u.name === name); i++) name = `${base}-${i}`;
  return name;
}

/** Turns references (depends_on, env hosts, connection strings) into dependencies between known units and resources. */
export function resolveReferences(claims: Claims, units: readonly Unit[], resources: Resource[], dependencies: Dependency[]): void {
  const byHost = (host: string): { name: string; toKind: 'component' | 'resource'; resource?: Resource } | undefined => {
    const h = host.toLowerCase();
    if (isLocalHost(h)) return undefined;
    const unit = units.find((u) => u.deployable && (u.name === h || u.hosts.some((x) => x.toLowerCase() === h)));
    if (unit) return { name: unit.name, toKind: 'component' as const };
    // `orders.shop.svc.cluster.local`: a Kubernetes Service's cluster DNS name is its name.
    const service = KUBE_DNS.exec(h)?.[1];
    if (service !== undefined) return byHost(service);
    const resource = resources.find((r) => r.name === h || r.hosts.some((x) => x.toLowerCase() === h));
    return resource ? { name: resource.name, toKind: 'resource' as const, resource } : undefined;
  };
  for (const ref of claims.references) {
    const fromUnits = ref.from.unit !== undefined ? units.filter((u) => u.name === entityName(ref.from.unit ?? '') || u.hosts.includes(ref.from.unit ?? '')).slice(0, 1) : unitsOwningDir(units, ref.from.dir ?? '.');
    if (fromUnits.length === 0) continue;
    let target = byHost(ref.target);
    const scheme = /^(?:jdbc:)?([a-z][a-z0-9+.-]*):\/\//.exec(ref.detail ?? '')?.[1];
    const known = scheme ? recogniseScheme(scheme) : undefined;
    if (!target && ref.kind === 'connection-string' && known) {
      const sameTech = resources.filter((r) => r.technology === known.technology);
      if (isLocalHost(ref.target) && sameTech.length === 1 && sameTech[0]) target = { name: sameTech[0].name, toKind: 'resource', resource: sameTech[0] };
      else if (isLocalHost(ref.target) && sameTech.length === 0 && ref.database !== undefined && ref.componentsOnly !== true) {
        // A database named on the developer's machine, with no server declared anywhere: the server each
        // environment provides. Which database each unit names on it is what tells shared data from own data.
        const local: Resource = { name: `local-${entityName(known.technology)}`, ...known, hosts: [], databases: [], evidence: [ref.evidence] };
        resources.push(local);
        target = { name: local.name, toKind: 'resource', resource: local };
      } else if (!isLocalHost(ref.target)) {
        const created: Resource = { name: entityName(ref.target), ...known, hosts: [ref.target], databases: [], evidence: [ref.evidence] };
        resources.push(created);
        target = { name: created.name, toKind: 'resource', resource: created };
      }
    }
    // Code names hosts of tests and tools too: from code only a call to another unit counts.
    if (!target || (ref.componentsOnly === true && target.toKind !== 'component')) continue;
    if ('resource' in target && target.resource && ref.database && !target.resource.databases.includes(ref.database)) target.resource.databases.push(ref.database);
    for (const from of fromUnits) {
      if (from.name === target.name && target.toKind === 'component') continue;
      addDependency(dependencies, {
        from: from.name, to: target.name, toKind: target.toKind, kind: ref.kind, evidence: [ref.evidence],
        ...(ref.detail ? { detail: ref.detail } : {}), ...(ref.database ? { database: ref.database } : {}),
      });
    }
  }
  const deployables = units.filter((u) => u.deployable);
  const only = deployables.length === 1 ? deployables[0] : undefined;
  if (only) {
    for (const resource of resources) {
      if (dependencies.some((d) => d.to === resource.name && d.toKind === 'resource')) continue;
      addDependency(dependencies, { from: only.name, to: resource.name, toKind: 'resource', kind: 'only-unit', detail: 'the only deployable unit of the repository', evidence: resource.evidence.slice(0, 1) });
    }
  }
}

/**
 * The names units register under in service discovery (`spring.application.name`, `micronaut.application.name`
 * in their own config) become hosts: `lb://orders-service` and `@FeignClient("orders-service")` call by them.
 * A name claimed for a folder several units share, or already another unit's, is left out as ambiguous.
 */
export function addApplicationNames(claims: Claims, units: readonly Unit[]): void {
  for (const alias of claims.applicationNames) {
    const owners = unitsOwningDir(units, alias.dir);
    const [owner] = owners;
    const taken = units.some((u) => u !== owner && (u.name === alias.name || u.hosts.includes(alias.name)));
    if (owners.length === 1 && owner && !taken && !owner.hosts.includes(alias.name)) owner.hosts.push(alias.name);
  }
}

/** The deployable units whose source directory holds `dir` most closely (all of them when several share it). */
function unitsOwningDir(units: readonly Unit[], dir: string): Unit[] {
  const candidates = units.filter((u) => u.deployable && u.sourceDir !== '' && isInside(dir, u.sourceDir));
  const depth = Math.max(-1, ...candidates.map((u) => (u.sourceDir === '.' ? 0 : u.sourceDir.split('/').length)));
  return candidates.filter((u) => (u.sourceDir === '.' ? 0 : u.sourceDir.split('/').length) === depth);
}

export function addDependency(dependencies: Dependency[], dependency: Dependency): void {
  const same = dependencies.find((d) => d.from === dependency.from && d.to === dependency.to && d.toKind === dependency.toKind);
  if (!same) {
    dependencies.push(dependency);
    return;
  }
  for (const e of dependency.evidence) if (!same.evidence.some((x) => x.file === e.file && x.line === e.line)) same.evidence.push(e);
  same.database ??= dependency.database;
  // Start order says least about a link: any other evidence of it (a connection string, a host) names it better.
  if (same.kind === 'depends-on' && dependency.kind !== 'depends-on') same.kind = dependency.kind;
}
