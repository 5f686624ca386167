import type { EntityKind, EntityRef, ModelEntity, OrgModel, RelationType } from '../result/index.js';

/** Constant-time lookups over an OrgModel: entities by ref and kind, relation targets by type. */
export class ModelIndex {
  private readonly byRef = new Map<EntityRef, ModelEntity>();
  private readonly byKind = new Map<EntityKind, ModelEntity[]>();
  private readonly edges = new Map<string, EntityRef[]>();

  constructor(readonly model: OrgModel) {
    for (const entity of model.entities) {
      this.byRef.set(entity.ref, entity);
      const list = this.byKind.get(entity.kind) ?? [];
      list.push(entity);
      this.byKind.set(entity.kind, list);
    }
    // A Set, not list.includes: a resource thousands of components depend on made that quadratic.
    const seen = new Set<string>();
    for (const relation of model.relations) {
      const key = edgeKey(relation.source, relation.type);
      const edge = `${key}\u0000${relation.target}`;
      if (seen.has(edge)) continue;
      seen.add(edge);
      const list = this.edges.get(key) ?? [];
      list.push(relation.target);
      this.edges.set(key, list);
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
    return this.edges.get(edgeKey(ref, type)) ?? [];
  }

  /** The first target of a relation type, for single-valued fields such as ownedBy. */
  target(ref: EntityRef, type: RelationType): EntityRef | undefined {
    return this.targets(ref, type)[0];
  }
}

function edgeKey(ref: EntityRef, type: RelationType): string {
  return `${type}\u0000${ref}`;
}

export function kindOfRef(ref: EntityRef): string {
  return ref.slice(0, ref.indexOf(':'));
}
