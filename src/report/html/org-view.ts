import type { AnalysisResult } from '../../result/index.js';
import { highest } from './findings-view.js';
import { layoutNodes } from './layout.js';
import { departmentLevel, type Department } from './org-departments.js';
import { shortName } from './relations.js';
import type { EdgeKind, FitName, OrgEdge, OrgEdgeKind, OrgNode, OrgView, ViewEdge, ViewFinding, ViewNode } from './view-types.js';

// Above this many teams and system parts (in one department, when the first view shows departments), boxes
// inside boxes stop being readable at any zoom that shows them whole: one node per team is drawn instead,
// its systems opened on a click.
export const TEAM_BOXES_LIMIT = 700;
const EVIDENCE_LINES = 4;
const FIT_RANK: Record<FitName, number> = { 'no-fit': 0, misfit: 1, partial: 2, unknown: 3, fits: 4 };
const KIND: Record<EdgeKind, OrgEdgeKind> = { dependsOn: 'dependency', consumesApi: 'dependency', providesApi: 'dependency', operates: 'operates', coupling: 'coupling' };

/**
 * The first view of a big organisation: teams and the systems they own, each component-level edge summed
 * into one edge per pair (with its count), coloured by fit and marked by the worst finding inside. The
 * component graph is drawn later, for one team or system at a time.
 */
export function buildOrgView(result: AnalysisResult, nodes: readonly ViewNode[], edges: readonly ViewEdge[], findings: readonly ViewFinding[], departmentOf?: ReadonlyMap<string, Department>): OrgView {
  const fitOf = new Map(result.systems.map((system) => [system.ref, system.fit.verdict]));
  const architectureOf = new Map(result.systems.map((system) => [system.ref, system.architecture.label]));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const isLeaf = (node: ViewNode) => node.kind !== 'team' && node.kind !== 'slice';
  const hasLoose = new Set(nodes.filter((node) => isLeaf(node) && node.parent !== undefined && byId.get(node.parent)?.kind === 'team').map((node) => node.team));
  const teamNodes = nodes.filter((node) => node.kind === 'team');
  const slices = nodes.filter((node) => node.kind === 'slice');
  // With departments, boxes are drawn one department at a time: the biggest department decides.
  const sizes = new Map<string, number>();
  const count = (key: string) => sizes.set(key, (sizes.get(key) ?? 0) + 1);
  for (const node of [...teamNodes, ...slices]) count(departmentOf?.get(node.team)?.id ?? '');
  for (const team of hasLoose) count(departmentOf?.get(team)?.id ?? '');
  // Teams outside every department are drawn only as themselves at the top.
  if (departmentOf) sizes.delete('');
  const mode = Math.max(0, ...sizes.values()) > TEAM_BOXES_LIMIT ? 'teams' : 'systems';

  /** The org node a component-level node is counted in. */
  const orgId = (node: ViewNode): string => {
    if (mode === 'teams' || node.kind === 'team') return node.team;
    if (node.kind === 'slice') return node.id;
    const parent = node.parent === undefined ? undefined : byId.get(node.parent);
    return parent?.kind === 'slice' ? parent.id : `loose:${node.team}`;
  };

  const org = new Map<string, OrgNode>();
  for (const team of teamNodes) {
    org.set(team.id, { id: team.id, kind: 'team', label: team.label, ref: team.ref, team: team.id, findingCount: 0, components: 0 });
  }
  if (mode === 'systems') {
    for (const slice of slices) {
      const system = slice.system ?? slice.ref;
      const fit = fitOf.get(system);
      const architecture = architectureOf.get(system);
      org.set(slice.id, {
        id: slice.id, kind: 'system', label: `${shortName(system)} · ${architecture ?? 'system'}${fit ? ` · ${fit}` : ''}`, parent: slice.team,
        ref: system, team: slice.team, system, findingCount: 0, components: 0, ...(fit ? { fit } : {}),
      });
    }
    for (const team of hasLoose) {
      org.set(`loose:${team}`, { id: `loose:${team}`, kind: 'loose', label: 'outside any system', parent: team, ref: team, team, findingCount: 0, components: 0 });
    }
  }

  const severities = new Map<string, Array<ViewFinding['severity']>>();
  const looseKinds = new Map<string, Map<string, number>>();
  for (const node of nodes) {
    const target = org.get(orgId(node));
    if (!target) continue;
    if (node.kind === 'component') target.components += 1;
    if (target.kind === 'loose' && isLeaf(node)) {
      const kinds = looseKinds.get(target.id) ?? new Map<string, number>();
      kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1);
      looseKinds.set(target.id, kinds);
    }
    target.findingCount += node.findings.length;
    const list = severities.get(target.id) ?? [];
    for (const index of node.findings) {
      const finding = findings[index];
      if (finding) list.push(finding.severity);
    }
    severities.set(target.id, list);
  }
  for (const node of org.values()) {
    const severity = highest(severities.get(node.id) ?? []);
    if (severity) node.severity = severity;
    if (node.kind === 'loose') node.label = `outside any system: ${[...(looseKinds.get(node.id) ?? [])].map(([kind, count]) => `${count} ${kind === 'api' ? 'API' : kind}${count === 1 ? '' : 's'}`).join(', ')}`;
  }
  rollUpTeams(org, mode, fitOf, slices);
  for (const team of teamNodes) {
    const node = org.get(team.id);
    if (node && mode === 'teams') node.label = `${team.label} · ${node.components} comp.`;
  }

  const orgNodes = [...org.values()].sort((a, b) => rank(a) - rank(b) || b.findingCount - a.findingCount);
  const orgEdges = sumEdges(edges, byId, orgId, org);
  if (departmentOf) return { mode: 'departments', ...departmentLevel(orgNodes, orgEdges, departmentOf), inner: { mode, nodes: orgNodes, edges: orgEdges } };
  layoutNodes(orgNodes);
  return { mode, nodes: orgNodes, edges: orgEdges };
}

