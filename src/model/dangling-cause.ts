import type { EntityRef } from '../result/index.js';

/** The parts of a canonical ref (`kind:namespace/name`, lower-case). */
export function refParts(ref: EntityRef): { kind: string; namespace: string; name: string } {
  const colon = ref.indexOf(':');
  const slash = ref.indexOf('/', colon);
  return { kind: ref.slice(0, colon), namespace: ref.slice(colon + 1, slash), name: ref.slice(slash + 1) };
}

/** Every loaded entity by name, so a dangling ref can look for its namesakes in other namespaces and kinds. */
export function refsByName(refs: Iterable<EntityRef>): Map<string, EntityRef[]> {
  const byName = new Map<string, EntityRef[]>();
  for (const ref of refs) {
    const { name } = refParts(ref);
    const list = byName.get(name);
    if (list) list.push(ref);
    else byName.set(name, [ref]);
  }
  return byName;
}

/**
 * The entity a dangling ref most likely meant: its namesake of the same kind in another namespace, else
 * of an allowed kind (same namespace first), else of any kind. Ties go to the first loaded, so the
 * answer does not depend on anything but the catalog.
 */
export function suggestTarget(
  target: EntityRef,
  allowedKinds: readonly string[],
  byName: ReadonlyMap<string, readonly EntityRef[]>,
): EntityRef | undefined {
  const wanted = refParts(target);
  const namesakes = (byName.get(wanted.name) ?? []).filter((ref) => ref !== target).map((ref) => ({ ref, ...refParts(ref) }));
  const rank = (candidate: { kind: string; namespace: string }): number => {
    if (candidate.kind === wanted.kind) return 0;
    const allowed = allowedKinds.includes(candidate.kind);
    if (allowed) return candidate.namespace === wanted.namespace ? 1 : 2;
    return candidate.namespace === wanted.namespace ? 3 : 4;
  };
  let best: { ref: EntityRef; rank: number } | undefined;
  for (const candidate of namesakes) {
    const r = rank(candidate);
    if (best === undefined || r < best.rank) best = { ref: candidate.ref, rank: r };
  }
  return best?.ref;
}

/**
 * One reason shared by dangling refs: written in one namespace while their targets live in another,
 * written with one kind while the targets are of another, or one missing entity that several point at.
 * `key` groups refs with the same cause within one field.
 */
export interface DanglingCause {
  key: string;
  /** What went wrong, said of many refs at once ("point at namespace default; the groups are in namespace giantswarm"). */
  summary: string;
}

/**
 * `kindsPresent`: the kinds the catalog holds at all. A ref to a kind the catalog has none of (Users, when
 * the org data was never loaded) fails for that one reason, however many refs there are.
 */
export function causeOf(target: EntityRef, suggestion: EntityRef | undefined, kindsPresent: ReadonlySet<string>): DanglingCause {
  const wanted = refParts(target);
  if (suggestion !== undefined) {
    const found = refParts(suggestion);
    if (found.kind === wanted.kind && found.namespace !== wanted.namespace) {
      return {
        key: `namespace:${wanted.kind}:${wanted.namespace}>${found.namespace}`,
        summary: `point at namespace ${wanted.namespace}; the ${plural(wanted.kind)} are in namespace ${found.namespace}`,
      };
    }
    if (found.kind !== wanted.kind && found.namespace === wanted.namespace) {
      return {
        key: `kind:${wanted.kind}>${found.kind}:${wanted.namespace}`,
        summary: `name ${plural(wanted.kind)} that exist only as ${plural(found.kind)}`,
      };
    }
  }
  if (!kindsPresent.has(wanted.kind)) {
    return { key: `absent-kind:${wanted.kind}`, summary: `name ${plural(wanted.kind)}, and the catalog holds no ${kindName(wanted.kind)} at all` };
  }
  return { key: `missing:${target}`, summary: `point at "${target}", which does not match any entity in the catalog` };
}

function kindName(kind: string): string {
  return kind === 'api' ? 'API' : `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

function plural(kind: string): string {
  if (kind === 'api') return 'APIs';
  return `${kind}s`;
}
