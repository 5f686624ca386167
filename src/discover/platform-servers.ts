import type { Diagnostic } from '../result/index.js';
import type { ModuleClaim, Resource, Unit } from './types.js';

/**
 * Spring Cloud servers a system runs for its services rather than as one of them: a config server, a service
 * registry, an admin or monitoring dashboard. They are off-the-shelf servers switched on by one dependency;
 * the team writes configuration, not behaviour. A gateway stays a unit: its routes and filters are code the
 * team writes and changes with the services.
 */
const PLATFORM: ReadonlyArray<[RegExp, string]> = [
  [/^maven:spring-cloud-config-server$/, 'config-server'],
  [/^maven:spring-cloud-starter-netflix-eureka-server$/, 'service-registry'],
  [/^maven:spring-boot-admin-(starter-)?server$/, 'admin-server'],
  [/^maven:spring-cloud-starter-netflix-(hystrix-dashboard|turbine(-stream)?)$/, 'monitoring'],
];

function platformOf(unit: Unit, modules: ReadonlyMap<string, ModuleClaim>): string | undefined {
  const deps = unit.modules.flatMap((id) => modules.get(id)?.dependsOn.map((d) => d.id) ?? []);
  return PLATFORM.find(([pattern]) => deps.some((id) => pattern.test(id)))?.[1];
}

/** Moves platform servers from the units to the resources, while some other unit remains. */
export function splitPlatformServers(units: Unit[], modules: ReadonlyMap<string, ModuleClaim>, external: Resource[], diagnostics: Diagnostic[]): Unit[] {
  const platform = new Map(units.filter((u) => u.deployable).map((u) => [u, platformOf(u, modules)]));
  const kept = units.filter((u) => platform.get(u) === undefined);
  if (!kept.some((u) => u.deployable)) return units;
  for (const [unit, technology] of platform) {
    if (technology === undefined) continue;
    external.push({ name: unit.name, type: 'other', technology, hosts: unit.hosts, databases: [], evidence: unit.evidence });
    const [first] = unit.evidence;
    const message = `${unit.name}: a Spring Cloud ${technology} the system runs for its services; a resource, not one of its units`;
    if (first) diagnostics.push({ severity: 'info', code: 'discover-platform-server', message, ...first });
  }
  return kept;
}
