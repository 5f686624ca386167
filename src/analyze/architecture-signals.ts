import type { Signal } from '../result/index.js';
import type { Config } from '../config/schema.js';
import type { SystemFacts } from './system-facts.js';
import { cyclePath, listed, round, signal } from './signal.js';
import { WEIGHTS, type Scale, type Tier } from './evidence-scale.js';

/** Signals that push towards micro-monolith: the couplings one would have to cut, weighed into `scale`. */
export function couplingSignals(facts: SystemFacts, config: Config, scale: Scale): Signal[] {
  const signals: Signal[] = [];
  const add = (tier: Tier, id: string, reason: string, weight: number) => scale.coupling[tier].push({ signal: id, reason, weight });
  const acrossOwners = facts.sharedData.filter((shared) => shared.owners.length >= 2);
  const dataWeight = acrossOwners.length > 0 ? WEIGHTS.sharedDataAcrossOwners : WEIGHTS.sharedData;
  signals.push(signal({
    id: 'shared-datastore',
    description: 'data resources used by units of two or more bounded contexts',
    value: facts.sharedData.length,
    threshold: 1,
    pushes: facts.sharedData.length > 0 ? 'micro-monolith' : 'none',
    weight: facts.sharedData.length > 0 ? dataWeight : 0,
    evidence: facts.sharedData.map((shared) => `${shared.resource} <- ${listed(shared.users)}`),
  }));
  if (facts.sharedData.length > 0) add('hard', 'shared-datastore', acrossOwners.length > 0 ? 'a shared datastore (shared across owners)' : 'a shared datastore (across bounded contexts)', dataWeight);
  if (facts.contextData.length > 0) {
    signals.push(signal({
      id: 'datastore-within-context',
      description: 'data resources used by several processes of one bounded context (an API and its worker): one service, not shared data',
      value: facts.contextData.length,
      pushes: 'none',
      weight: 0,
      evidence: facts.contextData.map((shared) => `${shared.resource} <- ${listed(shared.users)}`),
    }));
  }

  signals.push(signal({
    id: 'dependency-cycles',
    description: 'dependency cycles among its components',
    value: facts.cycles.length,
    threshold: 1,
    pushes: facts.cycles.length > 0 ? 'micro-monolith' : 'microservices',
    weight: facts.cycles.length > 0 ? WEIGHTS.cycles : facts.internalEdges.length > 0 ? WEIGHTS.acyclic : 0,
    evidence: facts.cycles.map((cycle) => cyclePath(cycle.map((edge) => edge.from))),
  }));
  if (facts.cycles.length > 0) add('hard', 'dependency-cycles', 'dependency cycles', WEIGHTS.cycles);

  signals.push(signal({
    id: 'owning-teams',
    description: 'teams owning the system or its components (a person counts as no team)',
    value: facts.ownerTeams.length,
    pushes: 'none',
    weight: 0,
    evidence: facts.ownerTeams,
  }));
  // Only declared owners can split a system: teams guessed from authors are suggestions; and an inferred
  // system's owners are a consequence of teamfit's grouping, not a fact to weigh either way.
  if (facts.declaredOwnerTeams.length >= 2 && !facts.system.inferred) {
    const twoWay = facts.twoWayTeamPairs.length;
    signals.push(signal({
      id: 'ownership-split-both-ways',
      description: 'pairs of owning teams with dependencies crossing both ways',
      value: twoWay,
      threshold: 1,
      pushes: twoWay > 0 ? 'micro-monolith' : 'microservices',
      weight: twoWay > 0 ? WEIGHTS.ownershipSplit : WEIGHTS.oneWayTeams,
      evidence: facts.twoWayTeamPairs.map(([a, b]) => `${a} <-> ${b}`),
    }));
    if (twoWay > 0) add('hard', 'ownership-split-both-ways', 'ownership split with dependencies both ways', WEIGHTS.ownershipSplit);
  }

  if (facts.unowned.length > 0) {
    signals.push(signal({
      id: 'unowned-units',
      description: 'deployable units without a resolvable owner',
      value: facts.unowned.length,
      threshold: 1,
      pushes: 'micro-monolith',
      weight: WEIGHTS.unowned,
      evidence: facts.unowned,
    }));
    add('structural', 'unowned-units', 'units without an owner', WEIGHTS.unowned);
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
    weight: dense ? WEIGHTS.denseDependencies : 0,
    evidence: unitEdges.map((edge) => `${edge.from} -> ${edge.to}`),
  }));
  if (dense) add('structural', 'dependency-density', 'dense dependencies', WEIGHTS.denseDependencies);

  // How units talk: a unit's build dependency on a library is judged by the shared-library evidence, not here.
  const calls = callsBetweenUnits(facts);
  const direct = calls.filter((edge) => !edge.via);
  if (calls.length > 0) {
    const apiShare = 1 - direct.length / calls.length;
    const mostlyDirect = apiShare < config.thresholds.apiDependencyShare;
    signals.push(signal({
      id: 'dependencies-through-apis',
      description: 'share of dependencies between its components that go through declared APIs',
      value: round(apiShare),
      threshold: config.thresholds.apiDependencyShare,
      pushes: mostlyDirect ? 'micro-monolith' : 'microservices',
      weight: mostlyDirect ? WEIGHTS.directDependencies : WEIGHTS.throughApis,
      evidence: direct.map((edge) => `${edge.from} -> ${edge.to} (direct)`),
    }));
    if (mostlyDirect) add('structural', 'dependencies-through-apis', 'direct dependencies instead of APIs', WEIGHTS.directDependencies);
  }
  if (facts.history) historyCouplings(facts, signals, add);
  return signals;
}

