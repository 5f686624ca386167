import type { Coupling, Signal } from '../result/index.js';
import type { SystemFacts } from '../analyze/system-facts.js';
import { cyclePath } from '../analyze/signal.js';
import { defineRule } from './define-rule.js';
import { kept, KEPT_IN_EVIDENCE } from './evidence-limit.js';

export const tightCoupling = defineRule('tight-coupling', ({ analysis }) =>
  analysis.systems
    .filter((system) => system.architecture.label === 'micro-monolith')
    .flatMap((system) => {
      const facts = analysis.systemFacts.get(system.ref);
      if (!facts) return [];
      const couplings = couplingsOf(facts, system.architecture.signals);
      const apart = keptApart(facts);
      const cut = couplings.map((c, i) => `${i + 1}. ${c.description}`).join('; ');
      return [{
        subject: system.ref,
        message: `${system.ref} is a micro-monolith (confidence ${Math.round(system.architecture.confidence * 100)}%): ${facts.deployables.length} deployable units that cannot change independently. ${system.architecture.reason}`,
        recommendation: apart
          ? `Cut the couplings, strongest first, and move towards microservices, each built and run by one cross-functional team: ${cut}. Consolidating is not advised: ${apart}.`
          : 'Choose a way out. Route A: consolidate it into one application with one owning team and run it as a monolith with SRE support. Route B: cut the couplings listed in the evidence, strongest first, and move towards microservices, each built and run by one cross-functional team.',
        evidence: {
          confidence: system.architecture.confidence,
          couplings,
          consolidate: apart
            ? `Not advised: ${apart}.`
            : `Merge ${facts.deployables.length} units into one deployable with a single owner; pair it with an SRE team.`,
          decouple: couplings.length > 0 ? `Cut, strongest first: ${cut}.` : 'Define APIs between the units and give each one owner.',
        },
      }];
    }),
);

/** Why consolidating would be the wrong way out: units in several languages owned by several declared teams. */
function keptApart(facts: SystemFacts): string | undefined {
  const stacks = facts.artifacts.find((a) => a.kind === 'separate-stacks');
  const languages = stacks?.kind === 'separate-stacks' ? stacks.languages : 0;
  if (languages < 2 || facts.declaredOwnerTeams.length < 2) return undefined;
  return `its units are written in ${languages} languages and owned by ${facts.declaredOwnerTeams.length} teams (${facts.declaredOwnerTeams.join(', ')}), so merging them would undo boundaries that already hold`;
}

const REF = /\b(component|resource|group|api):[\w-]+\/[\w.-]+/g;

/** Every coupling that weighed in the verdict, strongest first: catalog facts and discovery's artefacts. */
function couplingsOf(facts: SystemFacts, signals: readonly Signal[]): Coupling[] {
  const weightOf = (id: string) => signals.find((s) => s.id === id && s.pushes === 'micro-monolith')?.weight ?? 0;
  const couplings: Coupling[] = [];
  // A hub's refs (every user of one database, every target of 20,000 direct dependencies) are kept to the first ones.
  const add = (coupling: Coupling, signal: string) =>
    couplings.push({ ...coupling, ...(coupling.refs.length > KEPT_IN_EVIDENCE ? { refCount: coupling.refs.length } : {}), refs: kept(coupling.refs), signal, weight: weightOf(signal) });
  for (const shared of facts.sharedData) {
    add({ kind: 'shared-datastore', description: `${shared.resource} is shared by ${shared.users.length} components of ${shared.contexts} bounded contexts`, refs: [shared.resource, ...shared.users] }, 'shared-datastore');
  }
  for (const cycle of facts.cycles) {
    const refs = cycle.map((edge) => edge.from);
    add({ kind: 'dependency-cycle', description: `cycle ${cyclePath(refs)}`, refs }, 'dependency-cycles');
  }
  for (const [a, b] of facts.twoWayTeamPairs) {
    add({ kind: 'ownership-split', description: `dependencies both ways between ${a} and ${b}`, refs: [a, b] }, 'ownership-split-both-ways');
  }
  if (facts.unowned.length > 0) {
    add({ kind: 'unclear-ownership', description: `${facts.unowned.length} unit(s) without an owner`, refs: facts.unowned }, 'unowned-units');
  }
  for (const pair of facts.history?.coChange ?? []) {
    add({ kind: 'co-change', description: `${pair.a} and ${pair.b} changed together in ${pair.shared} commits (${pair.degree}%)`, refs: [pair.a, pair.b] }, 'co-change');
  }
  const direct = facts.internalEdges.filter((edge) => !edge.via);
  if (direct.length > 0 && weightOf('dependencies-through-apis') > 0) {
    add({ kind: 'direct-dependency', description: `${direct.length} direct dependencies not through an API`, refs: direct.map((edge) => edge.to) }, 'dependencies-through-apis');
  }
  if (weightOf('dependency-density') > 0) {
    add({ kind: 'dense-dependencies', description: 'most pairs of units depend on each other', refs: facts.deployables }, 'dependency-density');
  }
  for (const signal of signals.filter((s) => s.source === 'artifact' && s.pushes === 'micro-monolith' && s.weight > 0)) {
    const kind = ARTIFACT_KIND[signal.id];
    if (!kind) continue;
    const fromArtifacts = facts.artifacts.filter((a) => a.coupled && ARTIFACT_KIND[`artifact-${a.kind}`] === kind).flatMap((a) => a.units);
    const refs = [...new Set([...fromArtifacts, ...(signal.evidence.join(' ').match(REF) ?? [])])];
    add({ kind, description: `${signal.description}: ${signal.value}`, refs }, signal.id);
  }
  // Stable: equal weights keep the order above (data, cycles, ownership, then the rest).
  return couplings.map((c, i) => ({ c, i })).sort((a, b) => (b.c.weight ?? 0) - (a.c.weight ?? 0) || a.i - b.i).map(({ c }) => c);
}

const ARTIFACT_KIND: Record<string, Coupling['kind'] | undefined> = {
  'artifact-shared-datastore': 'shared-datastore',
  'artifact-shared-library': 'shared-library',
  'artifact-co-change': 'co-change',
  'artifact-shared-image': 'shared-image',
  'artifact-lockstep-versioning': 'lockstep-versioning',
  'artifact-lockstep-releases': 'lockstep-releases',
};
