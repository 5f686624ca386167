import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { CodeownersMatcher, type Codeowners } from '../ingest/codeowners/index.js';
import { mergeAuthors } from './author-identities.js';
import type { Codebases } from './coupling/codebases.js';
import { entityName } from './paths.js';
import type { Evidence, Team, Unit } from './types.js';

export interface Ownership {
  teams: Team[];
  /** Owner ref of each unit name, with the line that said so. */
  ownerOf: Map<string, { ref: string; evidence?: Evidence }>;
  /** Users (from `@user` or email owners in CODEOWNERS). */
  users: Array<{ name: string; handle: string; evidence: Evidence }>;
}

/** Owner of each unit from CODEOWNERS: the last matching rule, its first team owner (else its first owner). */
export function teamsFromCodeowners(codeowners: Codeowners, units: readonly Unit[]): Ownership {
  const matcher = new CodeownersMatcher(codeowners);
  const teams = new Map<string, Team>();
  const users = new Map<string, Ownership['users'][number]>();
  const ownerOf: Ownership['ownerOf'] = new Map();
  for (const unit of units) {
    if (unit.sourceDir === '') continue;
    const probe = unit.sourceDir === '.' ? (unit.evidence[0]?.file ?? 'README.md') : `${unit.sourceDir}/`;
    const { owners, rule } = matcher.ownersOf(probe);
    const owner = owners.find((o) => o.includes('/')) ?? owners[0];
    if (!owner || !rule) continue;
    const evidence = { file: codeowners.file, line: rule.line, column: 1 };
    if (owner.includes('/')) {
      const name = entityName(owner.split('/').pop() ?? owner);
      const team = teams.get(name) ?? { name, source: 'codeowners' as const, owns: [], members: [owner], evidence: [] };
      team.owns.push(unit.name);
      if (!team.evidence.some((e) => e.line === evidence.line)) team.evidence.push(evidence);
      teams.set(name, team);
      ownerOf.set(unit.name, { ref: `group:default/${name}`, evidence });
    } else {
      const name = entityName(owner.replace(/^@/, '').split('@')[0] ?? owner);
      users.set(name, { name, handle: owner, evidence });
      ownerOf.set(unit.name, { ref: `user:default/${name}`, evidence });
    }
  }
  return { teams: [...teams.values()], ownerOf, users: [...users.values()] };
}

// A CommonJS package whose typings declare an ES default export: at runtime the import is the function.
const louvain = louvainModule as unknown as typeof louvainModule.default;

/** A seeded generator, so the same history always gives the same inferred teams. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Teams suggested from history: authors and the codebases they change form a weighted graph whose Louvain
 * communities are the suggested teams. Identities of one person are merged first. Marked `inferred`: a
 * guess to edit, not a fact, and never the ground for an ownership coupling.
 */
export function inferTeams(authorChanges: ReadonlyMap<string, ReadonlyMap<string, number>>, codebases: Codebases): Ownership {
  const graph = new UndirectedGraph();
  for (const [author, changes] of mergeAuthors(authorChanges)) {
    for (const [dir, commits] of changes) {
      const a = `author:${author}`;
      const u = `unit:${dir}`;
      graph.mergeNode(a);
      graph.mergeNode(u);
      graph.mergeEdge(a, u, { weight: commits });
    }
  }
  const ownership: Ownership = { teams: [], ownerOf: new Map(), users: [] };
  if (graph.order === 0) return ownership;
  const communities = louvain(graph, { getEdgeWeight: 'weight', rng: mulberry32(42) });
  const groups = new Map<number, { authors: string[]; dirs: string[] }>();
  for (const [node, community] of Object.entries(communities)) {
    const group = groups.get(community) ?? { authors: [], dirs: [] };
    if (node.startsWith('author:')) group.authors.push(node.slice('author:'.length));
    else group.dirs.push(node.slice('unit:'.length));
    groups.set(community, group);
  }
  const used = new Set<string>();
  for (const group of [...groups.values()].filter((g) => g.dirs.length > 0).sort((a, b) => b.dirs.length - a.dirs.length)) {
    const owns = group.dirs.sort().flatMap((dir) => codebases.unitsOf.get(dir) ?? []);
    let name = entityName(`inferred-${codebases.label(group.dirs[0] ?? '')}-team`);
    for (let i = 2; used.has(name); i++) name = `${name}-${i}`;
    used.add(name);
    ownership.teams.push({ name, source: 'inferred', owns, members: group.authors.sort(), evidence: [] });
    for (const unit of owns) ownership.ownerOf.set(unit, { ref: `group:default/${name}` });
  }
  ownership.teams.sort((a, b) => a.name.localeCompare(b.name));
  return ownership;
}
