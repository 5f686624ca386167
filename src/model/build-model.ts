import type { Config } from '../config/schema.js';
import type { RawEntity } from '../ingest/types.js';
import type { Diagnostic, EntityRef, ModelEntity, OrgModel, SourcePosition } from '../result/index.js';
import { describeEntity, modelDiagnostic } from './diagnostics.js';
import { refsByName } from './dangling-cause.js';
import { DanglingReport } from './dangling-report.js';
import { inferSystems } from './infer-systems.js';
import { RelationSet } from './relation-set.js';
import { unownedMatcher } from './unowned.js';
import { WrittenTargets } from './written-targets.js';
import { resolveRefs } from './resolve-refs.js';
import { inferredSystemsDiagnostic, noSystemDiagnostic } from './system-diagnostics.js';
import { refOfRaw, toModelEntity, typeSets } from './to-model-entity.js';

export interface BuildModelResult {
  model: OrgModel;
  diagnostics: Diagnostic[];
  /** Where each field of each entity is written (the first entity of a ref, as in the model): what fieldPositions() gives. */
  fieldPosition: (entity: EntityRef, path: string) => SourcePosition | undefined;
}

/**
 * Turns the ingested entities into teamfit's model: one ModelEntity per distinct ref, in input order, and
 * every relation Backstage would derive from their references (both directions), sorted by source, type,
 * target. Nothing here throws on bad catalog data; each problem becomes a diagnostic. Components that
 * declare no System are grouped into inferred systems (see infer-systems.ts) unless `catalog.inferSystems`
 * is false; those Systems are entities of the model like any other, marked `inferred`.
 *
 * Linear in the number of entities and references apart from the final sort of relations.
 */
export function buildModel(entities: RawEntity[], config: Config): BuildModelResult {
  const diagnostics: Diagnostic[] = [];
  const types = typeSets(config);
  const known = new Map<EntityRef, ModelEntity>();
  const sources = new Map<EntityRef, RawEntity>();
  const kept: Array<{ raw: RawEntity; entity: ModelEntity }> = [];

  for (const raw of entities) {
    const ref = refOfRaw(raw);
    const first = sources.get(ref);
    if (first) {
      diagnostics.push(duplicate(raw, first, ref));
      continue;
    }
    const entity = toModelEntity(raw, ref, types, diagnostics);
    known.set(ref, entity);
    sources.set(ref, raw);
    kept.push({ raw, entity });
  }

  const relations = new RelationSet();
  let byName: Map<string, EntityRef[]> | undefined;
  const dangling = new DanglingReport(diagnostics, new Set(kept.map(({ entity }) => entity.kind)));
  const context = {
    known,
    // Most catalogs have few dangling refs or none: an index of every name is made only for the first.
    byName: () => (byName ??= refsByName(known.keys())),
    relations,
    diagnostics,
    dangling,
    written: new WrittenTargets(),
    isUnowned: unownedMatcher(config.catalog.unownedOwners),
    ownerProblemsAreFindings: config.rules['missing-owner']?.severity !== 'off',
  };
  for (const { raw, entity } of kept) resolveRefs(raw, entity, context);
  dangling.finish();
  const inferring = config.catalog.inferSystems;
  const inferred = inferring ? inferSystems({ kept, known, relations }) : [];
  diagnostics.push(...inferredSystemsDiagnostic(inferred), ...noSystemDiagnostic(kept, relations, inferring));

  // Only the positions outlive the model's making (the refs are already made here): the rest of each raw
  // entity can then be collected.
  const positions = new Map<EntityRef, RawEntity['positions']>();
  for (const { raw, entity } of kept) positions.set(entity.ref, raw.positions);
  const fieldPosition = (entity: EntityRef, path: string) => positions.get(entity)?.get(path);
  return { model: { entities: [...kept.map(({ entity }) => entity), ...inferred], relations: relations.sorted() }, diagnostics, fieldPosition };
}

function duplicate(raw: RawEntity, first: RawEntity, ref: EntityRef): Diagnostic {
  const at = `${first.position.file}:${first.position.line}`;
  const message = `${describeEntity(raw)} is defined twice (${ref}); the first definition at ${at} is kept and this one is ignored`;
  return modelDiagnostic('duplicate-entity', message, raw.position, ref);
}
