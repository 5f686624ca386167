import type { AnalysisResult, EntityRef, ModelEntity, RelationType } from '../../result/index.js';

/** Forward lookups over the model's relations, built in one pass (reporters do not use the model stage). */
export class Relations {
  readonly entities: ReadonlyMap<EntityRef, ModelEntity>;
  private readonly bySource = new Map<string, EntityRef[]>();

  constructor(result: AnalysisResult) {
    this.entities = new Map(result.model.entities.map((entity) => [entity.ref, entity]));
    for (const relation of result.model.relations) {
      const key = `${relation.type} ${relation.source}`;
      const targets = this.bySource.get(key);
      if (targets) targets.push(relation.target);
      else this.bySource.set(key, [relation.target]);
    }
  }

  targets(ref: EntityRef, type: RelationType): readonly EntityRef[] {
    return this.bySource.get(`${type} ${ref}`) ?? [];
  }

  owner(ref: EntityRef): EntityRef | undefined {
    return this.targets(ref, 'ownedBy')[0];
  }

  system(ref: EntityRef): EntityRef | undefined {
    return this.targets(ref, 'partOf').find((target) => target.startsWith('system:'));
  }
}

/** `name`, or `namespace/name` outside the default namespace: what a reader calls the entity. */
export function shortName(ref: EntityRef): string {
  const rest = ref.slice(ref.indexOf(':') + 1);
  return rest.startsWith('default/') ? rest.slice('default/'.length) : rest;
}
