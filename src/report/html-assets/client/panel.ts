import type { OrgEdge, OrgNode, ViewData, ViewEdge, ViewFinding, ViewLink, ViewNode } from '../../html/view-types.js';
import { el } from './data.js';

const KIND_NAMES = { team: 'Team', slice: 'System', component: 'Component', resource: 'Resource', api: 'API' } as const;

/** What the panel needs from the page: the data, which findings pass the filters, and how to open or select. */
export interface PanelContext {
  data: ViewData;
  passes: (finding: ViewFinding) => boolean;
  open: (id: string) => void;
  select: (id: string) => void;
}

/** The details panel: facts, links, the findings that pass the filters, and buttons to go deeper. */
export class Panel {
  constructor(private readonly element: HTMLElement, private readonly context: PanelContext) {}

  clear(message: string): void {
    this.element.replaceChildren(el('p', message, 'muted'));
  }

  showNode(node: ViewNode): void {
    this.element.replaceChildren(el('h3', `${KIND_NAMES[node.kind]}: ${node.label}`));
    if (node.confidence) this.element.append(confidence(node.confidence));
    const facts: Array<[string, string]> = node.kind === 'team' || node.kind === 'slice' ? [] : [['Ref', node.ref], ['Owner', node.team === 'teamfit:unowned' ? 'none' : node.team], ...(node.system ? [['System', node.system] as [string, string]] : [])];
    this.element.append(rows([...facts, ...node.details]));
    if (node.links) this.element.append(links(node.links));
    if (node.kind === 'team' || node.kind === 'slice') this.element.append(this.openButton(node.kind === 'slice' ? node.system ?? node.ref : node.id, node.kind === 'slice' ? 'system' : 'team'));
    this.element.append(this.findingList(`Findings on it`, node.findings, 'tf-node-findings'));
    if (node.mentions.length > 0) this.element.append(this.findingList(`Named in the evidence of`, node.mentions, 'tf-node-mentions'));
  }

  showOrgNode(node: OrgNode): void {
    const { data } = this.context;
    if (node.kind === 'department') return this.showDepartment(node);
    const source = data.nodes.find((item) => item.id === (node.kind === 'loose' ? node.team : node.id));
    if (node.kind !== 'loose' && source) {
      this.showNode(source);
    } else {
      this.element.replaceChildren(el('h3', node.label), rows([['Team', node.team]]), this.openButton(node.team, 'team'));
    }
    const summary = el('p', `${node.components} components; ${node.findingCount} findings inside${node.fit ? `; fit: ${node.fit}` : ''}.`, 'small');
    this.element.insertBefore(summary, this.element.children[1] ?? null);
    const inside = data.findings.map((finding, index) => ({ finding, index })).filter(({ finding }) => (node.kind === 'system' ? finding.system === node.ref && finding.team === node.team : finding.team === node.team));
    this.element.append(this.findingList('Findings inside', inside.map(({ index }) => index), 'tf-inside-findings'));
  }

  /** A department: what it holds, from the organisation data alone (no component data needed). */
  private showDepartment(node: OrgNode): void {
    const teams = new Set(node.teams);
    const name = node.name ?? node.ref;
    this.element.replaceChildren(
      el('h3', `Department: ${name}`),
      el('p', `${teams.size} teams, ${node.components} components; ${node.findingCount} findings inside${node.fit ? `; worst fit: ${node.fit}` : ''}.`, 'small'),
      rows([['Group', node.ref]]),
      this.openButton(node.id, 'department'),
    );
    const inside = this.context.data.findings.flatMap((finding, index) => (teams.has(finding.team) ? [index] : []));
    this.element.append(this.findingList('Findings inside', inside, 'tf-inside-findings'));
  }

  showEdge(edge: ViewEdge | OrgEdge): void {
    const { org } = this.context.data;
    const orgLabel = (id: string) => (org.nodes.find((node) => node.id === id) ?? org.inner?.nodes.find((node) => node.id === id))?.label;
    const name = (id: string) => this.context.data.nodes.find((node) => node.id === id)?.ref ?? orgLabel(id) ?? id;
    const details: Array<[string, string]> = [['From', name(edge.source)], ['To', name(edge.target)], ['Crosses teams', edge.isCrossTeam ? 'yes' : 'no']];
    if ('count' in edge) details.push(['Stands for', `${edge.count} component-level edge${edge.count === 1 ? '' : 's'}`]);
    else if (edge.kind === 'coupling') details.push(['Strength', String(Math.round(edge.weight * 100) / 100)]);
    this.element.replaceChildren(el('h3', edgeName(edge)), rows(details), el('h4', 'Evidence'));
    const list = el('ul');
    for (const line of edge.evidence) list.append(el('li', line));
    this.element.append(list);
  }

