import type { ArtifactCoupling, ComponentCoupling, CrossingDependency, EntityRef, ModelEntity } from '../result/index.js';
import type { ModelIndex } from '../model/model-index.js';
import type { CycleIndex } from './cycle-index.js';
import type { ComponentEdge, DependencyGraph } from './dependency-graph.js';
import type { HistoryFacts } from './history-facts.js';
import { boundedContexts } from '../util/bounded-context.js';
import { operatorsOf, ownerOf, uniqueSorted } from './ownership.js';

export interface SharedData {
  resource: EntityRef;
  users: EntityRef[];
  /** Declared owners of its users (inferred teams are suggestions, not owners). */
  owners: EntityRef[];
  /** Bounded contexts among its users: two or more make it shared data. */
  contexts: number;
}

/** Groups teamfit guessed (from authors, or as a placeholder) carry this annotation: suggestions, not facts. */
const INFERRED_ANNOTATION = 'teamfit.dev/inferred';

/** What the catalog says about one system, measured once and read by the classifier, the fit and the rules. */
export interface SystemFacts {
  system: ModelEntity;
  components: EntityRef[];
  deployables: EntityRef[];
  resources: EntityRef[];
  apis: EntityRef[];
  /** Owner of each deployable (undefined when absent or unresolved). */
  unitOwner: Map<EntityRef, EntityRef | undefined>;
  owners: EntityRef[];
  ownerTeams: EntityRef[];
  unowned: EntityRef[];
  /** Owning teams that are declared (catalog, CODEOWNERS), not inferred from authors. */
  declaredOwnerTeams: EntityRef[];
  /** Deployables that are web front ends (website type, or named frontend/ui/web/spa/bff/...). */
  frontEnds: EntityRef[];
  /** Units whose owner is a guess (an inferred team): neither evidence of coupling nor of independence. */
  inferredOwners: EntityRef[];
  /** Data resources used by several units of one bounded context only (an API and its worker): not shared. */
  contextData: SharedData[];
  /** Teams that run each deployable. */
  unitOperators: Map<EntityRef, readonly EntityRef[]>;
  /** Teams that run the system: its units' operators, or the system's own when it has no unit. */
  operators: EntityRef[];
  internalEdges: ComponentEdge[];
  cycles: ComponentEdge[][];
  sharedData: SharedData[];
  /** Deployables that use at least one data resource no other deployable of the system uses. */
  unitsWithOwnData: EntityRef[];
  crossings: CrossingDependency[];
  /**
   * Pairs of owning teams with dependencies running both ways between them. Always empty for an inferred
   * system: its teams never agreed to share one, teamfit grouped their components, so their crossings are
   * no split of ownership.
   */
  twoWayTeamPairs: Array<[EntityRef, EntityRef]>;
  /** The one source location every deployable shares, if they all share one. */
  sharedSourceLocation?: string;
  /** Evidence from git, when history was read for any of its units. */
  history?: SystemHistory;
  /** Coupling evidence discovery found in the system's repository (manifests, builds, tags). */
  artifacts: ArtifactCoupling[];
}

export interface SystemHistory {
  /** Units with history in the window. */
  measured: EntityRef[];
  /** Pairs of its units changed together (after the bot and sweep filters). */
  coChange: ComponentCoupling[];
  /** Units most of whose changes come from outside the owning team. */
  changedFromOutside: Array<{ unit: EntityRef; ownerShare: number }>;
  /** Units whose changes stay with the owning team. */
  changedByOwner: EntityRef[];
}

/** Share of a unit's changes its owning team makes, at or above which its boundary holds. */
const OWNER_ONLY = 0.8;

export interface Evidence {
  history: HistoryFacts;
  artifacts: ReadonlyMap<EntityRef, ArtifactCoupling[]>;
}

