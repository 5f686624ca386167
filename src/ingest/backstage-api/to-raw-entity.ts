import { createHash } from 'node:crypto';
import type { SourcePosition } from '../../result/index.js';
import { diagnostic } from '../diagnostics.js';
import { checkEntityJson, type EntityOutcome } from '../entity.js';
import { isJsonObject } from '../to-json.js';
import type { JsonObject, JsonValue } from '../types.js';

const MANAGED_BY_LOCATION = 'backstage.io/managed-by-location';
/** `file:/x/catalog-info.yaml`, `url:https://...`: a location type, a colon, the target. */
const LOCATION_REF = /^([a-z][\w-]*):(.+)$/i;
const NO_POSITIONS: ReadonlyMap<string, SourcePosition> = new Map();

/**
 * Where a diagnostic about an API entity points: the file or URL Backstage read it from (its
 * managed-by-location annotation) when known, else `backstage-api:<kind>:<namespace>/<name>`. Line and
 * column are 1: the API does not say where in the file the entity was.
 */
export function entityPosition(json: JsonObject): SourcePosition {
  const metadata = isJsonObject(json.metadata) ? json.metadata : {};
  const annotations = isJsonObject(metadata.annotations) ? metadata.annotations : {};
  const managedBy = annotations[MANAGED_BY_LOCATION];
  const match = typeof managedBy === 'string' ? LOCATION_REF.exec(managedBy) : null;
  if (match && match[1] !== 'bootstrap') return { file: match[2] ?? '', line: 1, column: 1 };
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : 'default';
  const ref = typeof metadata.name === 'string' ? `${String(json.kind)}:${namespace}/${metadata.name}` : String(json.kind);
  return { file: `backstage-api:${ref}`.toLowerCase(), line: 1, column: 1 };
}

/**
 * The Location entity Backstage makes for each location registered with it (from `catalog.locations` or
 * the UI): named `generated-` + sha1 of `type:target`. Files never hold it, so dropping it keeps an API
 * read identical to a read of the same files; it adds nothing teamfit uses.
 */
export function isGeneratedLocation(json: JsonObject): boolean {
  if (typeof json.kind !== 'string' || json.kind.toLowerCase() !== 'location') return false;
  const name = isJsonObject(json.metadata) ? json.metadata.name : undefined;
  const spec = isJsonObject(json.spec) ? json.spec : {};
  if (typeof name !== 'string' || !name.startsWith('generated-')) return false;
  if (typeof spec.type !== 'string' || typeof spec.target !== 'string') return false;
  return name === `generated-${createHash('sha1').update(`${spec.type}:${spec.target}`).digest('hex')}`;
}

/** Checks one item of a catalog page with the same rules as an entity read from a file. */
export function toRawEntity(item: JsonValue, source: string): EntityOutcome {
  if (!isJsonObject(item)) {
    const message = `${source} returned a catalog item that is not an entity (expected a mapping); it was skipped`;
    return { diagnostics: [diagnostic('error', 'invalid-entity', message, { file: source })] };
  }
  return checkEntityJson(item, entityPosition(item), NO_POSITIONS);
}
