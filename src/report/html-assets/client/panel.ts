import type { ViewData, ViewEdge, ViewFinding, ViewNode } from '../../html/view-types.js';
import { el } from './data.js';

const KIND_NAMES = { team: 'Team', slice: 'System', component: 'Component', resource: 'Resource', api: 'API' } as const;

/** Fill the details panel for a node: its facts, the findings on it and those that mention it. */
export function showNode(panel: HTMLElement, node: ViewNode, data: ViewData): void {
  panel.replaceChildren(el('h3', `${KIND_NAMES[node.kind]}: ${node.label}`), rows(node.details));
  panel.append(findingList(`Findings on it (${node.findings.length})`, node.findings, data, 'tf-node-findings'));
  if (node.mentions.length > 0) panel.append(findingList(`Named in the evidence of (${node.mentions.length})`, node.mentions, data, 'tf-node-mentions'));
}

export function showEdge(panel: HTMLElement, edge: ViewEdge, data: ViewData): void {
  const name = (id: string) => data.nodes.find((node) => node.id === id)?.ref ?? id;
  const details: Array<[string, string]> = [['From', name(edge.source)], ['To', name(edge.target)], ['Crosses teams', edge.isCrossTeam ? 'yes' : 'no']];
  if (edge.kind === 'coupling') details.push(['Strength', String(Math.round(edge.weight * 100) / 100)]);
  panel.replaceChildren(el('h3', `${edgeName(edge)}`), rows(details), el('h4', 'Evidence'));
  const list = el('ul');
  for (const line of edge.evidence) list.append(el('li', line));
  panel.append(list);
}

function edgeName(edge: ViewEdge): string {
  const names = { dependsOn: 'Dependency', consumesApi: 'Consumes API', providesApi: 'Provides API', operates: 'Runs what another team built', coupling: 'Coupling' } as const;
  return `${edge.isCrossTeam ? 'Cross-team ' : ''}${names[edge.kind]}`;
}

function rows(details: Array<[string, string]>): HTMLElement {
  const list = el('dl', undefined, 'rows');
  for (const [label, value] of details) list.append(el('dt', label), el('dd', value));
  return list;
}

function findingList(heading: string, indexes: number[], data: ViewData, id: string): HTMLElement {
  const box = el('div');
  box.append(el('h4', heading));
  const list = el('ul', undefined, 'panel-findings');
  list.id = id;
  for (const index of indexes) {
    const finding = data.findings[index];
    if (finding) list.append(findingItem(finding, index));
  }
  if (indexes.length === 0) list.append(el('li', 'none', 'muted'));
  box.append(list);
  return box;
}

function findingItem(finding: ViewFinding, index: number): HTMLElement {
  const item = el('li', undefined, `sev-border-${finding.severity}`);
  const head = el('div');
  head.append(el('span', finding.severity, `sev sev-${finding.severity}`), el('strong', ` ${finding.title} `), el('span', `(${finding.ruleId})`, 'muted'));
  const link = el('a', 'details below');
  link.href = `#finding-${index}`;
  item.append(head, el('p', finding.message), el('p', `Evidence: ${finding.evidence}`, 'small'), el('p', `Fix: ${finding.recommendation}`, 'small'), link);
  return item;
}
