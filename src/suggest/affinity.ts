import type { AnalysisResult, EntityRef } from '../result/index.js';
import type { Config } from '../config/schema.js';

/** Ties between components, and between each component and each team, as `teamfit suggest` weighs them. */
export interface Affinity {
  /** Components that may be reassigned: owned by a team today. */
  components: EntityRef[];
  teams: EntityRef[];
  owner: ReadonlyMap<EntityRef, EntityRef>;
  /** component -> team -> tie (ownership and authorship). */
  toTeam: ReadonlyMap<EntityRef, ReadonlyMap<EntityRef, number>>;
  /** component -> component -> tie (dependencies and co-change), both directions. */
  between: ReadonlyMap<EntityRef, ReadonlyMap<EntityRef, number>>;
}

/**
 * The weighted graph a suggestion partitions, from the analysis result alone: the owner today (the
 * starting point), the teams whose members change a component (git), dependencies and co-change.
 */
export function affinity(result: AnalysisResult, weights: Config['suggest']['weights'], scope?: ReadonlySet<EntityRef>): Affinity {
  const teams = result.teams.map((t) => t.ref);
  const isTeam = new Set(teams);
  const owner = new Map<EntityRef, EntityRef>();
  for (const r of result.model.relations) {
    if (r.type === 'ownedBy' && r.source.startsWith('component:') && isTeam.has(r.target) && (!scope || scope.has(r.source))) owner.set(r.source, r.target);
  }
  const components = [...owner.keys()].sort();
  const toTeam = new Map<EntityRef, Map<EntityRef, number>>(components.map((c) => [c, new Map([[owner.get(c) as EntityRef, weights.ownership]])]));
  for (const history of result.history?.components ?? []) {
    const ties = toTeam.get(history.ref);
    const total = history.changesByTeam.reduce((sum, t) => sum + t.revisions, 0);
    if (!ties || total === 0) continue;
    for (const { team, revisions } of history.changesByTeam) if (isTeam.has(team)) ties.set(team, (ties.get(team) ?? 0) + (weights.authorship * revisions) / total);
  }
  const between = new Map<EntityRef, Map<EntityRef, number>>();
  const tie = (a: EntityRef, b: EntityRef, weight: number) => {
    if (a === b || !owner.has(a) || !owner.has(b) || weight === 0) return;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const row = between.get(x) ?? new Map<EntityRef, number>();
      row.set(y, (row.get(y) ?? 0) + weight);
      between.set(x, row);
    }
  };
  const providers = new Map<EntityRef, EntityRef[]>();
  for (const r of result.model.relations) if (r.type === 'apiProvidedBy') providers.set(r.source, [...(providers.get(r.source) ?? []), r.target]);
  for (const r of result.model.relations) {
    if (r.type === 'dependsOn') tie(r.source, r.target, weights.dependency);
    if (r.type === 'consumesApi') for (const provider of providers.get(r.target) ?? []) tie(r.source, provider, weights.dependency);
  }
  for (const c of result.history?.coupling ?? []) tie(c.a, c.b, (weights.coChange * c.degree) / 100);
  return { components, teams, owner, toTeam, between };
}

/** How strongly a component belongs with a team, given where every other component is assigned. */
export function tieTo(graph: Affinity, component: EntityRef, team: EntityRef, assigned: ReadonlyMap<EntityRef, EntityRef>): number {
  let total = graph.toTeam.get(component)?.get(team) ?? 0;
  for (const [other, weight] of graph.between.get(component) ?? []) if (assigned.get(other) === team) total += weight;
  return total;
}
