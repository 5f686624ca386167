import type { EntityRef } from '../result/index.js';
import { defineRule } from './define-rule.js';
import { operatorsOf } from '../analyze/ownership.js';
import { OPERATED_BY_ANNOTATION } from '../model/ref-fields.js';

export const opsHandoff = defineRule('ops-handoff', ({ index, analysis }) =>
  analysis.systems
    .filter((system) => system.architecture.label === 'microservices')
    .flatMap((system) => {
      const facts = analysis.systemFacts.get(system.ref);
      const byBuilder = new Map<EntityRef, { operators: Set<EntityRef>; units: EntityRef[]; sources: Set<string> }>();
      for (const unit of facts?.deployables ?? []) {
        const owner = facts?.unitOwner.get(unit);
        const operators = operatorsOf(index, unit);
        if (!owner || operators.teams.length === 0 || operators.teams.includes(owner)) continue;
        const entry = byBuilder.get(owner) ?? { operators: new Set(), units: [], sources: new Set() };
        operators.teams.forEach((team) => entry.operators.add(team));
        entry.units.push(unit);
        entry.sources.add(operators.source === 'system' ? system.ref : unit);
        byBuilder.set(owner, entry);
      }
      return [...byBuilder].map(([builtBy, entry]) => {
        const operatedBy = [...entry.operators].sort();
        const declaredOn = [...entry.sources][0];
        return {
          subject: system.ref,
          ...(declaredOn !== undefined && { cause: { entity: declaredOn, path: `metadata.annotations.${OPERATED_BY_ANNOTATION}` } }),
          message: `${entry.units.length} service(s) of ${system.ref} are built by ${builtBy} and run by ${operatedBy.join(', ')}: a hand-off between dev and ops.`,
          recommendation: `Let ${builtBy} run what it builds as a cross-functional team (add ops skills to it, move on-call to it); ${operatedBy.join(', ')} can support it as SRE or insourcing instead of owning production.`,
          evidence: { builtBy, operatedBy, components: entry.units, declaredAt: `teamfit.dev/operated-by on ${[...entry.sources].join(', ')}` },
        };
      });
    }),
);
