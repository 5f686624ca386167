import { highest } from './findings-view.js';
import { layoutNodes } from './layout.js';
import { type Relations, shortName } from './relations.js';
import type { FitName, OrgEdge, OrgNode, ViewNode } from './view-types.js';

// Above this many teams a first view of every team (and its systems) is a grid too dense to read at any zoom
// that shows it whole, and costs the browser a frame per element: the catalog's own departments (each team's
// parent group) become the first view, their teams and systems one click deeper.
export const DEPARTMENTS_ABOVE = 200;
const EVIDENCE_LINES = 4;
const FIT_RANK: Record<FitName, number> = { 'no-fit': 0, misfit: 1, partial: 2, unknown: 3, fits: 4 };

export interface Department {
  id: string;
  ref: string;
  label: string;
}

/**
 * Each team's department: the group it is a child of (`spec.parent`). Undefined when there are too few
 * teams to need them, or when the parents do not group the teams (most teams alone in theirs, or no parents).
 */
export function teamDepartments(relations: Relations, teams: readonly ViewNode[]): ReadonlyMap<string, Department> | undefined {
  if (teams.length <= DEPARTMENTS_ABOVE) return undefined;
  const departments = new Map<string, Department>();
  const byTeam = new Map<string, Department>();
  for (const team of teams) {
    const parent = relations.targets(team.ref, 'childOf')[0];
    if (parent === undefined) continue;
    const department = departments.get(parent) ?? { id: `department:${parent}`, ref: parent, label: relations.entities.get(parent)?.title ?? shortName(parent) };
    departments.set(parent, department);
    byTeam.set(team.id, department);
  }
  // Departments must shrink the view: at least two teams per top-level node on average.
  const topLevel = departments.size + teams.length - byTeam.size;
  return departments.size > 1 && topLevel * 2 <= teams.length ? byTeam : undefined;
}

/**
 * The first view of an organisation with departments: one node per department (and one per team outside
 * any), each team-level edge summed into one edge per pair of them. The team-level nodes keep their
 * department and are laid out department by department, so opening one draws its part as it is.
 */
export function departmentLevel(inner: OrgNode[], innerEdges: readonly OrgEdge[], departmentOf: ReadonlyMap<string, Department>): { nodes: OrgNode[]; edges: OrgEdge[] } {
  const top = new Map<string, OrgNode>();
  for (const node of inner) {
    const department = departmentOf.get(node.team);
    if (department) node.department = department.id;
    if (node.kind !== 'team') continue;
    if (!department) {
      top.set(node.id, { ...node });
      continue;
    }
    const entry = top.get(department.id) ?? { id: department.id, kind: 'department', label: department.label, name: department.label, ref: department.ref, team: '', teams: [], findingCount: 0, components: 0 };
    entry.teams?.push(node.team);
    entry.findingCount += node.findingCount;
    entry.components += node.components;
    if (node.fit && (entry.fit === undefined || FIT_RANK[node.fit] < FIT_RANK[entry.fit])) entry.fit = node.fit;
    const severity = highest([entry.severity, node.severity].filter((value): value is NonNullable<typeof value> => value !== undefined));
    if (severity) entry.severity = severity;
    top.set(department.id, entry);
  }
  for (const node of top.values()) if (node.kind === 'department') node.label = `${node.label}\n${node.teams?.length ?? 0} teams · ${node.components} comp.`;
  const nodes = [...top.values()].sort((a, b) => rank(a) - rank(b) || b.findingCount - a.findingCount);
  layoutNodes(nodes);
  // Each department's part laid out on its own; teams outside any department are drawn only at the top.
  const groups = new Map<string, OrgNode[]>();
  for (const node of inner) {
    const group = groups.get(node.department ?? '');
    if (group) group.push(node);
    else groups.set(node.department ?? '', [node]);
  }
  for (const group of groups.values()) layoutNodes(group);
  return { nodes, edges: sumTop(inner, innerEdges, top) };
}

function sumTop(inner: readonly OrgNode[], innerEdges: readonly OrgEdge[], top: ReadonlyMap<string, OrgNode>): OrgEdge[] {
  const topOf = new Map(inner.map((node) => [node.id, node.department ?? node.team]));
  const summed = new Map<string, OrgEdge>();
  for (const edge of innerEdges) {
    let source = topOf.get(edge.source);
    let target = topOf.get(edge.target);
    if (source === undefined || target === undefined || source === target || !top.has(source) || !top.has(target)) continue;
    if (edge.kind === 'coupling' && target < source) [source, target] = [target, source];
    const key = `${edge.kind}\n${source}\n${target}`;
    const entry = summed.get(key) ?? { id: `d${summed.size}`, source, target, kind: edge.kind, count: 0, isCrossTeam: true, evidence: [] };
    entry.count += edge.count;
    for (const line of edge.evidence) if (entry.evidence.length < EVIDENCE_LINES) entry.evidence.push(line);
    summed.set(key, entry);
  }
  return [...summed.values()];
}

function rank(node: OrgNode): number {
  return node.fit === undefined ? 5 : FIT_RANK[node.fit];
}
