import type { Diagnostic } from '../../result/index.js';
import { entityRef } from '../metadata.js';
import { toJson } from '../to-json.js';
import type { RawEntity } from '../types.js';
import { isGeneratedLocation, toRawEntity } from './to-raw-entity.js';

/** Entities of a Backstage catalog as teamfit reads them, and what was wrong with the rest. */
export interface CatalogItems {
  entities: RawEntity[];
  diagnostics: Diagnostic[];
}

/**
 * Reads entities Backstage served (over its API, or to a plugin through the catalog service) with the same
 * rules as entities read from files. `source` names where they came from, for diagnostics.
 */
export function readCatalogItems(items: readonly unknown[], source: string, into: CatalogItems = { entities: [], diagnostics: [] }): CatalogItems {
  for (const item of items) {
    const json = toJson(item);
    if (typeof json === 'object' && json !== null && !Array.isArray(json) && isGeneratedLocation(json)) continue;
    const outcome = toRawEntity(json, source);
    into.diagnostics.push(...outcome.diagnostics);
    if (outcome.entity) into.entities.push(outcome.entity);
  }
  return into;
}

/** Backstage returns entities in the order of their random uids; sorting makes the output reproducible. */
export function sortCatalogEntities(entities: RawEntity[]): RawEntity[] {
  return entities.sort((a, b) => compare(a.position.file, b.position.file) || compare(refOf(a), refOf(b)));
}

function refOf(entity: RawEntity): string {
  return entityRef(entity.kind, entity.metadata.namespace, entity.metadata.name);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
