import type { EntityKind, EntityRef, ModelEntity, OrgModel, RelationType } from '../result/index.js';
import { indexRelations } from './relation-lists.js';

// Answers for a ref or kind with nothing: one shared empty list, not a new one per question (most
// entities have no relation of most types, and analysis asks about each).
const NONE: readonly EntityRef[] = Object.freeze([]);
const NO_ENTITIES: readonly ModelEntity[] = Object.freeze([]);

/** Constant-time lookups over an OrgModel: entities by ref and kind, relation targets by type. */
export class ModelIndex {
  private readonly byRef = new Map<EntityRef, ModelEntity>();
  private readonly byKind = new Map<EntityKind, ModelEntity[]>();
  /**
   * Targets by relation type, then source. Nested maps rather than one map keyed by a concatenated string:
   * lookups then hash strings that already exist instead of building a new one per call, which mattered
   * because analysis calls targets() several times per entity.
   */
  private readonly edges = new Map<RelationType, Map<EntityRef, EntityRef[]>>();

  constructor(readonly model: OrgModel) {
    for (const entity of model.entities) {
      this.byRef.set(entity.ref, entity);
      const list = this.byKind.get(entity.kind) ?? [];
      list.push(entity);
      this.byKind.set(entity.kind, list);
    }
    indexRelations(model.relations, this.edges);
  }

  entity(ref: EntityRef): ModelEntity | undefined {
    return this.byRef.get(ref);
  }

  ofKind(kind: EntityKind): readonly ModelEntity[] {
    return this.byKind.get(kind) ?? NO_ENTITIES;
  }

  /** Targets of `ref`'s relations of one type, e.g. targets(system, 'hasPart'). */
  targets(ref: EntityRef, type: RelationType): readonly EntityRef[] {
    return this.edges.get(type)?.get(ref) ?? NONE;
  }

  /** The first target of a relation type, for single-valued fields such as ownedBy. */
  target(ref: EntityRef, type: RelationType): EntityRef | undefined {
    return this.targets(ref, type)[0];
  }
}

export function kindOfRef(ref: EntityRef): string {
  return ref.slice(0, ref.indexOf(':'));
}
