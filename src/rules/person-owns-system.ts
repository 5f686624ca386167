import { defineRule } from './define-rule.js';

export const personOwnsSystem = defineRule('person-owns-system', ({ index }) =>
  index.model.entities
    .filter((entity) => entity.kind === 'system' || entity.deployable === true)
    .flatMap((entity) => {
      const owner = index.target(entity.ref, 'ownedBy');
      if (!owner?.startsWith('user:')) return [];
      return [{
        subject: entity.ref,
        cause: { path: 'spec.owner' },
        message: `${entity.ref} is owned by a person, ${owner}, not by a team.`,
        recommendation: 'Make a team the owner. The model\'s teams own systems together: "no one person has that ownership".',
        evidence: { owner, memberOf: [...index.targets(owner, 'memberOf')] },
      }];
    }),
);
