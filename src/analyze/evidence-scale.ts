/**
 * The architecture verdict weighs coupling and independence on one scale. Each piece of evidence has a
 * tier and a weight; docs/model.md gives the reason for each.
 *
 * - `hard`: proof that units cannot change independently (shared data across bounded contexts, a shared
 *   domain library, cycles, declared owners split both ways, filtered co-change).
 * - `structural`: declared structure that makes change harder but proves nothing alone (missing owners,
 *   dense or direct dependencies, co-change and outside changes measured against declared teams).
 * - `convention`: release conventions of a repository (one version, lockstep releases, one build
 *   image); common in well-decoupled systems, never decisive.
 */
export type Tier = 'hard' | 'structural' | 'convention';

export interface Weighed {
  /** The signal id that carries the number and its evidence. */
  signal: string;
  /** Short words for the verdict's reason. */
  reason: string;
  weight: number;
}

export interface Scale {
  coupling: Record<Tier, Weighed[]>;
  independence: Weighed[];
}

export const emptyScale = (): Scale => ({ coupling: { hard: [], structural: [], convention: [] }, independence: [] });

export function total(items: readonly Weighed[]): number {
  return items.reduce((sum, item) => sum + item.weight, 0);
}

export function couplingTotal(scale: Scale): number {
  return total([...scale.coupling.hard, ...scale.coupling.structural, ...scale.coupling.convention]);
}

/** Strongest first, so a reader (and the tight-coupling finding) sees what to cut first. */
export function strongestFirst(items: readonly Weighed[]): Weighed[] {
  return [...items].sort((a, b) => b.weight - a.weight);
}

/** Weights, one place: each is what the evidence proves about independent change. */
export const WEIGHTS = {
  sharedData: 0.5,
  sharedDataAcrossOwners: 0.55,
  cycles: 0.5,
  domainLibrary: 0.45,
  ownershipSplit: 0.45,
  filteredCoChange: 0.35,
  unowned: 0.2,
  denseDependencies: 0.15,
  directDependencies: 0.15,
  historyCoChange: 0.15,
  historyCoChangeAcrossTeams: 0.2,
  changedFromOutside: 0.15,
  lockstepVersioning: 0.1,
  lockstepReleases: 0.1,
  sharedImage: 0.1,
  oneOwningTeam: 0.1,
  ownDatastore: 0.1,
  throughApis: 0.1,
  acyclic: 0.1,
  oneWayTeams: 0.1,
  changesStayInTeam: 0.1,
  releasedIndependently: 0.1,
  apiContracts: 0.1,
  lowCoChange: 0.1,
  separateStacks: 0.15,
} as const;
