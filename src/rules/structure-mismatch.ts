import type { EntityRef, StructureLabel, SystemResult } from '../result/index.js';
import type { SystemFacts } from '../analyze/system-facts.js';
import { defineRule } from './define-rule.js';

const HAS_OPS: ReadonlySet<StructureLabel> = new Set(['sre', 'cross-functional', 'ops-only']);

export const structureMismatch = defineRule('structure-mismatch', ({ analysis }) =>
  analysis.systems.flatMap((system) => {
    const facts = analysis.systemFacts.get(system.ref);
    const problem = facts ? problemOf(system, facts) : undefined;
    if (!problem || system.architecture.label === 'undetermined' || system.architecture.label === 'micro-monolith') return [];
    return [{
      subject: system.ref,
      message: `${system.ref} (${system.architecture.label}): ${problem.text}`,
      recommendation: problem.fix,
      evidence: {
        system: system.ref,
        architecture: system.architecture.label,
        teams: system.fit.teams.filter((t) => t.roles.includes('owner') || t.roles.includes('operator')).map((t) => ({ team: t.team, structure: t.structure, roles: t.roles.filter((r): r is 'owner' | 'operator' => r !== 'supporter') })),
        expected: system.fit.expected,
        problem: problem.text,
      },
    }];
  }),
);

interface Problem { text: string; fix: string }

function problemOf(system: SystemResult, facts: SystemFacts): Problem | undefined {
  const structure = (team: EntityRef) => system.fit.teams.find((t) => t.team === team)?.structure ?? 'undetermined';
  if (system.architecture.label === 'monolith') {
    const operators = facts.operators.map(structure);
    if (operators.length === 0 || (!operators.some((s) => HAS_OPS.has(s)) && !operators.includes('undetermined'))) {
      return {
        text: `no team with ops skills runs this monolith (operators: ${facts.operators.map((t) => `${t} (${structure(t)})`).join(', ') || 'none'}).`,
        fix: 'Pair the monolith with an SRE team that keeps it reliable day to day (shepherds, not gatekeepers), or bring ops skills into the team that runs it.',
      };
    }
    if (facts.ownerTeams.length > 1) {
      return {
        text: `${facts.ownerTeams.length} teams own pieces of one monolith (${facts.ownerTeams.join(', ')}), so no one owns the whole.`,
        fix: 'Give the monolith one owning team (it may be large), supported by an SRE team; or split it along the team boundaries into services.',
      };
    }
    return undefined;
  }
  const wrongOwners = facts.ownerTeams.filter((team) => {
    const label = structure(team);
    const handsOff = facts.deployables.some((unit) => facts.unitOwner.get(unit) === team && !(facts.unitOperators.get(unit) ?? []).includes(team));
    return (label === 'sre' || label === 'ops-only' || (label === 'dev-only' && !handsOff));
  });
  if (wrongOwners.length === 0) return undefined;
  return {
    text: `its services are owned by team(s) that are not cross-functional: ${wrongOwners.map((t) => `${t} (${structure(t)})`).join(', ')}.`,
    fix: 'Microservices fit cross-functional teams: each team builds and runs its own services with dev and ops skills inside it. Move ownership to such a team, or mix skills into the owning team.',
  };
}
