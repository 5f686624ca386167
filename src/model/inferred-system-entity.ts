import type { EntityRef, InferredHow, ModelEntity } from '../result/index.js';
import { stringifyEntityRef } from './entity-ref.js';
import type { InferInput } from './infer-systems.js';

export const INFERRED_ANNOTATION = 'teamfit.dev/inferred';

/** Components grouped by one step of the inference, before the group is made a System. */
export interface InferredGroup {
  how: InferredHow;
  basis: string;
  /** What the name is made from: the domain, repository or component name. */
  base: string;
  /** Defaults to the members' most common namespace. */
  namespace?: string | undefined;
  domain?: EntityRef;
  members: EntityRef[];
}

// Backstage's limit on entity names.
const MAX_NAME = 63;

/**
 * Makes each group a System entity, with its partOf/hasPart relations (and partOf its Domain), then places
 * the APIs and Resources that declare no System into the inferred system of the components that provide
 * or use them, when those all lie in one. Names end in `-inferred`, so every finding and report naming
 * the system says it is not the catalog's; a name already taken gets a number.
 */
export function materialise(groups: readonly InferredGroup[], input: InferInput): ModelEntity[] {
  const { known, relations } = input;
  const systems: ModelEntity[] = [];
  const systemOf = new Map<EntityRef, EntityRef>();
  for (const group of groups) {
    const members = group.members.map((ref) => known.get(ref)).filter((entity): entity is ModelEntity => entity !== undefined);
    const namespace = group.namespace ?? mostCommon(members.map((member) => member.namespace));
    const ref = freeRef(namespace, group.base, known);
    const system: ModelEntity = {
      ref,
      kind: 'system',
      namespace,
      name: ref.slice(ref.indexOf('/') + 1),
      description: `Inferred by teamfit (${group.how}: ${group.basis}) for ${members.length} component(s) that declare no System.`,
      tags: [],
      annotations: { [INFERRED_ANNOTATION]: group.how },
      ...(members[0]?.source ? { source: members[0].source } : {}),
      unresolved: [],
      inferred: { how: group.how, basis: group.basis },
    };
    known.set(ref, system);
    systems.push(system);
    for (const member of members) {
      relations.add('partOf', member.ref, ref);
      relations.add('hasPart', ref, member.ref);
      systemOf.set(member.ref, ref);
    }
    if (group.domain) {
      relations.add('partOf', ref, group.domain);
      relations.add('hasPart', group.domain, ref);
    }
  }
  placeParts(input, systemOf);
  return systems;
}

function placeParts(input: InferInput, systemOf: ReadonlyMap<EntityRef, EntityRef>): void {
  for (const { raw, entity } of input.kept) {
    if ((raw.kind !== 'API' && raw.kind !== 'Resource') || hasValue(raw.spec['system'])) continue;
    const users = raw.kind === 'API'
      ? [...input.relations.targets(entity.ref, 'apiProvidedBy')]
      : [...input.relations.targets(entity.ref, 'dependencyOf')].filter((ref) => ref.startsWith('component:'));
    const systems = new Set(users.map((ref) => systemOf.get(ref)));
    const [system] = systems;
    if (users.length === 0 || systems.size !== 1 || system === undefined) continue;
    input.relations.add('partOf', entity.ref, system);
    input.relations.add('hasPart', system, entity.ref);
  }
}

function freeRef(namespace: string, base: string, known: ReadonlyMap<EntityRef, ModelEntity>): EntityRef {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-inferred' : `-inferred-${n}`;
    const name = `${base.slice(0, MAX_NAME - suffix.length).replace(/[-_.]+$/, '')}${suffix}`;
    const ref = stringifyEntityRef({ kind: 'system', namespace, name });
    if (!known.has(ref)) return ref;
  }
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return sorted[0]?.[0] ?? 'default';
}

function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}
