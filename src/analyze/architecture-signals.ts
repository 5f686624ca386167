import type { Signal } from '../result/index.js';
import type { Config } from '../config/schema.js';
import type { SystemFacts } from './system-facts.js';
import { round, signal } from './signal.js';

export interface CouplingSignals {
  signals: Signal[];
  /** Short names of the hard couplings found (each alone makes a micro-monolith). */
  hard: string[];
  soft: string[];
}

/** Signals that push towards micro-monolith: the couplings one would have to cut. */
export function couplingSignals(facts: SystemFacts, config: Config): CouplingSignals {
  const signals: Signal[] = [];
  const hard: string[] = [];
  const soft: string[] = [];
  const acrossOwners = facts.sharedData.filter((shared) => shared.owners.length >= 2);
  signals.push(signal({
    id: 'shared-datastore',
    description: 'data resources used by two or more of its components',
    value: facts.sharedData.length,
    threshold: 1,
    pushes: facts.sharedData.length > 0 ? 'micro-monolith' : 'none',
    weight: facts.sharedData.length > 0 ? (acrossOwners.length > 0 ? 0.35 : 0.3) : 0,
    evidence: facts.sharedData.map((shared) => `${shared.resource} <- ${shared.users.join(', ')}`),
  }));
  if (facts.sharedData.length > 0) hard.push(acrossOwners.length > 0 ? 'a datastore shared across owners' : 'a shared datastore');

  signals.push(signal({
    id: 'dependency-cycles',
    description: 'dependency cycles among its components',
    value: facts.cycles.length,
    threshold: 1,
    pushes: facts.cycles.length > 0 ? 'micro-monolith' : 'microservices',
    weight: facts.cycles.length > 0 ? 0.3 : facts.internalEdges.length > 0 ? 0.1 : 0,
    evidence: facts.cycles.map((cycle) => [...cycle.map((edge) => edge.from), cycle[0]?.from].join(' -> ')),
  }));
  if (facts.cycles.length > 0) hard.push('dependency cycles');

  signals.push(signal({
    id: 'owning-teams',
    description: 'teams owning the system or its components (a person counts as no team)',
    value: facts.ownerTeams.length,
    pushes: 'none',
    weight: 0,
    evidence: facts.ownerTeams,
  }));
  // An inferred system's owners are a consequence of teamfit's grouping, not a fact to weigh either way.
  if (facts.ownerTeams.length >= 2 && !facts.system.inferred) {
    const twoWay = facts.twoWayTeamPairs.length;
    signals.push(signal({
      id: 'ownership-split-both-ways',
      description: 'pairs of owning teams with dependencies crossing both ways',
      value: twoWay,
      threshold: 1,
      pushes: twoWay > 0 ? 'micro-monolith' : 'microservices',
      weight: twoWay > 0 ? 0.25 : 0.1,
      evidence: facts.twoWayTeamPairs.map(([a, b]) => `${a} <-> ${b}`),
    }));
    if (twoWay > 0) hard.push('ownership split with dependencies both ways');
  }

  if (facts.unowned.length > 0) {
    signals.push(signal({
      id: 'unowned-units',
      description: 'deployable units without a resolvable owner',
      value: facts.unowned.length,
      threshold: 1,
      pushes: 'micro-monolith',
      weight: 0.15,
      evidence: facts.unowned,
    }));
    soft.push('units without an owner');
  }

  const units = facts.deployables.length;
  const unitSet = new Set(facts.deployables);
  const unitEdges = facts.internalEdges.filter((edge) => unitSet.has(edge.from) && unitSet.has(edge.to));
  // Linked pairs over possible pairs: direction does not matter for how entangled the units are.
  const linkedPairs = new Set(unitEdges.map((edge) => [edge.from, edge.to].sort().join('\u0000'))).size;
  const density = units > 1 ? linkedPairs / ((units * (units - 1)) / 2) : 0;
  // Two linked units are always "fully linked": density only says something from three units on.
  const dense = units >= 3 && density > config.thresholds.denseDependencies;
  signals.push(signal({
    id: 'dependency-density',
    description: 'pairs of its units linked by a dependency, as a share of all pairs',
    value: round(density),
    threshold: config.thresholds.denseDependencies,
    pushes: dense ? 'micro-monolith' : 'none',
    weight: dense ? 0.15 : 0,
    evidence: unitEdges.map((edge) => `${edge.from} -> ${edge.to}`),
  }));
  if (dense) soft.push('dense dependencies');

  const direct = facts.internalEdges.filter((edge) => !edge.via);
  if (facts.internalEdges.length > 0) {
    const apiShare = 1 - direct.length / facts.internalEdges.length;
    const mostlyDirect = apiShare < config.thresholds.apiDependencyShare;
    signals.push(signal({
      id: 'dependencies-through-apis',
      description: 'share of dependencies between its components that go through declared APIs',
      value: round(apiShare),
      threshold: config.thresholds.apiDependencyShare,
      pushes: mostlyDirect ? 'micro-monolith' : 'microservices',
      weight: mostlyDirect ? 0.15 : 0.2,
      evidence: direct.map((edge) => `${edge.from} -> ${edge.to} (direct)`),
    }));
    if (mostlyDirect) soft.push('direct dependencies instead of APIs');
  }
  if (facts.history) historyCouplings(facts, signals, soft);
  return { signals, hard, soft };
}

