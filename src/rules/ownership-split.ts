import { defineRule } from './define-rule.js';
import { kept } from './evidence-limit.js';

export const ownershipSplit = defineRule('ownership-split', ({ index, analysis }) =>
  [...analysis.systemFacts.values()]
    .filter((facts) => facts.twoWayTeamPairs.length > 0)
    .map((facts) => {
      const involved = new Set(facts.twoWayTeamPairs.flat());
      const crossings = facts.crossings.filter((c) => involved.has(c.fromTeam) && involved.has(c.toTeam));
      const owners = facts.ownerTeams.map((team) => ({ team, owned: facts.components.filter((ref) => index.target(ref, 'ownedBy') === team) }));
      return {
        subject: facts.system.ref,
        message: `${facts.system.ref} is split between ${facts.ownerTeams.length} teams and dependencies cross between ${facts.twoWayTeamPairs.map(([a, b]) => `${a} and ${b}`).join('; ')} in both directions: no team can change its part alone.`,
        recommendation: 'Redraw the boundaries so dependencies between teams run one way through APIs, or give the tightly coupled parts one owning team.',
        evidence: { owners, crossingCount: crossings.length, crossings: kept(crossings) },
      };
    }),
);