export function systemFacts(index: ModelIndex, graph: DependencyGraph, cycles: CycleIndex, evidence: Evidence, system: ModelEntity): SystemFacts {
  const { history } = evidence;
  const parts = index.targets(system.ref, 'hasPart');
  const components = parts.filter((ref) => ref.startsWith('component:'));
  const deployables = components.filter((ref) => index.entity(ref)?.deployable === true);
  const inSystem = new Set(components);
  const unitOwner = new Map(deployables.map((ref) => [ref, ownerOf(index, ref)] as const));
  const unitOperators = new Map(deployables.map((ref) => [ref, operatorsOf(index, ref).teams] as const));
  const isInferred = (ref: EntityRef | undefined) => ref !== undefined && index.entity(ref)?.annotations[INFERRED_ANNOTATION] === 'true';
  // Ownership couplings need declared owners: a team guessed from authors never splits a system.
  const declaredOwner = (ref: EntityRef) => {
    const owner = ownerOf(index, ref) ?? ownerOf(index, system.ref);
    return isInferred(owner) ? undefined : owner;
  };
  const internalEdges = components.flatMap((ref) => graph.edgesFrom(ref).filter((edge) => inSystem.has(edge.to)));
  const crossings = crossingsOf(internalEdges, declaredOwner);
  const owners = uniqueSorted([ownerOf(index, system.ref), ...components.map((ref) => ownerOf(index, ref))].filter(isDefined));
  const artifacts = evidence.artifacts.get(system.ref) ?? [];
  const { sharedData, contextData, unitsWithOwnData, resources } = dataUse(index, components, deployables, parts, declaredOwner, artifacts);
  return {
    system,
    components,
    deployables,
    resources,
    apis: parts.filter((ref) => ref.startsWith('api:')),
    unitOwner,
    owners,
    ownerTeams: owners.filter((ref) => ref.startsWith('group:')),
    declaredOwnerTeams: owners.filter((ref) => ref.startsWith('group:') && !isInferred(ref)),
    unowned: deployables.filter((ref) => unitOwner.get(ref) === undefined),
    frontEnds: deployables.filter((ref) => isFrontEnd(index.entity(ref))),
    inferredOwners: deployables.filter((ref) => isInferred(unitOwner.get(ref))),
    contextData,
    unitOperators,
    operators: uniqueSorted(deployables.length > 0 ? [...unitOperators.values()].flat() : operatorsOf(index, system.ref).teams),
    internalEdges,
    cycles: cycles.through(inSystem),
    sharedData,
    unitsWithOwnData,
    crossings,
    twoWayTeamPairs: system.inferred ? [] : twoWayPairs(crossings),
    sharedSourceLocation: sharedSource(index, deployables),
    ...historyOf(history, deployables),
    artifacts,
  };
}

function historyOf(history: HistoryFacts, deployables: readonly EntityRef[]): { history?: SystemHistory } {
  const measured = deployables.filter((unit) => history.component(unit) !== undefined);
  if (measured.length === 0) return {};
  const shares = measured.flatMap((unit) => {
    const share = history.component(unit)?.ownerShare;
    return share === undefined ? [] : [{ unit, ownerShare: share }];
  });
  return {
    history: {
      measured,
      coChange: history.couplingWithin(deployables),
      changedFromOutside: shares.filter((s) => s.ownerShare < 0.5),
      changedByOwner: shares.filter((s) => s.ownerShare >= OWNER_ONLY).map((s) => s.unit),
    },
  };
}

/**
 * Which data resources its units share. Shared data is one database used by units of different bounded
 * contexts: users of one name stem or one source location with one declared owner are one service in
 * several processes, and a server whose users each name a database of their own (discovery's
 * per-database check) holds no shared data.
 */
