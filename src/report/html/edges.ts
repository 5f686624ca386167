import type { AnalysisResult, Coupling } from '../../result/index.js';
import { position } from '../format.js';
import { sliceId } from './nodes.js';
import type { Relations } from './relations.js';
import type { EdgeKind, ViewEdge, ViewNode } from './view-types.js';

const RELATION_EDGES: ReadonlyArray<Extract<EdgeKind, 'dependsOn' | 'consumesApi' | 'providesApi'>> = ['dependsOn', 'consumesApi', 'providesApi'];
const SPEC_FIELD: Record<string, string> = { dependsOn: 'spec.dependsOn', consumesApi: 'spec.consumesApis', providesApi: 'spec.providesApis' };

/**
 * Dependency edges from the catalog's relations, hand-off edges from a team to what it runs but does not
 * own, and coupling edges: measured couplings (git co-change, cycles, shared datastores) between two nodes,
 * weighted by how many couplings name the pair or by their git degree.
 */
export function buildEdges(result: AnalysisResult, relations: Relations, nodes: ReadonlyMap<string, ViewNode>): ViewEdge[] {
  const edges: ViewEdge[] = [];
  const add = (source: string, target: string, kind: EdgeKind, evidence: string[], weight = 1) => {
    const from = nodes.get(source);
    const to = nodes.get(target);
    if (!from || !to || source === target) return;
    edges.push({ id: `e${edges.length}`, source, target, kind, isCrossTeam: from.team !== to.team, weight, evidence });
  };

  for (const relation of result.model.relations) {
    const kind = RELATION_EDGES.find((type) => type === relation.type);
    if (kind !== undefined) {
      const at = relations.entities.get(relation.source)?.source;
      // The source is the edge's own end; naming it again in every evidence line doubles the page's data.
      add(relation.source, relation.target, kind, [`${SPEC_FIELD[kind] ?? kind}${at ? ` at ${position(at)}` : ''}`]);
    } else if (relation.type === 'operatedBy') {
      const owner = relations.owner(relation.source) ?? '';
      if (owner === relation.target) continue;
      const runs = relation.source.startsWith('system:') ? sliceId(owner, relation.source) : relation.source;
      const at = relations.entities.get(relation.source)?.source;
      add(relation.target, runs, 'operates', [`teamfit.dev/operated-by of ${relation.source}${at ? ` (${position(at)})` : ''}: built by ${owner || 'no owner'}, run by ${relation.target}`]);
    }
  }
  for (const [pair, coupling] of couplingPairs(result, nodes)) {
    const [source = '', target = ''] = pair.split('\n');
    add(source, target, 'coupling', coupling.reasons, coupling.weight);
  }
  return edges;
}

/**
 * Pairs of graph nodes named together by a coupling: git change coupling from the history evidence (its
 * degree is the strength), cycles and shared datastores from tight-coupling findings (the first ref
 * against each other, linear per coupling).
 */
function couplingPairs(result: AnalysisResult, nodes: ReadonlyMap<string, ViewNode>): Map<string, { weight: number; reasons: string[] }> {
  const pairs = new Map<string, { weight: number; reasons: string[] }>();
  for (const pair of result.history?.coupling ?? []) {
    if (!nodes.has(pair.a) || !nodes.has(pair.b)) continue;
    const key = pair.a < pair.b ? `${pair.a}\n${pair.b}` : `${pair.b}\n${pair.a}`;
    const entry = pairs.get(key) ?? { weight: 0, reasons: [] };
    entry.weight += pair.degree / 25;
    entry.reasons.push(`change coupling in git: ${pair.degree}% (${pair.shared} shared, by ${pair.by})${pair.crossTeam ? ', across teams' : ''}`);
    pairs.set(key, entry);
  }
  for (const finding of result.findings) {
    if (finding.ruleId !== 'tight-coupling') continue;
    for (const coupling of finding.evidence.couplings) {
      if (!isPairwise(coupling)) continue;
      const refs = [...new Set(coupling.refs.filter((ref) => nodes.get(ref)?.kind !== undefined && nodes.get(ref)?.kind !== 'team'))];
      const [first, ...rest] = refs;
      if (first === undefined) continue;
      for (const other of rest) {
        const key = first < other ? `${first}\n${other}` : `${other}\n${first}`;
        const entry = pairs.get(key) ?? { weight: 0, reasons: [] };
        entry.weight += 1;
        entry.reasons.push(`${coupling.kind}: ${coupling.description}`);
        pairs.set(key, entry);
      }
    }
  }
  return pairs;
}

// Couplings that name the parts coupled, not a list of unrelated dependencies or teams; co-change comes
// from the history evidence above, with its degree.
function isPairwise(coupling: Coupling): boolean {
  return coupling.kind === 'dependency-cycle' || coupling.kind === 'shared-datastore';
}
