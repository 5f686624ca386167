import type { EntityRef } from '../result/index.js';
import type { ModelIndex } from '../model/model-index.js';
import type { DependencyGraph } from './dependency-graph.js';
import { ownerOf, uniqueSorted } from './ownership.js';
import { listed } from './signal.js';

/** Who leans on what a team owns, and which of its units serve only its own product. */
export interface TeamDependents {
  /** Other teams whose components use its infrastructure, APIs or services. */
  teams: EntityRef[];
  /** Other teams reached through its shared infrastructure (resources, non-deployable or infrastructure components). */
  throughInfrastructure: EntityRef[];
  /** What of it other teams use: `ref <- team`. */
  used: string[];
  /** Deployable units it owns that no other team uses: its own product. */
  productUnits: EntityRef[];
}

/**
 * Users of its shared infrastructure, of the APIs it owns or provides, and of its deployable services
 * (directly or through their APIs), by owning team.
 */
export function teamDependents(index: ModelIndex, graph: DependencyGraph, team: EntityRef, owned: readonly EntityRef[], shared: readonly EntityRef[]): TeamDependents {
  const othersOf = (users: readonly EntityRef[]) => uniqueSorted(users.map((user) => ownerOf(index, user)).filter((owner): owner is EntityRef => owner !== undefined && owner !== team && owner.startsWith('group:')));
  const usersOf = (ref: EntityRef): EntityRef[] => [...index.targets(ref, 'dependencyOf'), ...graph.dependentsOf(ref), ...(ref.startsWith('api:') ? index.targets(ref, 'apiConsumedBy') : [])];
  const provided = owned.filter((ref) => ref.startsWith('component:')).flatMap((ref) => index.targets(ref, 'providesApi'));
  const apis = uniqueSorted([...owned.filter((ref) => ref.startsWith('api:')), ...provided]);
  const units = owned.filter((ref) => index.entity(ref)?.deployable === true && !shared.includes(ref));
  const all = new Set<EntityRef>();
  const throughInfrastructure = new Set<EntityRef>();
  const used: string[] = [];
  const productUnits: EntityRef[] = [];
  for (const ref of [...shared, ...apis, ...units]) {
    const others = othersOf(usersOf(ref));
    others.forEach((other) => all.add(other));
    if (shared.includes(ref)) others.forEach((other) => throughInfrastructure.add(other));
    if (others.length > 0) used.push(`${ref} <- ${listed(others)}`);
    else if (units.includes(ref)) productUnits.push(ref);
  }
  return { teams: uniqueSorted(all), throughInfrastructure: uniqueSorted(throughInfrastructure), used, productUnits };
}
