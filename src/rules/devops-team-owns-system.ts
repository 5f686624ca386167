import type { EntityRef } from '../result/index.js';
import type { ModelIndex } from '../model/model-index.js';
import type { HistoryFacts } from '../analyze/history-facts.js';
import type { TeamDeclaration } from '../analyze/team-declaration.js';
import { defineRule } from './define-rule.js';
import { uniqueSorted } from '../analyze/ownership.js';

/** Operations teams by declaration; a word in a description is too weak to accuse a team of anything. */
const OPERATIONS = new Set(['devops', 'sre', 'ops']);
const WORD = { devops: 'DevOps', sre: 'SRE', ops: 'ops' } as const;

/**
 * One anti-pattern with a wider subject: an operations team (named or declared DevOps, SRE or ops) as
 * owner of what others build. A DevOps team owning a system is the post's case outright; an SRE or ops
 * team owning its own tooling is normal, so for those the rule needs evidence that others build it.
 */
export const devopsTeamOwnsSystem = defineRule('devops-team-owns-system', ({ index, analysis }) =>
  [...analysis.teamFacts.values()].flatMap((facts) => {
    const declaration = facts.declaration;
    if (!declaration || declaration.source === 'description' || !OPERATIONS.has(declaration.structure)) return [];
    const declared = declaration.structure as keyof typeof WORD;
    const team = facts.team.ref;
    const owned = index.targets(team, 'ownerOf').filter((ref) => ref.startsWith('system:') || index.entity(ref)?.deployable === true);
    return owned.flatMap((subject) => {
      const others = otherOwners(index, team, subject);
      const changedBy = otherBuilders(index, analysis.history, team, subject);
      if (declared !== 'devops' && others.length === 0 && changedBy.length === 0) return [];
      const how = declaration.source === 'name' ? 'named' : 'declared';
      return [{
        subject,
        cause: { path: 'spec.owner' },
        message: `${subject} is owned by ${team}, a team ${how} "${WORD[declared]}"${declared === 'devops' ? '' : ` while ${uniqueSorted([...others, ...changedBy]).join(', ')} build(s) it`}: it takes responsibility away from the people who change the system.`,
        recommendation: 'Give ownership to the team that builds it (cross-functional, running what it builds), and turn the operations team into an insourcing team that offers shared infrastructure, or into an SRE team that supports without owning (teamfit.dev/operated-by).',
        evidence: { team, declared, declaredBy: declaredBy(declaration), owned, otherContributors: others, ...(changedBy.length > 0 ? { changedBy } : {}) },
      }];
    });
  }),
);

function declaredBy(declaration: TeamDeclaration): 'annotation' | 'name' | 'config' {
  return declaration.source === 'description' ? 'name' : declaration.source;
}

/** Other teams that own parts of the same system: usually the people who build it. */
function otherOwners(index: ModelIndex, team: EntityRef, subject: EntityRef): EntityRef[] {
  const system = subject.startsWith('system:') ? subject : index.target(subject, 'partOf');
  const parts = system ? index.targets(system, 'hasPart') : [];
  return uniqueSorted(parts.map((ref) => index.target(ref, 'ownedBy')).filter((ref): ref is string => ref !== undefined && ref !== team));
}

/** Other teams that made more of the changes to it (git) than the owning team did. */
function otherBuilders(index: ModelIndex, history: HistoryFacts, team: EntityRef, subject: EntityRef): EntityRef[] {
  const components = subject.startsWith('system:') ? index.targets(subject, 'hasPart').filter((ref) => ref.startsWith('component:')) : [subject];
  const byTeam = new Map<EntityRef, number>();
  for (const ref of components) for (const entry of history.component(ref)?.changesByTeam ?? []) byTeam.set(entry.team, (byTeam.get(entry.team) ?? 0) + entry.revisions);
  const own = byTeam.get(team) ?? 0;
  return uniqueSorted([...byTeam].filter(([other, revisions]) => other !== team && revisions > own).map(([other]) => other));
}
