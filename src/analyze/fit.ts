import type { EntityRef, StructureLabel, SystemFit, TeamResult } from '../result/index.js';
import type { ArchitectureLabel } from '../result/index.js';
import type { ModelIndex } from '../model/model-index.js';
import type { SystemFacts } from './system-facts.js';
import { operatorsOf, uniqueSorted } from './ownership.js';

const EXPECTED: Record<ArchitectureLabel, string> = {
  monolith: 'developers plus an SRE team that keeps it reliable; an insourcing team may help',
  microservices: 'each service built and run by one cross-functional team; an insourcing team provides shared infrastructure',
  'micro-monolith': 'nothing fits well: consolidate into a monolith with SRE support, or cut the couplings towards microservices run by cross-functional teams',
  undetermined: 'unknown until the architecture is determined',
};

const HAS_OPS: ReadonlySet<StructureLabel> = new Set(['sre', 'cross-functional', 'ops-only']);

/** How the teams that own and run a system match the model's fit table for its architecture. */
export function assessFit(index: ModelIndex, facts: SystemFacts, architecture: ArchitectureLabel, teams: ReadonlyMap<EntityRef, TeamResult>): SystemFit {
  const structureOf = (ref: EntityRef): StructureLabel => teams.get(ref)?.structure.label ?? 'undetermined';
  const roles = new Map<EntityRef, Set<'owner' | 'operator' | 'supporter'>>();
  const add = (team: EntityRef, role: 'owner' | 'operator' | 'supporter') => {
    if (!team.startsWith('group:')) return;
    roles.set(team, (roles.get(team) ?? new Set()).add(role));
  };
  facts.ownerTeams.forEach((team) => add(team, 'owner'));
  facts.operators.forEach((team) => add(team, 'operator'));
  supporters(index, facts, teams).forEach((team) => add(team, 'supporter'));
  const fitTeams = [...roles].sort(([a], [b]) => a.localeCompare(b)).map(([team, set]) => ({ team, structure: structureOf(team), roles: [...set].sort() }));
  const expected = EXPECTED[architecture];
  const notes: string[] = [];
  const operatorStructures = facts.operators.map(structureOf);

  switch (architecture) {
    case 'undetermined':
      return { verdict: 'unknown', expected, teams: fitTeams, notes: ['The architecture is undetermined, so the fit cannot be judged.'] };
    case 'micro-monolith':
      return { verdict: 'no-fit', expected, teams: fitTeams, notes: ['A micro-monolith has no team structure that fits it well; see the tight-coupling finding for the two ways out.'] };
    case 'monolith': {
      if (facts.ownerTeams.length > 1 && !facts.system.inferred) notes.push(`${facts.ownerTeams.length} teams own pieces of one monolith: ownership is unclear.`);
      if (operatorStructures.includes('sre')) return { verdict: notes.length > 0 ? 'partial' : 'fits', expected, teams: fitTeams, notes: ['An SRE team runs the monolith.', ...notes] };
      if (operatorStructures.includes('undetermined')) {
        return { verdict: 'unknown', expected, teams: fitTeams, notes: ['The structure of a team that runs it is undetermined (declare member roles with teamfit.dev/role).', ...notes] };
      }
      if (operatorStructures.some((s) => HAS_OPS.has(s))) {
        return { verdict: 'partial', expected, teams: fitTeams, notes: ['Run by a team with ops skills but no SRE team; a big monolith usually needs one.', ...notes] };
      }
      const who = facts.operators.length > 0 ? facts.operators.join(', ') : 'no team';
      return { verdict: 'misfit', expected, teams: fitTeams, notes: [`No one with ops skills runs it (run by ${who}).`, ...notes] };
    }
    case 'microservices': {
      const handoffs = facts.deployables.filter((unit) => {
        const owner = facts.unitOwner.get(unit);
        const operators = operatorsOf(index, unit).teams;
        return owner !== undefined && operators.length > 0 && !operators.includes(owner);
      });
      if (handoffs.length > 0) notes.push(`${handoffs.length} service(s) are built by one team and run by another: ${handoffs.join(', ')}.`);
      const badOwners = facts.ownerTeams.filter((team) => !['cross-functional', 'insourcing', 'undetermined'].includes(structureOf(team)));
      const unknownOwners = facts.ownerTeams.filter((team) => structureOf(team) === 'undetermined');
      if (unknownOwners.length > 0) notes.push(`Structure undetermined for ${unknownOwners.join(', ')} (declare member roles with teamfit.dev/role).`);
      if (badOwners.length > 0) notes.push(`Owning team(s) not cross-functional: ${badOwners.map((t) => `${t} (${structureOf(t)})`).join(', ')}.`);
      if (facts.owners.some((owner) => owner.startsWith('user:'))) notes.push('A person, not a team, owns part of it.');
      const verdict = handoffs.length > 0 || badOwners.length > 0 ? 'misfit' : unknownOwners.length > 0 ? 'unknown' : notes.length > 0 ? 'partial' : 'fits';
      return { verdict, expected, teams: fitTeams, notes: verdict === 'fits' ? ['Each service is built and run by its own cross-functional team.'] : notes };
    }
  }
}

/** Insourcing teams whose infrastructure the system's components use. */
function supporters(index: ModelIndex, facts: SystemFacts, teams: ReadonlyMap<EntityRef, TeamResult>): EntityRef[] {
  const used = facts.components.flatMap((ref) => index.targets(ref, 'dependsOn'));
  const owners = used.map((ref) => index.target(ref, 'ownedBy')).filter((ref): ref is EntityRef => ref !== undefined);
  return uniqueSorted(owners.filter((team) => teams.get(team)?.structure.label === 'insourcing' && !facts.ownerTeams.includes(team)));
}
