import type { Config } from '../config/schema.js';
import type { EntityRef, ModelEntity } from '../result/index.js';
import type { ModelIndex } from '../model/model-index.js';
import type { DependencyGraph } from './dependency-graph.js';
import type { HistoryFacts } from './history-facts.js';
import { operatorsOf, ownerOf, uniqueSorted } from './ownership.js';
import { teamDeclaration, type TeamDeclaration } from './team-declaration.js';
import { teamDependents, type TeamDependents } from './team-dependents.js';
import { infrastructureTest, teamRuntime, type TeamRuntime } from './team-runtime.js';
import { skillMix, type SkillMix } from './team-skills.js';
import { teamWork, type PersonWork, type TeamWork } from './team-work.js';

export type { SkillMix } from './team-skills.js';

/** What the catalog, the config and git say about one team: who is in it, what it owns and runs, who leans on it. */
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
  /** Other teams whose components depend on what it owns (infrastructure, APIs, services). */
  dependentTeams: EntityRef[];
  dependents: TeamDependents;
  /** Resources, non-deployable components and infrastructure (by type or tag) it owns. */
  sharedInfrastructure: EntityRef[];
  runtime: TeamRuntime;
  declaration?: TeamDeclaration;
  /** Skills as shown by the work people did in git, when history was read. */
  work?: WorkMix;
  /** Operations work in the changes to what it owns (empty without history, but naming the repositories to read). */
  teamWork: TeamWork;
}

export interface WorkMix {
  /** People (members, or authors CODEOWNERS puts in the team) whose changes are mostly application code. */
  dev: string[];
  /** People whose changes are mostly operations files (CI, containers, infrastructure, deploys). */
  ops: string[];
  /** Members with fewer commits than it takes to tell. */
  tooFew: number;
}

/** Share of operations files in someone's changes from which their work counts as operations. */
const OPS_WORK = 0.5;

export function teamFacts(index: ModelIndex, graph: DependencyGraph, history: HistoryFacts, team: ModelEntity, config: Config): TeamFacts {
  const members = uniqueSorted(index.targets(team.ref, 'hasMember').filter((ref) => ref.startsWith('user:')));
  const owns = uniqueSorted(index.targets(team.ref, 'ownerOf'));
  const isInfrastructure = infrastructureTest(config);
  const ownedUnits = owns.filter((ref) => index.entity(ref)?.deployable === true);
  const operated = uniqueSorted([...index.targets(team.ref, 'operates'), ...owns.filter((ref) => isRunnable(index, ref) && operatorsOf(index, ref).teams.includes(team.ref))]);
  const operates = operated.filter((ref) => operatorsOf(index, ref).teams.includes(team.ref));
  const operatesForOthers = operates.filter((ref) => ownerOf(index, ref) !== team.ref);
  const handedOff = ownedUnits.filter((ref) => {
    const operators = operatorsOf(index, ref);
    return operators.teams.length > 0 && !operators.teams.includes(team.ref);
  });
  const sharedInfrastructure = owns.filter((ref) => {
    const entity = index.entity(ref);
    return ref.startsWith('resource:') || (ref.startsWith('component:') && (entity?.deployable !== true || (entity !== undefined && isInfrastructure(entity))));
  });
  const dependents = teamDependents(index, graph, team.ref, owns, sharedInfrastructure);
  const declaration = teamDeclaration(team, config);
  // Without history, the same walk still names the repositories whose history would decide.
  const work = teamWork(index, history, team.ref, owns);
  return {
    team,
    members,
    skills: skillMix(index, team, members, config),
    owns,
    ownedUnits,
    operates,
    operatesForOthers,
    handedOff,
    dependentTeams: dependents.teams,
    dependents,
    sharedInfrastructure,
    runtime: teamRuntime(index, team, operates, owns, config),
    ...(declaration ? { declaration } : {}),
    teamWork: work,
    ...(history.isPresent ? { work: workMix(work.people, members.length, config.thresholds.minMemberRevisions) } : {}),
  };
}

function workMix(people: readonly PersonWork[], members: number, minRevisions: number): WorkMix {
  const active = people.filter((person) => person.revisions >= minRevisions);
  const activeMembers = active.filter((person) => person.via === 'member').length;
  return {
    dev: active.filter((person) => person.opsShare < OPS_WORK).map((person) => person.user ?? person.id),
    ops: active.filter((person) => person.opsShare >= OPS_WORK).map((person) => person.user ?? person.id),
    tooFew: Math.max(0, members - activeMembers),
  };
}

function isRunnable(index: ModelIndex, ref: EntityRef): boolean {
  return ref.startsWith('system:') || index.entity(ref)?.deployable === true;
}
