import type { OrgNode, ViewData } from '../../html/view-types.js';
import { filtersFindings, findingPasses } from './filter.js';
import type { ViewState } from './state.js';

/** The organisation-level nodes drawn, and how they group (Graph.orgShown); undefined at the component level. */
export interface OrgShown {
  nodes: readonly OrgNode[];
  mode: 'systems' | 'teams' | 'departments';
}

/**
 * The ids to draw under the filters, or undefined when nothing is filtered. A node shows when it passes
 * the team and system filters and, with a finding filter set, carries a finding that passes; the boxes
 * around a shown node stay with it.
 */
export function visibleIds(data: ViewData, shown: OrgShown | undefined, state: ViewState): Set<string> | undefined {
  const scoped = { ...state, q: '' };
  if (state.team === '' && state.system === '' && !filtersFindings(state)) return undefined;
  const withFinding = new Set<string>();
  if (filtersFindings(state)) {
    for (const finding of data.findings) {
      if (!findingPasses(finding, scoped, data)) continue;
      // The team, the team's part of the system, or the team's components outside any system.
      withFinding.add(finding.team);
      withFinding.add(`${finding.team}\n${finding.system ?? ''}`);
    }
  }
  const visible = new Set<string>();
  const keep = (id: string, parents: ReadonlyMap<string, string | undefined>) => {
    for (let at: string | undefined = id; at !== undefined && !visible.has(at); at = parents.get(at)) visible.add(at);
  };
  if (shown) {
    const { inner } = data.org;
    if (shown.mode !== 'departments' || !inner) return orgVisible(data, shown.nodes, shown.mode === 'departments' ? 'teams' : shown.mode, state, withFinding);
    // A department shows when something inside it would show; a team outside every department as itself.
    const inside = orgVisible(data, inner.nodes, inner.mode, state, withFinding);
    const departments = new Set(inner.nodes.filter((node) => inside.has(node.id)).map((node) => node.department));
    return new Set(shown.nodes.filter((node) => departments.has(node.id) || inside.has(node.id)).map((node) => node.id));
  }
  const parents = new Map(data.nodes.map((node) => [node.id, node.parent]));
  for (const node of data.nodes) {
    if (state.team !== '' && node.team !== state.team) continue;
    if (state.system !== '' && node.system !== state.system) continue;
    if (filtersFindings(state) && !node.findings.some((index) => {
      const finding = data.findings[index];
      return finding !== undefined && findingPasses(finding, scoped, data);
    })) continue;
    keep(node.id, parents);
  }
  return visible;
}

/** Teams, systems and the boxes around them that pass the filters, among organisation-level nodes. */
function orgVisible(data: ViewData, nodes: readonly OrgNode[], mode: 'systems' | 'teams', state: ViewState, withFinding: ReadonlySet<string>): Set<string> {
  const visible = new Set<string>();
  const parents = new Map(nodes.map((node) => [node.id, node.parent]));
  const systemTeams = new Set(data.org.inner?.nodes.concat(data.org.nodes).filter((node) => node.kind === 'system' && node.system === state.system).map((node) => node.team));
  for (const node of data.nodes) if (node.kind === 'slice' && node.system === state.system) systemTeams.add(node.team);
  for (const node of nodes) {
    if (state.team !== '' && node.team !== state.team) continue;
    if (state.system !== '' && (mode === 'teams' ? !systemTeams.has(node.team) : node.system !== state.system)) continue;
    if (filtersFindings(state) && !orgHasFinding(node, withFinding, mode)) continue;
    for (let at: string | undefined = node.id; at !== undefined && !visible.has(at); at = parents.get(at)) visible.add(at);
  }
  return visible;
}

/** Whether an org node stands for a place where a passing finding lies. */
function orgHasFinding(node: { kind: string; team: string; system?: string }, places: ReadonlySet<string>, mode: 'systems' | 'teams'): boolean {
  if (mode === 'teams' || node.kind === 'team') return places.has(node.team);
  return places.has(`${node.team}\n${node.kind === 'system' ? node.system ?? '' : ''}`);
}