/**
 * Teams take the worst fit of the systems they own; in teams mode their counts already hold everything
 * inside, in systems mode the boxes inside are added so a team box carries its total too.
 */
function rollUpTeams(org: Map<string, OrgNode>, mode: OrgView['mode'], fits: ReadonlyMap<string, FitName>, slices: readonly ViewNode[]): void {
  for (const slice of slices) {
    const team = org.get(slice.team);
    const fit = fits.get(slice.system ?? slice.ref);
    if (team && fit && (team.fit === undefined || FIT_RANK[fit] < FIT_RANK[team.fit])) team.fit = fit;
  }
  if (mode === 'teams') return;
  for (const node of org.values()) {
    const team = node.kind === 'team' ? undefined : org.get(node.team);
    if (!team) continue;
    team.findingCount += node.findingCount;
    team.components += node.components;
    const severity = highest([team.severity, node.severity].filter((value): value is NonNullable<typeof value> => value !== undefined));
    if (severity) team.severity = severity;
  }
}

function rank(node: OrgNode): number {
  return node.fit === undefined ? 5 : FIT_RANK[node.fit];
}

function sumEdges(edges: readonly ViewEdge[], byId: ReadonlyMap<string, ViewNode>, orgId: (node: ViewNode) => string, org: ReadonlyMap<string, OrgNode>): OrgEdge[] {
  const summed = new Map<string, OrgEdge>();
  for (const edge of edges) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) continue;
    let source = orgId(from);
    let target = orgId(to);
    if (source === target || !org.has(source) || !org.has(target)) continue;
    const kind = KIND[edge.kind];
    // Coupling has no direction: one edge per pair, whichever way it was measured.
    if (kind === 'coupling' && target < source) [source, target] = [target, source];
    const key = `${kind}\n${source}\n${target}`;
    const entry = summed.get(key) ?? { id: `o${summed.size}`, source, target, kind, count: 0, isCrossTeam: org.get(source)?.team !== org.get(target)?.team, evidence: [] };
    entry.count += 1;
    if (entry.evidence.length < EVIDENCE_LINES) entry.evidence.push(`${shortName(from.ref)} -> ${shortName(to.ref)}: ${edge.evidence[0] ?? edge.kind}`);
    summed.set(key, entry);
  }
  return [...summed.values()];
}
