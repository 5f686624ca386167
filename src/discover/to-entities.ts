import type { JsonObject, RawEntity } from '../ingest/types.js';
import type { SourcePosition } from '../result/index.js';
import type { Ownership } from './teams.js';
import { apiEntities } from './api-entities.js';
import type { Contract } from './coupling/contract-owners.js';
import type { Dependency, Evidence, Resource, Unit } from './types.js';

export const TODO_OWNER = 'todo-owner';
export const TODO_OWNER_REF = `group:default/${TODO_OWNER}`;
/** Marks an entity teamfit generated: `inferred` for guesses (inferred teams, placeholder owners). */
export const DISCOVERED_ANNOTATION = 'teamfit.dev/discovered-from';
export const INFERRED_ANNOTATION = 'teamfit.dev/inferred';

export function sourceLocation(dir: string): string {
  return dir === '.' ? 'dir:./' : `dir:./${dir}/`;
}

interface Input {
  contracts?: readonly Contract[];
  /** A repository file as shown to users (relative to the working directory). */
  display?: (file: string) => string;
  system: string;
  systemOwner: string;
  units: readonly Unit[];
  resources: readonly Resource[];
  dependencies: readonly Dependency[];
  ownership: Ownership;
  origin: Evidence;
}

/** Backstage entities for what was discovered, each positioned at the manifest line that produced it. */
export function toEntities(input: Input): RawEntity[] {
  const { ownership } = input;
  const ownerOf = (unit: string) => ownership.ownerOf.get(unit)?.ref ?? input.systemOwner;
  const entities: RawEntity[] = [];
  entities.push(entity('System', input.system, { owner: input.systemOwner }, input.origin, {}, { [DISCOVERED_ANNOTATION]: 'repository' }));
  const apis = apiEntities(input.contracts ?? [], input.system, ownerOf);
  for (const unit of input.units) {
    const provides = apis.filter((a) => a.providers.includes(unit.name)).map((a) => `api:default/${a.name}`);
    const consumes = apis.filter((a) => a.consumers.includes(unit.name));
    // A call to a unit whose API it consumes goes through that API: the API relation says it, not dependsOn.
    const deps = input.dependencies.filter((d) => d.from === unit.name && !(d.toKind === 'component' && consumes.some((a) => a.providers.includes(d.to))));
    const positions: Record<string, Evidence> = { 'spec.owner': ownership.ownerOf.get(unit.name)?.evidence ?? at(unit) };
    deps.forEach((d, i) => (positions[`spec.dependsOn.${i}`] = d.evidence[0] ?? at(unit)));
    const annotations: Record<string, string> = { [DISCOVERED_ANNOTATION]: unit.sources.join(',') || 'repository' };
    if (unit.sourceDir !== '') annotations['backstage.io/source-location'] = sourceLocation(unit.sourceDir);
    entities.push(entity('Component', unit.name, {
      type: unit.deployable ? 'service' : 'library', lifecycle: 'production', owner: ownerOf(unit.name), system: input.system,
      ...(deps.length > 0 ? { dependsOn: deps.map((d) => `${d.toKind}:default/${d.to}`) } : {}),
      ...(provides.length > 0 ? { providesApis: provides } : {}),
      ...(consumes.length > 0 ? { consumesApis: consumes.map((a) => `api:default/${a.name}`) } : {}),
    }, at(unit), positions, annotations));
  }
  for (const api of apis) {
    const position = { ...api.position, file: input.display?.(api.position.file) ?? api.position.file };
    entities.push(entity('API', api.name, api.spec, position, {}, { [DISCOVERED_ANNOTATION]: api.format }, api.description));
  }
  for (const resource of input.resources) {
    const origin = resource.evidence[0] ?? input.origin;
    entities.push(entity('Resource', resource.name, { type: resource.type, owner: input.systemOwner, system: input.system }, origin, {}, { [DISCOVERED_ANNOTATION]: resource.technology }));
  }
  for (const team of ownership.teams) {
    const annotations: Record<string, string> = team.source === 'inferred' ? { [INFERRED_ANNOTATION]: 'true' } : { [DISCOVERED_ANNOTATION]: 'codeowners' };
    const description = team.source === 'inferred' ? `Inferred from git history: authors ${team.members.join(', ')}` : `From CODEOWNERS: ${team.members.join(', ')}`;
    entities.push(entity('Group', team.name, { type: 'team', children: [] }, team.evidence[0] ?? input.origin, {}, annotations, description));
  }
  for (const user of ownership.users) entities.push(entity('User', user.name, { memberOf: [] }, user.evidence, {}, { [DISCOVERED_ANNOTATION]: 'codeowners' }));
  const usesTodo = entities.some((e) => e.spec.owner === TODO_OWNER_REF);
  if (usesTodo) {
    entities.push(entity('Group', TODO_OWNER, { type: 'team', children: [] }, input.origin, {}, { [INFERRED_ANNOTATION]: 'true' }, 'TODO: a placeholder; replace it with the team that owns these entities'));
  }
  return entities;
}

function at(unit: Unit): Evidence {
  return unit.evidence[0] ?? { file: '.', line: 1, column: 1 };
}

function entity(
  kind: RawEntity['kind'], name: string, spec: JsonObject, position: SourcePosition,
  positions: Record<string, SourcePosition>, annotations: Record<string, string>, description?: string,
): RawEntity {
  const map = new Map<string, SourcePosition>([['metadata.name', position], ['kind', position], ...Object.entries(positions)]);
  for (const key of Object.keys(spec)) if (!map.has(`spec.${key}`)) map.set(`spec.${key}`, position);
  return {
    apiVersion: 'backstage.io/v1alpha1', kind,
    metadata: { name, namespace: 'default', annotations, labels: {}, tags: [], ...(description ? { description } : {}) },
    spec, position, positions: map,
  };
}
