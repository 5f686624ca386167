import type { EntityRef, ModelEntity } from '../result/index.js';
import type { ModelIndex } from '../model/model-index.js';
import type { DependencyGraph } from './dependency-graph.js';
import type { HistoryFacts } from './history-facts.js';
import { operatorsOf, ownerOf, uniqueSorted } from './ownership.js';

export interface SkillMix {
  dev: EntityRef[];
  ops: EntityRef[];
  other: EntityRef[];
  unknown: EntityRef[];
}

/** What the catalog says about one team: who is in it, what it owns and runs, who leans on it. */
export interface TeamFacts {
  team: ModelEntity;
  members: EntityRef[];
  skills: SkillMix;
  owns: EntityRef[];
  ownedUnits: EntityRef[];
  /** Systems and deployable components it runs in production. */
  operates: EntityRef[];
  /** Of those, the ones another team or person owns. */
  operatesForOthers: EntityRef[];
  /** Deployable units it owns that another team runs. */
  handedOff: EntityRef[];
  /** Other teams whose components depend on its shared infrastructure (resources, non-deployable components). */
  dependentTeams: EntityRef[];
  sharedInfrastructure: EntityRef[];
  /** Skills as shown by the work members did in git, when history was read. */
  work?: WorkMix;
}

export interface WorkMix {
  /** Members (as git authors) whose changes are mostly application code. */
  dev: string[];
  /** Members whose changes are mostly operations files (CI, containers, infrastructure, deploys). */
  ops: string[];
}

/** Fewest changes before someone's work says what their skill is. */
const MIN_REVISIONS = 3;
/** Share of operations files in someone's changes from which their work counts as operations. */
const OPS_WORK = 0.5;

const OPS_ROLES = new Set(['ops', 'sre']);

export function teamFacts(index: ModelIndex, graph: DependencyGraph, history: HistoryFacts, team: ModelEntity): TeamFacts {
  const members = uniqueSorted(index.targets(team.ref, 'hasMember').filter((ref) => ref.startsWith('user:')));
  const owns = uniqueSorted(index.targets(team.ref, 'ownerOf'));
  const ownedUnits = owns.filter((ref) => index.entity(ref)?.deployable === true);
  const operated = uniqueSorted([...index.targets(team.ref, 'operates'), ...owns.filter((ref) => isRunnable(index, ref) && operatorsOf(index, ref).teams.includes(team.ref))]);
  const operates = operated.filter((ref) => operatorsOf(index, ref).teams.includes(team.ref));
  const operatesForOthers = operates.filter((ref) => ownerOf(index, ref) !== team.ref);
  const handedOff = ownedUnits.filter((ref) => {
    const operators = operatorsOf(index, ref);
    return operators.teams.length > 0 && !operators.teams.includes(team.ref);
  });
  const sharedInfrastructure = owns.filter((ref) => ref.startsWith('resource:') || (ref.startsWith('component:') && index.entity(ref)?.deployable !== true));
  const dependentTeams = new Set<EntityRef>();
  const infrastructureUsers = sharedInfrastructure.flatMap((ref) => [...index.targets(ref, 'dependencyOf'), ...graph.dependentsOf(ref)]);
  for (const user of infrastructureUsers) {
    const userOwner = ownerOf(index, user);
    if (userOwner && userOwner !== team.ref && userOwner.startsWith('group:')) dependentTeams.add(userOwner);
  }
  return {
    team,
    members,
    skills: skillMix(index, members),
    owns,
    ownedUnits,
    operates,
    operatesForOthers,
    handedOff,
    dependentTeams: uniqueSorted(dependentTeams),
    sharedInfrastructure,
    ...workMix(history, team.ref),
  };
}

function workMix(history: HistoryFacts, team: EntityRef): { work?: WorkMix } {
  if (!history.isPresent) return {};
  const active = history.contributors(team).filter((person) => person.revisions >= MIN_REVISIONS);
  return {
    work: {
      dev: active.filter((person) => person.opsShare < OPS_WORK).map((person) => person.user ?? person.id),
      ops: active.filter((person) => person.opsShare >= OPS_WORK).map((person) => person.user ?? person.id),
    },
  };
}

function isRunnable(index: ModelIndex, ref: EntityRef): boolean {
  return ref.startsWith('system:') || index.entity(ref)?.deployable === true;
}

function skillMix(index: ModelIndex, members: readonly EntityRef[]): SkillMix {
  const mix: SkillMix = { dev: [], ops: [], other: [], unknown: [] };
  for (const member of members) {
    const role = index.entity(member)?.role;
    if (role === undefined || role === '') mix.unknown.push(member);
    else if (role === 'dev') mix.dev.push(member);
    else if (OPS_ROLES.has(role)) mix.ops.push(member);
    else mix.other.push(member);
  }
  return mix;
}
