import type { EntityRef, StructureLabel, SystemResult } from '../result/index.js';
import type { SystemFacts } from '../analyze/system-facts.js';
import { defineRule } from './define-rule.js';

const HAS_OPS: ReadonlySet<StructureLabel> = new Set(['sre', 'cross-functional', 'ops-only']);

export const structureMismatch = defineRule('structure-mismatch', ({ analysis }) =>
  analysis.systems.flatMap((system) => {
    const facts = analysis.systemFacts.get(system.ref);
    // A one-unit system teamfit made from a lone component is a placeholder, not the post's big monolith:
    // judging its team by the monolith row (an SRE team) would be advice drawn from no evidence.
    if (system.inferred?.how === 'component') return [];
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
    // An inferred system with no known operator has nothing to judge: missing-owner already names its unowned units.
    if (operators.length === 0 && facts.system.inferred) return undefined;
    if (operators.length === 0 || (!operators.some((s) => HAS_OPS.has(s)) && !operators.includes('undetermined'))) {
      return {
        text: `no team with ops skills runs this monolith (operators: ${facts.operators.map((t) => `${t} (${structure(t)})`).join(', ') || 'none'}).`,
        fix: 'Pair the monolith with an SRE team that keeps it reliable day to day (shepherds, not gatekeepers), or bring ops skills into the team that runs it.',
      };
    }
    // Several owners of an inferred system is teamfit's grouping, not the organisation's choice.
    if (facts.ownerTeams.length > 1 && !facts.system.inferred) {
      return {
        text: `${facts.ownerTeams.length} teams own pieces of one monolith (${facts.ownerTeams.join(', ')}), so no one owns the whole.`,
        fix: 'Give the monolith one owning team (it may be large), supported by an SRE team; or split it along the team boundaries into services.',
      };
    }
    return undefined;
  }
  // Hand-offs are ops-handoff's concern; here: services nobody with ops skills runs, and services owned by ops teams.
  const unskilled = facts.deployables.filter((unit) => {
    const operators = (facts.unitOperators.get(unit) ?? []).map(structure);
    return operators.length > 0 && operators.every((label) => label === 'dev-only');
  });
  const opsOwners = facts.ownerTeams.filter((team) => ['sre', 'ops-only'].includes(structure(team)));
  const parts: string[] = [];
  if (unskilled.length > 0) parts.push(`${unskilled.length} service(s) are run by a team without ops skills: ${unskilled.map((u) => `${u} (run by ${(facts.unitOperators.get(u) ?? []).join(', ')})`).join(', ')}`);
  if (opsOwners.length > 0) parts.push(`services are owned by operations teams rather than the teams that build them: ${opsOwners.map((t) => `${t} (${structure(t)})`).join(', ')}`);
  if (parts.length === 0) return undefined;
  return {
    text: `${parts.join('; ')}.`,
    fix: 'Microservices fit cross-functional teams: each team builds and runs its own services with dev and ops skills inside it. Bring ops skills into the team that runs each service, and give ownership to the team that builds it.',
  };
}
