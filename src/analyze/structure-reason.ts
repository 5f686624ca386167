import type { Config } from '../config/schema.js';
import type { Signal, StructureLabel } from '../result/index.js';
import type { TeamFacts } from './team-facts.js';

/** Pieces of evidence about a team: people whose skill is known, units and infrastructure it owns, systems it runs for others, its work in git. */
export function evidenceCount(facts: TeamFacts, skillsKnown: number): number {
  const work = facts.teamWork.components.length > 0 ? 1 : 0;
  return skillsKnown + new Set([...facts.ownedUnits, ...facts.sharedInfrastructure]).size + facts.operatesForOthers.length + work;
}

/** Why undetermined, leading with the one thing that would decide it. */
export function undeterminedReason(facts: TeamFacts, config: Config, seen: { evidence: number; skillsKnown: number; belowFloor: boolean }): string {
  const missing: string[] = [];
  const declareRoles = 'declare roles (teamfit.dev/role or config roles:)';
  const unread = facts.teamWork.unread;
  if (facts.members.length === 0) missing.push('it has no members in the catalog');
  else if (seen.skillsKnown === 0) {
    const work = facts.work;
    const active = work ? work.dev.length + work.ops.length : 0;
    if (work && active > 0) missing.push(`${active} of ${facts.members.length} members have ${config.thresholds.minMemberRevisions}+ commits, under the floor of ${config.thresholds.minTeamEvidence}: ${declareRoles}`);
    else if (facts.skills.unknown.length === facts.members.length) missing.push(`no member declares a teamfit.dev/role: ${declareRoles}`);
  }
  if (unread.length > 0) missing.push(`add the history of ${unread.slice(0, 3).join(', ')}${unread.length > 3 ? ` and ${unread.length - 3} more` : ''}`);
  if (facts.owns.length === 0 && facts.operates.length === 0) missing.push('it owns and runs nothing');
  if (seen.belowFloor) missing.push(`${seen.evidence} piece(s) of evidence, under thresholds.minTeamEvidence (${config.thresholds.minTeamEvidence})`);
  return `Too little evidence: ${missing.length > 0 ? missing.join('; ') : 'its signals disagree'}.`;
}

export function reasonFor(label: Exclude<StructureLabel, 'undetermined'>, facts: TeamFacts, signals: readonly Signal[]): string {
  const basis = signals.filter((s) => s.pushes === label && s.weight > 0).map((s) => s.id);
  const because = basis.length > 0 ? ` (${basis.join(', ')})` : '';
  switch (label) {
    case 'sre':
      return `Runs ${facts.operatesForOthers.length} system(s) or service(s) that other teams own, with ${facts.skills.ops.length} ops/SRE member(s)${because}.`;
    case 'cross-functional':
      return basis.some((id) => id.endsWith('skill-mix'))
        ? `Dev and ops skills in one team that runs the ${facts.ownedUnits.length} unit(s) it owns${because}.`
        : `Builds and runs the ${facts.ownedUnits.length} unit(s) it owns${because}.`;
    case 'insourcing':
      return `${facts.dependentTeams.length} other teams depend on what it owns (infrastructure, APIs or services)${facts.dependents.productUnits.length === 0 ? ', and it has no product of its own' : ''}${because}.`;
    case 'dev-only':
      return facts.handedOff.length > 0 ? `Builds ${facts.handedOff.length} unit(s) that another team runs${because}.` : `No one in it with ops skills${because}.`;
    case 'ops-only':
      return `Ops skills only; it runs nothing for other teams and offers no infrastructure several teams depend on${because}.`;
  }
}
