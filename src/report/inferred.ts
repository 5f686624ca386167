import type { InferredSystem, SystemResult } from '../result/index.js';

const FROM: Readonly<Record<InferredSystem['how'], string>> = {
  domain: 'domain',
  repository: 'repository',
  dependencies: 'dependencies within',
  component: 'lone component',
};

/** `inferred from repository github.com/o/r`: how every reporter marks a System the catalog does not declare. */
export function inferredNote(inferred: InferredSystem): string {
  return `inferred from ${FROM[inferred.how]} ${inferred.basis}`;
}

/** `, 3 inferred` after a count of systems, or nothing when all are declared. */
export function inferredCount(systems: readonly SystemResult[]): string {
  const count = systems.filter((system) => system.inferred).length;
  return count > 0 ? `, ${count} inferred` : '';
}
