import type { RawEntity } from '../ingest/types.js';
import type { EntityRef, ModelEntity } from '../result/index.js';
import { parseEntityRef, stringifyEntityRef } from './entity-ref.js';
import { byDependencies, push } from './infer-by-dependencies.js';
import { materialise, type InferredGroup } from './inferred-system-entity.js';
import type { RelationSet } from './relation-set.js';
import { repositoryKey } from './repository-key.js';

export interface InferInput {
  kept: ReadonlyArray<{ raw: RawEntity; entity: ModelEntity }>;
  /** Every entity by ref; the inferred systems are added to it. */
  known: Map<EntityRef, ModelEntity>;
  relations: RelationSet;
}

interface Context extends InferInput {
  rawOf: ReadonlyMap<EntityRef, RawEntity>;
}

/**
 * Groups the Components that declare no System (and are no subcomponent) into inferred systems, adds them
 * to `known` and their relations to `relations`, and returns them. The steps run in this order, each on
 * the components the earlier ones left:
 *
 * 1. domain: components whose provided APIs, or the resources they depend on, lie in exactly one Domain
 *    (through the part's System, or its `spec.domain`), or that name one in `spec.domain`: one system per Domain.
 * 2. repository: components built from one repository (`backstage.io/source-location`, else
 *    `github.com/project-slug`, whatever folder or branch the URL points at), two or more per repository.
 * 3. dependencies: components with the same owner linked by dependsOn or by an API one provides and the
 *    other consumes, two or more connected.
 * 4. component: a deployable component still alone is a one-unit system.
 *
 * A group with no deployable component has no unit to classify and is not made a system; its components
 * fall through to the next step (a library joins a system only with a deployable beside it).
 */
export function inferSystems(input: InferInput): ModelEntity[] {
  const context: Context = { ...input, rawOf: new Map(input.kept.map(({ raw, entity }) => [entity.ref, raw] as const)) };
  const remaining = new Map<EntityRef, ModelEntity>();
  for (const { raw, entity } of input.kept) {
    if (raw.kind === 'Component' && !declares(raw, 'system') && !declares(raw, 'subcomponentOf')) remaining.set(entity.ref, entity);
  }
  const groups: InferredGroup[] = [];
  const take = (found: InferredGroup[]) => {
    for (const group of found) {
      if (!group.members.some((ref) => remaining.get(ref)?.deployable === true)) continue;
      groups.push(group);
      group.members.forEach((ref) => remaining.delete(ref));
    }
  };
  take(byDomain(context, [...remaining.values()]));
  take(byRepository([...remaining.values()]));
  take(byDependencies(context.relations, remaining));
  take([...remaining.values()].filter((c) => c.deployable === true).map((c) => ({ how: 'component', basis: c.ref, base: c.name, members: [c.ref] })));
  return materialise(groups, input);
}

function byDomain(context: Context, candidates: readonly ModelEntity[]): InferredGroup[] {
  const members = new Map<EntityRef, EntityRef[]>();
  for (const component of candidates) {
    const parts = [...context.relations.targets(component.ref, 'providesApi'), ...resourcesUsed(context, component.ref)];
    const domains = new Set([declaredDomain(context, component.ref), ...parts.map((part) => domainOfPart(context, part))].filter(isDefined));
    // A component reaching two domains belongs to neither more than the other: leave it to the next steps.
    const [domain] = domains;
    if (domain === undefined || domains.size > 1) continue;
    push(members, domain, component.ref);
  }
  return [...members].map(([domain, refs]) => ({
    how: 'domain',
    basis: domain,
    base: context.known.get(domain)?.name ?? domain,
    namespace: context.known.get(domain)?.namespace,
    domain,
    members: refs,
  }));
}

function byRepository(candidates: readonly ModelEntity[]): InferredGroup[] {
  const members = new Map<string, EntityRef[]>();
  for (const component of candidates) {
    const key = repositoryKey(component);
    if (key !== undefined) push(members, key, component.ref);
  }
  return [...members]
    .filter(([, refs]) => refs.length >= 2)
    .map(([key, refs]) => ({ how: 'repository', basis: key, base: key.slice(key.lastIndexOf('/') + 1), members: refs }));
}

function resourcesUsed(context: Context, ref: EntityRef): EntityRef[] {
  return [...context.relations.targets(ref, 'dependsOn')].filter((target) => target.startsWith('resource:'));
}

/** The Domain of an API or Resource: its own `spec.domain`, else its System's domain. */
function domainOfPart(context: Context, part: EntityRef): EntityRef | undefined {
  const own = declaredDomain(context, part);
  if (own) return own;
  const system = [...context.relations.targets(part, 'partOf')].find((ref) => ref.startsWith('system:'));
  return system ? [...context.relations.targets(system, 'partOf')].find((ref) => ref.startsWith('domain:')) : undefined;
}

/** `spec.domain` is no Backstage field outside System, but catalogs generated by tools do write it. */
function declaredDomain(context: Context, ref: EntityRef): EntityRef | undefined {
  const raw = context.rawOf.get(ref);
  const value = raw?.spec['domain'];
  if (raw === undefined || typeof value !== 'string') return undefined;
  const parsed = parseEntityRef(value.trim(), { defaultKind: 'domain', defaultNamespace: raw.metadata.namespace });
  if (!parsed.ok) return undefined;
  const domain = stringifyEntityRef(parsed.ref);
  return domain.startsWith('domain:') && context.known.has(domain) ? domain : undefined;
}

export function declares(raw: RawEntity, key: string): boolean {
  const value = raw.spec[key];
  return value !== undefined && value !== null && value !== '';
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
