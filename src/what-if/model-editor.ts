import type { EntityKind, EntityRef, ModelEntity, OrgModel, Relation, RelationType } from '../result/index.js';
import { kindOfRef } from '../model/index.js';

const INVERSE: Record<RelationType, RelationType> = {
  ownedBy: 'ownerOf', ownerOf: 'ownedBy',
  partOf: 'hasPart', hasPart: 'partOf',
  dependsOn: 'dependencyOf', dependencyOf: 'dependsOn',
  memberOf: 'hasMember', hasMember: 'memberOf',
  childOf: 'parentOf', parentOf: 'childOf',
  providesApi: 'apiProvidedBy', apiProvidedBy: 'providesApi',
  consumesApi: 'apiConsumedBy', apiConsumedBy: 'consumesApi',
  operatedBy: 'operates', operates: 'operatedBy',
};

const key = (type: RelationType, source: EntityRef, target: EntityRef) => `${type}\u0000${source}\u0000${target}`;

/**
 * A copy of the organisation model that a plan edits: every relation is kept in both directions, as the
 * model stage builds it, so the analysis reads an edited model exactly as it reads a catalog's.
 */
export class ModelEditor {
  private readonly entities: Map<EntityRef, ModelEntity>;
  // By source, then by relation key: an edit touches one entity's relations, not the organisation's.
  private readonly bySource = new Map<EntityRef, Map<string, Relation>>();

  constructor(model: OrgModel) {
    this.entities = new Map(model.entities.map((entity) => [entity.ref, { ...entity, annotations: { ...entity.annotations } }]));
    for (const relation of model.relations) this.put(relation);
  }

  entity(ref: EntityRef): ModelEntity | undefined {
    return this.entities.get(ref);
  }

  refs(): EntityRef[] {
    return [...this.entities.keys()];
  }

  /** A group the plan names that the catalog does not have: a new team. */
  addGroup(ref: EntityRef, parent?: EntityRef): ModelEntity {
    const [namespace = 'default', name = ref] = ref.slice(ref.indexOf(':') + 1).split('/');
    const group: ModelEntity = { ref, kind: 'group', namespace, name, type: 'team', tags: [], annotations: {}, unresolved: [] };
    this.entities.set(ref, group);
    if (parent) this.relate('childOf', ref, parent);
    return group;
  }

  remove(ref: EntityRef): void {
    this.entities.delete(ref);
    for (const relation of this.of(ref)) this.unrelate(relation.type, relation.source, relation.target);
    this.bySource.delete(ref);
  }

  targets(ref: EntityRef, type: RelationType): EntityRef[] {
    return this.of(ref).filter((r) => r.type === type).map((r) => r.target);
  }

  relate(type: RelationType, source: EntityRef, target: EntityRef): void {
    if (source === target) return;
    this.put({ type, source, target });
    this.put({ type: INVERSE[type], source: target, target: source });
  }

  unrelate(type: RelationType, source: EntityRef, target: EntityRef): boolean {
    const had = this.bySource.get(source)?.delete(key(type, source, target)) ?? false;
    this.bySource.get(target)?.delete(key(INVERSE[type], target, source));
    return had;
  }

  /** Replaces every `type` relation of `source` with one to `target` (null: none). */
  setOnly(type: RelationType, source: EntityRef, target: EntityRef | null): void {
    for (const old of this.targets(source, type)) this.unrelate(type, source, old);
    if (target !== null) this.relate(type, source, target);
  }

  /** Every relation of `from` becomes one of `to`, except the types in `except`; `from` then goes. */
  absorb(from: EntityRef, to: EntityRef, except: ReadonlySet<RelationType>): void {
    for (const relation of this.of(from)) {
      if (except.has(relation.type)) continue;
      if (relation.target !== to) this.relate(relation.type, to, relation.target === from ? to : relation.target);
    }
    this.remove(from);
  }

  kindOf(ref: EntityRef): EntityKind {
    return (this.entities.get(ref)?.kind ?? kindOfRef(ref)) as EntityKind;
  }

  toModel(order: readonly EntityRef[]): OrgModel {
    const known = order.filter((ref) => this.entities.has(ref));
    const old = new Set(order);
    const added = [...this.entities.keys()].filter((ref) => !old.has(ref));
    const entities = [...known, ...added].map((ref) => this.entities.get(ref)).filter((e): e is ModelEntity => e !== undefined);
    const relations = this.all().sort((a, b) => cmp(a.source, b.source) || cmp(a.type, b.type) || cmp(a.target, b.target));
    return { entities, relations };
  }

  private of(ref: EntityRef): Relation[] {
    return [...(this.bySource.get(ref)?.values() ?? [])];
  }

  private all(): Relation[] {
    return [...this.bySource.values()].flatMap((relations) => [...relations.values()]);
  }

  private put(relation: Relation): void {
    let relations = this.bySource.get(relation.source);
    if (!relations) {
      relations = new Map();
      this.bySource.set(relation.source, relations);
    }
    relations.set(key(relation.type, relation.source, relation.target), relation);
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
