import { defineRule } from './define-rule.js';

const OWNED_KINDS = new Set(['system', 'component', 'api', 'resource', 'domain']);

// An inferred system is left out: the catalog has no entity to give an owner, and its components' owners are checked.
export const missingOwner = defineRule('missing-owner', ({ index }) =>
  index.model.entities
    .filter((entity) => OWNED_KINDS.has(entity.kind) && !entity.inferred && index.target(entity.ref, 'ownedBy') === undefined)
    .map((entity) => {
      const unresolved = entity.unresolved.find((ref) => ref.field === 'spec.owner');
      const reason = unresolved?.reason ?? 'absent';
      const what = unresolved ? `its owner "${unresolved.target}" ${reason === 'not-found' ? 'does not exist in the catalog' : reason === 'wrong-kind' ? 'is not a Group or User' : 'is not a valid entity reference'}` : 'it has no owner';
      return {
        subject: entity.ref,
        message: `${entity.ref}: ${what}.`,
        recommendation: 'Set spec.owner to the team that builds and runs it. In the model, every system has a team that owns it; no owner means no one carries its responsibility.',
        evidence: { kind: entity.kind, declared: unresolved?.target ?? null, reason },
      };
    }),
);
