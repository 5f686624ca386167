import type { RawEntity } from '../ingest/types.js';
import type { EntityRef, SourcePosition } from '../result/index.js';
import { refOfRaw } from './to-model-entity.js';

/**
 * Where each field of each entity is written, by canonical ref and dotted path, so a finding can point at
 * the line that causes it. The maps are the ingest's own; nothing is copied. The first entity of a ref wins,
 * as in the model.
 */
export function fieldPositions(entities: readonly RawEntity[]): (entity: EntityRef, path: string) => SourcePosition | undefined {
  const byRef = new Map<EntityRef, RawEntity['positions']>();
  for (const raw of entities) {
    const ref = refOfRaw(raw);
    if (!byRef.has(ref)) byRef.set(ref, raw.positions);
  }
  return (entity, path) => byRef.get(entity)?.get(path);
}