/** Dependencies between deployable units (or the API one provides): calls, not builds against a library. */
function callsBetweenUnits(facts: SystemFacts) {
  const units = new Set(facts.deployables);
  return facts.internalEdges.filter((edge) => units.has(edge.from) && (units.has(edge.to) || edge.via !== undefined));
}

/** Git evidence: raw co-change is weak alone, so these are soft signals that add to the artefact ones. */
function historyCouplings(facts: SystemFacts, signals: Signal[], add: (tier: Tier, id: string, reason: string, weight: number) => void): void {
  const history = facts.history;
  if (!history) return;
  const crossTeam = history.coChange.filter((pair) => pair.crossTeam).length;
  signals.push(signal({
    id: 'co-change',
    description: 'pairs of its units changed together in git (bots, merges and sweeping commits left out)',
    value: history.coChange.length,
    threshold: 1,
    pushes: history.coChange.length > 0 ? 'micro-monolith' : 'none',
    weight: history.coChange.length > 0 ? (crossTeam > 0 ? WEIGHTS.historyCoChangeAcrossTeams : WEIGHTS.historyCoChange) : 0,
    source: 'git',
    evidence: history.coChange.map((p) => `${p.a} <-> ${p.b}: ${p.shared} shared commits, degree ${p.degree}%${p.crossTeam ? ', across teams' : ''}`),
  }));
  if (history.coChange.length > 0) add('structural', 'co-change', crossTeam > 0 ? 'units changed together across teams' : 'units changed together', crossTeam > 0 ? WEIGHTS.historyCoChangeAcrossTeams : WEIGHTS.historyCoChange);
  signals.push(signal({
    id: 'changed-from-outside',
    description: 'units most of whose changes come from outside their owning team',
    value: history.changedFromOutside.length,
    threshold: 1,
    pushes: history.changedFromOutside.length > 0 ? 'micro-monolith' : 'none',
    weight: history.changedFromOutside.length > 0 ? WEIGHTS.changedFromOutside : 0,
    source: 'git',
    evidence: history.changedFromOutside.map((u) => `${u.unit}: ${Math.round(u.ownerShare * 100)}% of changes by its owner`),
  }));
  if (history.changedFromOutside.length > 0) add('structural', 'changed-from-outside', 'units changed mostly by other teams', WEIGHTS.changedFromOutside);
}

/**
 * Signals that push towards microservices: clear boundaries, one declared owner each, own data, APIs.
 * Owners guessed from authors (inferred teams) count neither way.
 */
export function independenceSignals(facts: SystemFacts, config: Config, scale: Scale): Signal[] {
  const signals: Signal[] = [];
  const add = (id: string, reason: string, weight: number) => scale.independence.push({ signal: id, reason, weight });
  const owned = facts.deployables.length - facts.unowned.length;
  // Grouping by dependencies took only components of one owner: that they have one owning team each is
  // then the grouping's doing, not a sign of independence.
  const byOwner = facts.system.inferred?.how === 'dependencies';
  const allOwnedByTeams = !byOwner && facts.unowned.length === 0 && facts.inferredOwners.length === 0 && [...facts.unitOwner.values()].every((owner) => owner?.startsWith('group:'));
  signals.push(signal({
    id: 'units-with-one-owning-team',
    description: byOwner
      ? 'deployable units owned by exactly one team (not counted: the system was grouped within one owner)'
      : 'deployable units owned by exactly one declared team (inferred teams are suggestions and do not count)',
    value: owned - facts.inferredOwners.length,
    threshold: facts.deployables.length,
    pushes: allOwnedByTeams ? 'microservices' : 'none',
    weight: allOwnedByTeams ? WEIGHTS.oneOwningTeam : 0,
    evidence: [...facts.unitOwner].map(([unit, owner]) => `${unit} owned by ${owner ?? 'nobody'}${facts.inferredOwners.includes(unit) ? ' (inferred)' : ''}`),
  }));
  if (allOwnedByTeams) add('units-with-one-owning-team', 'each unit has one owning team', WEIGHTS.oneOwningTeam);

  const ownData = facts.unitsWithOwnData.length;
  const noSharing = facts.sharedData.length === 0;
  signals.push(signal({
    id: 'units-with-own-datastore',
    description: 'deployable units with a datastore of their own',
    value: ownData,
    threshold: facts.deployables.length,
    pushes: noSharing && ownData > 0 ? 'microservices' : 'none',
    weight: noSharing && ownData > 0 ? WEIGHTS.ownDatastore : 0,
    evidence: facts.unitsWithOwnData,
  }));
  if (noSharing && ownData > 0) add('units-with-own-datastore', 'datastores are not shared', WEIGHTS.ownDatastore);

  const calls = callsBetweenUnits(facts);
  const viaApi = calls.filter((edge) => edge.via).length;
  if (calls.length > 0 && viaApi / calls.length >= config.thresholds.apiDependencyShare) {
    add('dependencies-through-apis', 'units talk through declared APIs', WEIGHTS.throughApis);
  }
  if (facts.internalEdges.length > 0 && facts.cycles.length === 0) add('dependency-cycles', 'dependencies are acyclic', WEIGHTS.acyclic);
  // An inferred system's pairs are not measured (see SystemFacts.twoWayTeamPairs), so they prove nothing here either.
  if (facts.crossings.length > 0 && facts.twoWayTeamPairs.length === 0 && !facts.system.inferred) add('ownership-split-both-ways', 'dependencies cross teams one way only', WEIGHTS.oneWayTeams);
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
      weight: holds ? WEIGHTS.changesStayInTeam : 0,
      source: 'git',
      evidence: history.changedByOwner,
    }));
    if (holds) add('changes-stay-in-team', 'changes stay inside each owning team', WEIGHTS.changesStayInTeam);
  }
  return signals;
}