  showFinding(index: number): void {
    const finding = this.context.data.findings[index];
    if (!finding) return;
    const head = el('h3');
    head.append(el('span', finding.severity, `sev sev-${finding.severity}`), document.createTextNode(` ${finding.title}`));
    const details: Array<[string, string]> = [['Rule', finding.ruleId], ['Subject', finding.subject], ['Team', finding.team], ...(finding.system ? [['System', finding.system] as [string, string]] : [])];
    if (finding.location) details.push(['Defined at', finding.location]);
    if (finding.baseline) details.push(['Baseline', finding.baseline]);
    const group = this.context.data.groups[finding.group];
    if (group && group.count > 1) details.push(['Root cause', `${group.cause} (${group.count} findings)`]);
    this.element.replaceChildren(head, el('p', finding.message), rows(details), el('h4', 'Evidence'), el('p', finding.evidence, 'small'), el('h4', 'Fix'), el('p', finding.recommendation, 'small'), docsLink(finding));
    const subject = this.context.data.nodes.find((node) => node.ref === finding.subject || node.id === finding.subject);
    if (subject) {
      const button = el('button', 'Show in the graph');
      button.type = 'button';
      button.addEventListener('click', () => this.context.select(subject.id));
      this.element.append(button);
    }
  }

  private openButton(id: string, what: 'department' | 'team' | 'system'): HTMLElement {
    const button = el('button', what === 'department' ? "Open this department's teams and systems" : `Open this ${what}'s components`, 'open');
    button.type = 'button';
    button.addEventListener('click', () => this.context.open(id));
    return button;
  }

  private findingList(heading: string, indexes: number[], id: string): HTMLElement {
    const box = el('div');
    const passing = indexes.filter((index) => {
      const finding = this.context.data.findings[index];
      return finding !== undefined && this.context.passes(finding);
    });
    const hidden = indexes.length - passing.length;
    box.append(el('h4', `${heading} (${passing.length}${hidden > 0 ? `; ${hidden} hidden by the filters` : ''})`));
    const list = el('ul', undefined, 'panel-findings');
    list.id = id;
    for (const index of passing.slice(0, 50)) {
      const finding = this.context.data.findings[index];
      if (finding) list.append(this.findingItem(finding, index));
    }
    if (passing.length > 50) list.append(el('li', `... and ${passing.length - 50} more: see the findings table`, 'muted'));
    if (passing.length === 0) list.append(el('li', 'none', 'muted'));
    box.append(list);
    return box;
  }

  private findingItem(finding: ViewFinding, index: number): HTMLElement {
    const item = el('li', undefined, `sev-border-${finding.severity}`);
    const head = el('div');
    head.append(el('span', finding.severity, `sev sev-${finding.severity}`), el('strong', ` ${finding.title} `), el('span', `(${finding.ruleId})`, 'muted'));
    if (finding.baseline === 'new') head.append(el('span', ' new', 'tag'));
    const more = el('button', 'details', 'link');
    more.type = 'button';
    more.addEventListener('click', () => this.showFinding(index));
    item.append(head, el('p', finding.message), el('p', `Evidence: ${finding.evidence}`, 'small'), el('p', `Fix: ${finding.recommendation}`, 'small'), more, docsLink(finding));
    return item;
  }
}

function edgeName(edge: ViewEdge | OrgEdge): string {
  const names = { dependsOn: 'Dependency', consumesApi: 'Consumes API', providesApi: 'Provides API', operates: 'Runs what another team built', coupling: 'Coupling', dependency: 'Dependencies' } as const;
  return `${edge.isCrossTeam ? 'Cross-team ' : ''}${names[edge.kind]}`;
}

function rows(details: Array<[string, string]>): HTMLElement {
  const list = el('dl', undefined, 'rows');
  for (const [label, value] of details) list.append(el('dt', label), el('dd', value));
  return list;
}

/** The entity's links; the reporter only lets http(s) URLs through, and this checks again before making an anchor. */
function links(items: ViewLink[]): HTMLElement {
  const box = el('p', undefined, 'links');
  for (const item of items) {
    if (!/^https?:\/\//i.test(item.href)) continue;
    const link = el('a', item.label);
    link.href = item.href;
    link.rel = 'noreferrer';
    link.target = '_blank';
    box.append(link, document.createTextNode(' '));
  }
  return box;
}

function confidence(note: string): HTMLElement {
  const box = el('details', undefined, 'confidence-note');
  box.append(el('summary', 'what the confidence means'), el('pre', note));
  return box;
}

function docsLink(finding: ViewFinding): HTMLElement {
  const link = el('a', `rule docs: ${finding.ruleId}`, 'docs');
  if (finding.docsAnchor) link.href = `#${finding.docsAnchor}`;
  else if (/^https?:\/\//i.test(finding.docsUrl)) link.href = finding.docsUrl;
  else return el('span', `rule docs: ${finding.docsUrl}`, 'muted small');
  return link;
}
