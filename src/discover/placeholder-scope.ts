import type { JsonValue, RawEntity } from '../ingest/types.js';
import { DISCOVERED_ANNOTATION, INFERRED_ANNOTATION } from './to-entities.js';
import { entityName } from './paths.js';

const refOf = (e: RawEntity) => `${e.kind.toLowerCase()}:${e.metadata.namespace}/${e.metadata.name}`.toLowerCase();

/** Groups and users discovery made up for a repository (from CODEOWNERS, git authors, or the TODO owner). */
function isPlaceholder(entity: RawEntity): boolean {
  if (entity.kind !== 'Group' && entity.kind !== 'User') return false;
  return entity.metadata.annotations[INFERRED_ANNOTATION] === 'true' || entity.metadata.annotations[DISCOVERED_ANNOTATION] === 'codeowners';
}

/** Every string an entity's spec or annotations hold, read as the refs they may be (`platform` as an owner is `group:default/platform`). */
function mentions(entity: RawEntity): Set<string> {
  const found = new Set<string>();
  const visit = (value: JsonValue | undefined): void => {
    if (typeof value === 'string') {
      const text = value.toLowerCase();
      found.add(text);
      if (!text.includes(':')) ['group', 'user'].forEach((kind) => found.add(`${kind}:${text.includes('/') ? text : `default/${text}`}`));
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(entity.spec);
  Object.values(entity.metadata.annotations).forEach(visit);
  return found;
}

/**
 * Placeholder teams are made for one repository's entities and must resolve nothing else. Beside other
 * entities (a central catalog, other repositories): a placeholder the catalog declares itself is left out
 * (the declared one is meant), and one that other entities name without declaring it is renamed
 * `<name>-<system>` for this repository, so their dangling reference stays reported.
 */
export function scopePlaceholders(discovered: readonly RawEntity[], others: readonly RawEntity[], system: string): RawEntity[] {
  const declared = new Set(others.map(refOf));
  const named = new Set(others.flatMap((e) => [...mentions(e)]));
  const renames = new Map<string, string>();
  const kept = discovered.filter((entity) => {
    if (!isPlaceholder(entity)) return true;
    const ref = refOf(entity);
    if (declared.has(ref)) {
      renames.set(ref, ref);
      return false;
    }
    if (named.has(ref)) {
      const name = entityName(`${entity.metadata.name}-${system}`);
      renames.set(ref, `${entity.kind.toLowerCase()}:${entity.metadata.namespace}/${name}`);
      entity.metadata.name = name;
    }
    return true;
  });
  if (renames.size === 0) return kept;
  const rename = (value: JsonValue): JsonValue => {
    if (typeof value === 'string') return renames.get(value.toLowerCase()) ?? value;
    if (Array.isArray(value)) return value.map(rename);
    return value;
  };
  for (const entity of kept) for (const key of ['owner', 'memberOf', 'children', 'parent']) if (entity.spec[key] !== undefined) entity.spec[key] = rename(entity.spec[key] ?? null);
  return kept;
}
