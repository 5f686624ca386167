import { defineRule } from './define-rule.js';
import { uniqueSorted } from '../analyze/ownership.js';

export const devopsTeamOwnsSystem = defineRule('devops-team-owns-system', ({ index }) =>
  index.ofKind('group')
    .filter((group) => group.declaredStructure === 'devops')
    .flatMap((team) => {
      const owned = index.targets(team.ref, 'ownerOf').filter((ref) => ref.startsWith('system:') || index.entity(ref)?.deployable === true);
      return owned.map((subject) => {
        const system = subject.startsWith('system:') ? subject : index.target(subject, 'partOf');
        const parts = system ? index.targets(system, 'hasPart') : [];
        const others = uniqueSorted(parts.map((ref) => index.target(ref, 'ownedBy')).filter((ref): ref is string => ref !== undefined && ref !== team.ref));
        const how = team.declaredStructureSource === 'name' ? 'named' : 'declared';
        return {
          subject,
          message: `${subject} is owned by ${team.ref}, a team ${how} "DevOps": it takes responsibility away from the people who change the system.`,
          recommendation: 'Give ownership to the team that builds it (cross-functional, running what it builds), and turn the DevOps team into an insourcing team that offers shared infrastructure, or into an SRE team that supports without owning.',
          evidence: { team: team.ref, declaredBy: team.declaredStructureSource ?? 'name', owned, otherContributors: others },
        };
      });
    }),
);
