import type { Coupling } from '../result/index.js';
import type { SystemFacts } from '../analyze/system-facts.js';
import { defineRule } from './define-rule.js';

export const tightCoupling = defineRule('tight-coupling', ({ analysis }) =>
  analysis.systems
    .filter((system) => system.architecture.label === 'micro-monolith')
    .flatMap((system) => {
      const facts = analysis.systemFacts.get(system.ref);
      if (!facts) return [];
      const couplings = couplingsOf(facts);
      return [{
        subject: system.ref,
        message: `${system.ref} is a micro-monolith (confidence ${Math.round(system.architecture.confidence * 100)}%): ${facts.deployables.length} deployable units that cannot change independently. ${system.architecture.reason}`,
        recommendation: 'Choose a way out. Route A: consolidate it into one application with one owning team and run it as a monolith with SRE support. Route B: cut the couplings listed in the evidence and move towards microservices, each built and run by one cross-functional team.',
        evidence: {
          confidence: system.architecture.confidence,
          couplings,
          consolidate: `Merge ${facts.deployables.length} units into one deployable with a single owner; pair it with an SRE team.`,
          decouple: couplings.length > 0 ? `Cut: ${couplings.map((c) => c.description).join('; ')}.` : 'Define APIs between the units and give each one owner.',
        },
      }];
    }),
);

function couplingsOf(facts: SystemFacts): Coupling[] {
  const couplings: Coupling[] = [];
  for (const shared of facts.sharedData) {
    couplings.push({ kind: 'shared-datastore', description: `${shared.resource} is shared by ${shared.users.length} components`, refs: [shared.resource, ...shared.users] });
  }
  for (const cycle of facts.cycles) {
    const refs = cycle.map((edge) => edge.from);
    couplings.push({ kind: 'dependency-cycle', description: `cycle ${[...refs, refs[0]].join(' -> ')}`, refs });
  }
  for (const [a, b] of facts.twoWayTeamPairs) {
    couplings.push({ kind: 'ownership-split', description: `dependencies both ways between ${a} and ${b}`, refs: [a, b] });
  }
  if (facts.unowned.length > 0) {
    couplings.push({ kind: 'unclear-ownership', description: `${facts.unowned.length} unit(s) without an owner`, refs: facts.unowned });
  }
  for (const pair of facts.history?.coChange ?? []) {
    couplings.push({ kind: 'co-change', description: `${pair.a} and ${pair.b} changed together in ${pair.shared} commits (${pair.degree}%)`, refs: [pair.a, pair.b] });
  }
  const direct = facts.internalEdges.filter((edge) => !edge.via);
  if (direct.length > 0) {
    couplings.push({ kind: 'direct-dependency', description: `${direct.length} direct dependencies not through an API`, refs: direct.map((edge) => edge.to) });
  }
  return couplings;
}
