import type { EntityRef, ModelEntity } from '../result/index.js';
import type { InferredGroup } from './inferred-system-entity.js';
import type { RelationSet } from './relation-set.js';

/** Connected groups of same-owner components; a component without a resolved owner links to nothing. */
export function byDependencies(relations: RelationSet, remaining: ReadonlyMap<EntityRef, ModelEntity>): InferredGroup[] {
  const ownerOf = (ref: EntityRef) => [...relations.targets(ref, 'ownedBy')][0];
  const parent = new Map<EntityRef, EntityRef>();
  // Iterative, with path compression: a chain of thousands of dependencies must not overflow the stack.
  const find = (ref: EntityRef): EntityRef => {
    let root = ref;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    for (let node = ref; node !== root; ) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const degree = new Map<EntityRef, number>();
  for (const ref of remaining.keys()) {
    const owner = ownerOf(ref);
    if (owner === undefined) continue;
    for (const other of linked(relations, ref)) {
      if (other === ref || !remaining.has(other) || ownerOf(other) !== owner) continue;
      degree.set(ref, (degree.get(ref) ?? 0) + 1);
      degree.set(other, (degree.get(other) ?? 0) + 1);
      parent.set(find(ref), find(other));
    }
  }
  const clusters = new Map<EntityRef, EntityRef[]>();
  for (const ref of degree.keys()) push(clusters, find(ref), ref);
  return [...clusters.values()]
    .filter((refs) => refs.length >= 2)
    .map((refs) => {
      const sorted = [...refs].sort();
      // Named after its most connected component: the one the others are built around.
      const hub = sorted.reduce((best, ref) => ((degree.get(ref) ?? 0) > (degree.get(best) ?? 0) ? ref : best));
      const owner = ownerOf(hub) ?? '';
      return { how: 'dependencies', basis: owner, base: remaining.get(hub)?.name ?? hub, members: sorted };
    });
}

/** Components a component depends on directly, or whose APIs it consumes or depends on. */
function linked(relations: RelationSet, ref: EntityRef): EntityRef[] {
  const used = [...relations.targets(ref, 'dependsOn'), ...relations.targets(ref, 'consumesApi')];
  return used.flatMap((target) => (target.startsWith('api:') ? [...relations.targets(target, 'apiProvidedBy')] : target.startsWith('component:') ? [target] : []));
}

export function push<K>(map: Map<K, EntityRef[]>, key: K, ref: EntityRef): void {
  const list = map.get(key);
  if (list) list.push(ref);
  else map.set(key, [ref]);
}
