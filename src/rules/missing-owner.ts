import { causeOf, type DanglingCause } from '../model/dangling-cause.js';
import { parseEntityRef, stringifyEntityRef } from '../model/entity-ref.js';
import type { ModelEntity, UnresolvedRef } from '../result/index.js';
import { defineRule } from './define-rule.js';

const OWNED_KINDS = new Set(['system', 'component', 'api', 'resource', 'domain']);

/**
 * Reports every owned entity without a resolvable owner, once: dangling owners are not also diagnostics
 * (see resolve-refs). Owners that fail for one shared reason (written in namespace `default` while the
 * groups live in another) say so in each finding, with the count, so the fix is made once at the source.
 */
// An inferred system is left out: the catalog has no entity to give an owner, and its components' owners are checked.
export const missingOwner = defineRule('missing-owner', ({ index }) => {
  const owned = index.model.entities.filter((entity) => OWNED_KINDS.has(entity.kind) && !entity.inferred && index.target(entity.ref, 'ownedBy') === undefined);
  const kinds = new Set(index.model.entities.map((entity) => entity.kind));
  const causes = sharedCauses(owned, kinds);
  return owned.map((entity) => {
    const unresolved = entity.unresolved.find((ref) => ref.field === 'spec.owner');
    const reason = unresolved?.reason ?? 'absent';
    const cause = unresolved && ownerCause(entity, unresolved, kinds);
    const shared = cause && causes.get(cause.key);
    const suggestion = unresolved?.suggestion;
    const advice = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
    const together = shared === undefined ? '' : ` ${shared.count} owners ${shared.cause}.`;
    return {
      subject: entity.ref,
      // An absent owner belongs in spec: point there (the entity's line when spec is missing too).
      cause: { path: unresolved?.field ?? 'spec' },
      message: `${entity.ref}: ${describe(unresolved)}.${advice}${together}`,
      recommendation:
        reason === 'unowned'
          ? 'Find the team that builds and runs it and make it the owner, or retire it. In the model, every system has a team that owns it; "unowned" means no one carries its responsibility.'
          : 'Set spec.owner to the team that builds and runs it. In the model, every system has a team that owns it; no owner means no one carries its responsibility.',
      evidence: {
        kind: entity.kind,
        declared: unresolved?.target ?? null,
        reason,
        ...(suggestion !== undefined && { suggestion }),
        ...(shared !== undefined && { sharedCause: shared }),
      },
    };
  });
});

function describe(unresolved: UnresolvedRef | undefined): string {
  if (unresolved === undefined) return 'it has no owner';
  const owner = `its owner "${unresolved.target}"`;
  switch (unresolved.reason) {
    case 'not-found':
      return `${owner} does not exist in the catalog`;
    case 'wrong-kind':
      return `${owner} is not a Group or User`;
    case 'unowned':
      return `${owner} declares it unowned (catalog.unownedOwners)`;
    case 'malformed':
      return `${owner} is not a valid entity reference`;
  }
}

/** The root cause of a dangling owner, as `causeOf` keys it. */
function ownerCause(entity: ModelEntity, unresolved: UnresolvedRef, kinds: ReadonlySet<string>): DanglingCause | undefined {
  if (unresolved.reason !== 'not-found') return undefined;
  const parsed = parseEntityRef(unresolved.target, { defaultKind: 'group', defaultNamespace: entity.namespace });
  return parsed.ok ? causeOf(stringifyEntityRef(parsed.ref), unresolved.suggestion, kinds) : undefined;
}

/** Causes that two or more owners share, with their count and a sentence saying what they share. */
function sharedCauses(owned: readonly ModelEntity[], kinds: ReadonlySet<string>): Map<string, { count: number; cause: string }> {
  const counts = new Map<string, { count: number; cause: string }>();
  for (const entity of owned) {
    const unresolved = entity.unresolved.find((ref) => ref.field === 'spec.owner');
    const cause = unresolved && ownerCause(entity, unresolved, kinds);
    if (cause === undefined) continue;
    const entry = counts.get(cause.key);
    if (entry) entry.count++;
    else counts.set(cause.key, { count: 1, cause: cause.summary });
  }
  return new Map([...counts].filter(([, entry]) => entry.count > 1));
}