/** Git evidence: raw co-change is weak alone, so these are soft signals that add to the artefact ones. */
function historyCouplings(facts: SystemFacts, signals: Signal[], soft: string[]): void {
  const history = facts.history;
  if (!history) return;
  const crossTeam = history.coChange.filter((pair) => pair.crossTeam).length;
  signals.push(signal({
    id: 'co-change',
    description: 'pairs of its units changed together in git (bots, merges and sweeping commits left out)',
    value: history.coChange.length,
    threshold: 1,
    pushes: history.coChange.length > 0 ? 'micro-monolith' : 'none',
    weight: history.coChange.length > 0 ? (crossTeam > 0 ? 0.2 : 0.15) : 0,
    source: 'git',
    evidence: history.coChange.map((p) => `${p.a} <-> ${p.b}: ${p.shared} shared commits, degree ${p.degree}%${p.crossTeam ? ', across teams' : ''}`),
  }));
  if (history.coChange.length > 0) soft.push(crossTeam > 0 ? 'units changed together across teams' : 'units changed together');
  signals.push(signal({
    id: 'changed-from-outside',
    description: 'units most of whose changes come from outside their owning team',
    value: history.changedFromOutside.length,
    threshold: 1,
    pushes: history.changedFromOutside.length > 0 ? 'micro-monolith' : 'none',
    weight: history.changedFromOutside.length > 0 ? 0.15 : 0,
    source: 'git',
    evidence: history.changedFromOutside.map((u) => `${u.unit}: ${Math.round(u.ownerShare * 100)}% of changes by its owner`),
  }));
  if (history.changedFromOutside.length > 0) soft.push('units changed mostly by other teams');
}

export interface IndependenceSignals {
  signals: Signal[];
  count: number;
  reasons: string[];
}

/** Signals that push towards microservices: clear boundaries, one owner each, own data, APIs. */
export function independenceSignals(facts: SystemFacts, config: Config): IndependenceSignals {
  const signals: Signal[] = [];
  const reasons: string[] = [];
  const owned = facts.deployables.length - facts.unowned.length;
  // Grouping by dependencies took only components of one owner: that they have one owning team each is
  // then the grouping's doing, not a sign of independence.
  const byOwner = facts.system.inferred?.how === 'dependencies';
  const allOwnedByTeams = !byOwner && facts.unowned.length === 0 && [...facts.unitOwner.values()].every((owner) => owner?.startsWith('group:'));
  signals.push(signal({
    id: 'units-with-one-owning-team',
    description: byOwner ? 'deployable units owned by exactly one team (not counted: the system was grouped within one owner)' : 'deployable units owned by exactly one team',
    value: owned,
    threshold: facts.deployables.length,
    pushes: allOwnedByTeams ? 'microservices' : 'none',
    weight: allOwnedByTeams ? 0.2 : 0,
    evidence: [...facts.unitOwner].map(([unit, owner]) => `${unit} owned by ${owner ?? 'nobody'}`),
  }));
  if (allOwnedByTeams) reasons.push('each unit has one owning team');

  const ownData = facts.unitsWithOwnData.length;
  const noSharing = facts.sharedData.length === 0;
  signals.push(signal({
    id: 'units-with-own-datastore',
    description: 'deployable units with a datastore of their own',
    value: ownData,
    threshold: facts.deployables.length,
    pushes: noSharing && ownData > 0 ? 'microservices' : 'none',
    weight: noSharing && ownData > 0 ? 0.2 : 0,
    evidence: facts.unitsWithOwnData,
  }));
  if (noSharing && ownData > 0) reasons.push('datastores are not shared');

  const viaApi = facts.internalEdges.filter((edge) => edge.via).length;
  if (facts.internalEdges.length > 0 && viaApi / facts.internalEdges.length >= config.thresholds.apiDependencyShare) {
    reasons.push('units talk through declared APIs');
  }
  if (facts.internalEdges.length > 0 && facts.cycles.length === 0) reasons.push('dependencies are acyclic');
  // An inferred system's pairs are not measured (see SystemFacts.twoWayTeamPairs), so they prove nothing here either.
  if (facts.crossings.length > 0 && facts.twoWayTeamPairs.length === 0 && !facts.system.inferred) reasons.push('dependencies cross teams one way only');
  const history = facts.history;
  if (history) {
    const stays = history.changedByOwner.length;
    const holds = history.measured.length >= 2 && stays === history.measured.length && history.coChange.length === 0;
    signals.push(signal({
      id: 'changes-stay-in-team',
      description: 'units whose changes in git come from their owning team (80% or more)',
      value: stays,
      threshold: history.measured.length,
      pushes: holds ? 'microservices' : 'none',
      weight: holds ? 0.2 : 0,
      source: 'git',
      evidence: history.changedByOwner,
    }));
    if (holds) reasons.push('changes stay inside each owning team');
  }
  return { signals, count: reasons.length, reasons };
}