function dataUse(
  index: ModelIndex, components: readonly EntityRef[], deployables: readonly EntityRef[], parts: readonly EntityRef[],
  declaredOwner: (ref: EntityRef) => EntityRef | undefined, artifacts: readonly ArtifactCoupling[],
) {
  const usersOf = new Map<EntityRef, EntityRef[]>();
  for (const component of components) {
    for (const target of index.targets(component, 'dependsOn')) {
      if (!target.startsWith('resource:')) continue;
      const users = usersOf.get(target) ?? [];
      users.push(component);
      usersOf.set(target, users);
    }
  }
  const separateDatabases = new Set(artifacts.flatMap((a) => (a.kind === 'shared-datastore' && a.via === 'resource' && !a.coupled ? [a.datastore] : [])));
  const location = (ref: EntityRef) => index.entity(ref)?.annotations['backstage.io/source-location'];
  const sameContext = (a: EntityRef, b: EntityRef) => location(a) !== undefined && location(a) === location(b);
  const dataResources = [...usersOf.keys()].filter((ref) => index.entity(ref)?.dataHolding === true);
  const candidates = dataResources
    .map((resource) => {
      const users = uniqueSorted(usersOf.get(resource) ?? []);
      const owners = uniqueSorted(users.map(declaredOwner).filter(isDefined));
      const byOwner = owners.length >= 2 ? owners.map((owner) => users.filter((u) => declaredOwner(u) === owner)) : [users];
      const contexts = separateDatabases.has(resource) ? 1 : byOwner.reduce((n, group) => n + boundedContexts(group, (ref) => index.entity(ref)?.name ?? ref, sameContext).length, 0);
      return { resource, users, owners, contexts };
    })
    .filter((shared) => shared.users.length >= 2)
    .sort((a, b) => a.resource.localeCompare(b.resource));
  const sharedData = candidates.filter((shared) => shared.contexts >= 2);
  const contextData = candidates.filter((shared) => shared.contexts < 2);
  const sharedRefs = new Set(sharedData.map((shared) => shared.resource));
  const unitsWithOwnData = deployables.filter((unit) =>
    index.targets(unit, 'dependsOn').some((target) => index.entity(target)?.dataHolding === true && !sharedRefs.has(target)),
  );
  const resources = uniqueSorted([...parts.filter((ref) => ref.startsWith('resource:')), ...usersOf.keys()]);
  return { sharedData, contextData, unitsWithOwnData, resources };
}

function crossingsOf(edges: readonly ComponentEdge[], owner: (ref: EntityRef) => EntityRef | undefined): CrossingDependency[] {
  const crossings: CrossingDependency[] = [];
  for (const edge of edges) {
    const fromTeam = owner(edge.from);
    const toTeam = owner(edge.to);
    if (!fromTeam || !toTeam || fromTeam === toTeam) continue;
    crossings.push({ from: edge.from, to: edge.to, fromTeam, toTeam, ...(edge.via ? { via: edge.via } : {}) });
  }
  return crossings;
}

function twoWayPairs(crossings: readonly CrossingDependency[]): Array<[EntityRef, EntityRef]> {
  const directions = new Set(crossings.map((c) => `${c.fromTeam}>${c.toTeam}`));
  const pairs: Array<[EntityRef, EntityRef]> = [];
  for (const c of crossings) {
    if (c.fromTeam < c.toTeam && directions.has(`${c.toTeam}>${c.fromTeam}`) && !pairs.some(([a, b]) => a === c.fromTeam && b === c.toTeam)) {
      pairs.push([c.fromTeam, c.toTeam]);
    }
  }
  return pairs;
}

function sharedSource(index: ModelIndex, deployables: readonly EntityRef[]): string | undefined {
  if (deployables.length < 2) return undefined;
  const locations = deployables.map((ref) => index.entity(ref)?.annotations['backstage.io/source-location']);
  const first = locations[0];
  return first && locations.every((location) => location === first) ? first : undefined;
}

/** Words that name a user interface: the unit serves pages or a client, not a domain of its own. */
const FRONT_END_WORDS = new Set(['frontend', 'front', 'ui', 'web', 'webapp', 'webui', 'spa', 'bff', 'site', 'website', 'www', 'portal', 'dashboard', 'storefront', 'client', 'nginx', 'static']);

function isFrontEnd(entity: ModelEntity | undefined): boolean {
  if (!entity) return false;
  if (entity.type === 'website') return true;
  const words = entity.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  return words.some((word) => FRONT_END_WORDS.has(word));
}

export function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
