import type { DiscoverySection, EntityRef, HistoryEvidence, ModelEntity, SystemResult, TeamResult } from '../result/index.js';
import { HistoryFacts } from './history-facts.js';
import type { Config } from '../config/schema.js';
import type { ModelIndex } from '../model/model-index.js';
import { CycleIndex } from './cycle-index.js';
import { DependencyGraph, type ComponentEdge } from './dependency-graph.js';
import { systemFacts, type SystemFacts } from './system-facts.js';
import { teamFacts, type TeamFacts } from './team-facts.js';
import { classifyArchitecture } from './classify-architecture.js';
import { classifyStructure } from './classify-structure.js';
import { assessFit } from './fit.js';

export interface OrgAnalysis {
  graph: DependencyGraph;
  /** Dependency cycles among components, org-wide. */
  cycles: ComponentEdge[][];
  systems: SystemResult[];
  teams: TeamResult[];
  systemFacts: ReadonlyMap<EntityRef, SystemFacts>;
  teamFacts: ReadonlyMap<EntityRef, TeamFacts>;
  history: HistoryFacts;
}

/** Classify every team, then every system (whose fit needs the team verdicts). */
/** Evidence beyond the catalog: git history, and what discovery found in repositories. */
export interface ExtraEvidence {
  history?: HistoryEvidence;
  discovery?: readonly DiscoverySection[];
}

export function analyzeOrg(index: ModelIndex, config: Config, extra: ExtraEvidence = {}): OrgAnalysis {
  const graph = new DependencyGraph(index);
  const history = new HistoryFacts(extra.history);
  const artifacts = new Map((extra.discovery ?? []).map((section) => [section.system, section.coupling] as const));
  const cycles = graph.cycles();
  const cycleIndex = new CycleIndex(cycles);

  const teamFactsByRef = new Map<EntityRef, TeamFacts>();
  const teams = new Map<EntityRef, TeamResult>();
  for (const group of index.ofKind('group').filter((g) => isTeam(index, g))) {
    const facts = teamFacts(index, graph, history, group, config);
    teamFactsByRef.set(group.ref, facts);
    teams.set(group.ref, {
      ref: group.ref,
      ...(group.title ? { title: group.title } : {}),
      structure: classifyStructure(facts, config),
      members: facts.members,
      owns: facts.owns,
      operates: facts.operates,
      dependents: facts.dependentTeams,
    });
  }

  const systemFactsByRef = new Map<EntityRef, SystemFacts>();
  const systems: SystemResult[] = [];
  for (const system of index.ofKind('system')) {
    const facts = systemFacts(index, graph, cycleIndex, { history, artifacts }, system);
    systemFactsByRef.set(system.ref, facts);
    const architecture = classifyArchitecture(facts, config);
    systems.push({
      ref: system.ref,
      ...(system.title ? { title: system.title } : {}),
      ...(system.inferred ? { inferred: system.inferred } : {}),
      architecture,
      components: facts.components,
      resources: facts.resources,
      apis: facts.apis,
      owners: facts.owners,
      operators: facts.operators,
      fit: assessFit(index, facts, architecture.label, teams),
    });
  }
  return { graph, cycles, history, systems, teams: [...teams.values()], systemFacts: systemFactsByRef, teamFacts: teamFactsByRef };
}

/** Groups of type team, and any other group that owns or runs software (it acts as a team); owning a domain does not count. */
function isTeam(index: ModelIndex, group: ModelEntity): boolean {
  if (group.type === 'team') return true;
  const software = (ref: EntityRef) => !ref.startsWith('domain:');
  return index.targets(group.ref, 'ownerOf').some(software) || index.targets(group.ref, 'operates').length > 0;
}
