import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { munkres } from 'munkres';
import type { EntityRef } from '../result/index.js';
import { Prng } from '../util/prng.js';
import { tieTo, type Affinity } from './affinity.js';

// The package's CommonJS default export, typed as its ESM namespace.
const louvain = louvainModule as unknown as typeof louvainModule.default;

export interface Move {
  component: EntityRef;
  from: EntityRef;
  to: EntityRef;
  /** Tie to the new team minus tie to the old one (config weights). */
  gain: number;
}

export interface AssignOptions {
  moveCost: number;
  /** Most deployable components one team may own afterwards. */
  capacity: number;
  deployable: ReadonlySet<EntityRef>;
  pinned: ReadonlySet<EntityRef>;
  seed: number;
}

/**
 * Proposed owners: communities of the weighted graph (components and one node per team, Louvain with a
 * seeded random source), each community matched to one current team by the Hungarian algorithm on the ties
 * between them, so a suggestion reads as "move these components" rather than as new teams. A component
 * moves only if its tie to the new team beats its owner's by more than the move cost; pinned ones never
 * move; a team over capacity gives back its weakest gains.
 */
export function proposeMoves(graph: Affinity, options: AssignOptions): Move[] {
  const communities = detectCommunities(graph, options.seed);
  const target = matchCommunities(graph, communities);
  const assigned = new Map(graph.owner);
  const moves: Move[] = [];
  for (const component of graph.components) {
    const to = target.get(communities.get(component) ?? -1);
    const from = graph.owner.get(component) as EntityRef;
    if (to === undefined || to === from || options.pinned.has(component)) continue;
    const gain = tieTo(graph, component, to, assigned) - tieTo(graph, component, from, assigned);
    if (gain > options.moveCost) moves.push({ component, from, to, gain: Math.round(gain * 1000) / 1000 });
  }
  return withinCapacity(graph, moves, options);
}

function detectCommunities(graph: Affinity, seed: number): Map<string, number> {
  const g = new UndirectedGraph();
  const teamNode = (team: EntityRef) => `team\u0000${team}`;
  for (const team of graph.teams) g.addNode(teamNode(team));
  for (const component of graph.components) g.addNode(component);
  const add = (a: string, b: string, weight: number) => {
    if (weight <= 0) return;
    if (g.hasEdge(a, b)) g.updateEdgeAttribute(a, b, 'weight', (w: number | undefined) => (w ?? 0) + weight);
    else g.addEdge(a, b, { weight });
  };
  for (const [component, ties] of graph.toTeam) for (const [team, weight] of ties) add(component, teamNode(team), weight);
  for (const [a, ties] of graph.between) for (const [b, weight] of ties) if (a < b) add(a, b, weight);
  const prng = new Prng(seed);
  const communities = louvain(g, { getEdgeWeight: 'weight', rng: () => prng.next() });
  // Components by their refs, each team by its own node (the community it anchors).
  return new Map(Object.entries(communities));
}

/**
 * Community -> team, one to one, maximising the ties between each community's components and its team.
 * Scores are summed over the ties that exist (a component's teams and its neighbours' owners), never over
 * every component x team; communities and teams that share no tie are independent, so the Hungarian
 * algorithm runs on each connected block of the community-team ties, not on one teams x communities matrix.
 */
function matchCommunities(graph: Affinity, communities: ReadonlyMap<string, number>): Map<number, EntityRef> {
  const score = new Map<number, Map<EntityRef, number>>();
  const add = (community: number, team: EntityRef, value: number) => {
    const row = score.get(community) ?? new Map<EntityRef, number>();
    row.set(team, (row.get(team) ?? 0) + value);
    score.set(community, row);
  };
  for (const component of graph.components) {
    const community = communities.get(component) ?? -1;
    for (const [team, weight] of graph.toTeam.get(component) ?? []) add(community, team, weight);
    for (const [other, weight] of graph.between.get(component) ?? []) {
      const team = graph.owner.get(other);
      if (team !== undefined) add(community, team, weight);
    }
  }
  // Each team's own node pulls its community towards it: the team is where it is.
  for (const team of graph.teams) {
    const community = communities.get(`team\u0000${team}`);
    if (community !== undefined && score.has(community)) add(community, team, 1e-6);
  }
  const target = new Map<number, EntityRef>();
  for (const block of blocks(score)) {
    const ids = block.communities;
    const teams = block.teams;
    const matrix = ids.map((id) => teams.map((team) => score.get(id)?.get(team) ?? 0));
    const max = matrix.reduce((m, row) => row.reduce((a, b) => Math.max(a, b), m), 0);
    for (const [i, j] of munkres(matrix.map((row) => row.map((value) => max - value)))) {
      const id = ids[i];
      const team = teams[j];
      if (id !== undefined && team !== undefined && ((matrix[i] as number[])[j] ?? 0) > 0) target.set(id, team);
    }
  }
  return target;
}

/** Connected blocks of the community-team ties with a positive score, in a stable order. */
function blocks(score: ReadonlyMap<number, ReadonlyMap<EntityRef, number>>): Array<{ communities: number[]; teams: EntityRef[] }> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    for (let node = x; node !== root; ) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const node = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
    return x;
  };
  for (const [community, row] of score) {
    for (const [team, value] of row) if (value > 0) parent.set(find(node(`c${community}`)), find(node(`t${team}`)));
  }
  const byRoot = new Map<string, { communities: number[]; teams: EntityRef[] }>();
  for (const x of [...parent.keys()].sort()) {
    const root = find(x);
    const block = byRoot.get(root) ?? { communities: [], teams: [] };
    if (x.startsWith('c')) block.communities.push(Number(x.slice(1)));
    else block.teams.push(x.slice(1));
    byRoot.set(root, block);
  }
  return [...byRoot.values()].map((b) => ({ communities: b.communities.sort((a, c) => a - c), teams: b.teams.sort() }));
}

/** All moves at once (a swap needs no spare room), then the weakest moves into a team over capacity are dropped. */
function withinCapacity(graph: Affinity, moves: Move[], options: AssignOptions): Move[] {
  let kept = [...moves];
  for (;;) {
    const units = new Map<EntityRef, number>();
    const after = new Map(graph.owner);
    for (const move of kept) after.set(move.component, move.to);
    for (const [component, team] of after) if (options.deployable.has(component)) units.set(team, (units.get(team) ?? 0) + 1);
    const over = kept
      .filter((move) => options.deployable.has(move.component) && (units.get(move.to) ?? 0) > options.capacity)
      .sort((a, b) => a.gain - b.gain || (a.component < b.component ? 1 : -1))[0];
    if (over === undefined) break;
    kept = kept.filter((move) => move !== over);
  }
  return kept.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : a.component < b.component ? -1 : 1));
}
