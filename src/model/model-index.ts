import type { EntityKind, EntityRef, ModelEntity, OrgModel, RelationType } from '../result/index.js';

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
    // Sets, not list.includes: a resource thousands of components depend on made that quadratic. The list
    // is filled alongside, so no second pass copies every Set into an array.
    const seen = new Map<RelationType, Map<EntityRef, Set<EntityRef>>>();
    for (const { type, source, target } of model.relations) {
      let seenBySource = seen.get(type);
      let bySource = this.edges.get(type);
      if (!seenBySource || !bySource) {
        seenBySource = new Map();
        bySource = new Map();
        seen.set(type, seenBySource);
        this.edges.set(type, bySource);
      }
      let seenTargets = seenBySource.get(source);
      let targets = bySource.get(source);
      if (!seenTargets || !targets) {
        seenTargets = new Set();
        targets = [];
        seenBySource.set(source, seenTargets);
        bySource.set(source, targets);
      }
      if (seenTargets.has(target)) continue;
      seenTargets.add(target);
      targets.push(target);
    }
  }

  entity(ref: EntityRef): ModelEntity | undefined {
    return this.byRef.get(ref);
  }

  ofKind(kind: EntityKind): readonly ModelEntity[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Targets of `ref`'s relations of one type, e.g. targets(system, 'hasPart'). */
  targets(ref: EntityRef, type: RelationType): readonly EntityRef[] {
    return this.edges.get(type)?.get(ref) ?? [];
  }

  /** The first target of a relation type, for single-valued fields such as ownedBy. */
  target(ref: EntityRef, type: RelationType): EntityRef | undefined {
    return this.targets(ref, type)[0];
  }
}

export function kindOfRef(ref: EntityRef): string {
  return ref.slice(0, ref.indexOf(':'));
}
