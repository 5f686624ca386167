import type { EntityRef } from '../result/index.js';
import { parseEntityRef, stringifyEntityRef } from './entity-ref.js';

/**
 * Whether an owner ref is the organisation's way of saying "no owner" (`owner: unspecified`): a bare
 * name matches that name in any namespace and kind, a full ref only itself. Case does not matter, as in
 * Backstage's refs.
 */
export function unownedMatcher(entries: readonly string[]): (target: EntityRef) => boolean {
  const names = new Set<string>();
  const refs = new Set<string>();
  for (const entry of entries) {
    if (/[:/]/.test(entry)) {
      const parsed = parseEntityRef(entry.trim(), { defaultKind: 'group' });
      if (parsed.ok) refs.add(stringifyEntityRef(parsed.ref));
    } else {
      names.add(entry.trim().toLowerCase());
    }
  }
  // Called for every owner ref: only the name is cut out of the ref (refParts would cut all three parts).
  return (target) => refs.has(target) || (names.size > 0 && names.has(target.slice(target.indexOf('/', target.indexOf(':')) + 1)));
}
