import type { EntityRef } from '../result/index.js';
import type { ModelIndex } from '../model/model-index.js';

/** The resolved owner (group or user) of an entity, if any. */
export function ownerOf(index: ModelIndex, ref: EntityRef): EntityRef | undefined {
  return index.target(ref, 'ownedBy');
}

export interface Operators {
  teams: readonly EntityRef[];
  /** Where the operators come from: the entity's own annotation, its system's, or its owner by default. */
  source: 'component' | 'system' | 'owner' | 'system-owner' | 'none';
}

/**
 * Who runs an entity in production: `teamfit.dev/operated-by` on the entity, else on its system,
 * else its owner, else its system's owner (only groups: a person is not an operating team).
 */
export function operatorsOf(index: ModelIndex, ref: EntityRef): Operators {
  const own = index.targets(ref, 'operatedBy');
  if (own.length > 0) return { teams: own, source: 'component' };
  if (ref.startsWith('component:')) {
    const system = index.target(ref, 'partOf');
    if (system?.startsWith('system:')) {
      const bySystem = index.targets(system, 'operatedBy');
      if (bySystem.length > 0) return { teams: bySystem, source: 'system' };
    }
  }
  const owner = ownerOf(index, ref);
  if (owner?.startsWith('group:')) return { teams: [owner], source: 'owner' };
  const system = ref.startsWith('component:') ? index.target(ref, 'partOf') : undefined;
  const systemOwner = system?.startsWith('system:') ? ownerOf(index, system) : undefined;
  if (systemOwner?.startsWith('group:')) return { teams: [systemOwner], source: 'system-owner' };
  return { teams: [], source: 'none' };
}

/** The system a component, API or resource is part of. */
export function systemOf(index: ModelIndex, ref: EntityRef): EntityRef | undefined {
  return index.targets(ref, 'partOf').find((target) => target.startsWith('system:'));
}

export function uniqueSorted<T extends string>(values: Iterable<T>): T[] {
  const list = Array.isArray(values) ? (values as readonly T[]) : [...values];
  // Most lists here hold one value or none: no Set and no sort (whose work array is garbage) for those.
  if (list.length < 2) return [...list];
  return [...new Set(list)].sort();
}
