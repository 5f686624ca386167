import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import type { OrgEdge, OrgNode, ViewData } from '../../html/view-types.js';
import { DataIndex, drillScope } from './drill.js';
import { edgeWidth, nodeLabel } from './labels.js';
import { graphStyle } from './style.js';
import { fitToNodes } from './viewport.js';

// Above this many elements the canvas draws what helps reading a whole organisation at once and skips the
// rest: straight edges, no labels too small to read, a cached texture while panning.
const BIG = 400;

/** Where the graph stands: the organisation, one department's teams and systems, or one team's or system's components. */
export type Level = { kind: 'org' } | { kind: 'department'; id: string; title: string } | { kind: 'drill'; id: string; title: string };

/**
 * One canvas that shows the organisation first and, on demand, the component graph of one team or system.
 * Only what is shown is handed to cytoscape, so its cost follows the view, not the catalog.
 */
export class Graph {
  readonly cy: Core;
  level: Level = { kind: 'org' };
  /** The positions of what is drawn now, for fitting the view without measuring labels. */
  drawn: Array<{ id: string; x?: number; y?: number }> = [];
  private orgIndexed: { inner: ViewData['org']['inner']; nodes: Map<string, OrgNode> } | undefined;
  private indexed: { nodes: ViewData['nodes']; edges: ViewData['edges']; index: DataIndex } | undefined;

  constructor(container: HTMLElement, readonly data: ViewData, private readonly isDark: boolean) {
    const isBig = data.org.nodes.length + data.org.edges.length > BIG;
    this.cy = cytoscape({
      container,
      style: graphStyle(isBig, isDark),
      minZoom: 0.02,
      maxZoom: 3,
      boxSelectionEnabled: false,
      textureOnViewport: isBig,
      hideEdgesOnViewport: isBig,
      pixelRatio: isBig ? 1 : 'auto',
    });
  }

  /** Lookups over the component-level data, built when first needed (and again if the data was replaced). */
  get index(): DataIndex {
    const { nodes, edges } = this.data;
    if (this.indexed?.nodes !== nodes || this.indexed.edges !== edges) this.indexed = { nodes, edges, index: new DataIndex(this.data) };
    return this.indexed.index;
  }

  orgNode(id: string): OrgNode | undefined {
    return this.orgNodes.get(id);
  }

  // The departments' teams and systems may arrive after the first draw: indexed again once they are there.
  private get orgNodes(): Map<string, OrgNode> {
    const { inner } = this.data.org;
    if (this.orgIndexed === undefined || this.orgIndexed.inner !== inner) this.orgIndexed = { inner, nodes: new Map([...this.data.org.nodes, ...(inner?.nodes ?? [])].map((node) => [node.id, node])) };
    return this.orgIndexed.nodes;
  }

  setDark(isDark: boolean): void {
    this.cy.style(graphStyle(this.data.org.nodes.length + this.data.org.edges.length > BIG, isDark));
  }

  /** The organisation-level nodes drawn now and how they are grouped; undefined at the component level. */
  orgShown(): { nodes: readonly OrgNode[]; mode: 'systems' | 'teams' | 'departments' } | undefined {
    const { org } = this.data;
    if (this.level.kind === 'org') return { nodes: org.nodes, mode: org.mode };
    if (this.level.kind === 'department' && org.inner) return { nodes: this.departmentNodes(this.level.id), mode: org.inner.mode };
    return undefined;
  }

  showOrg(): void {
    this.level = { kind: 'org' };
    this.replace(orgElements(this.data.org.nodes, this.data.org.edges), this.data.org.nodes);
  }

  /** Opens one department: its teams and their systems, with the edges between them. Needs no component data. */
  openDepartment(id: string): boolean {
    const department = this.orgNodes.get(id);
    const inner = this.data.org.inner;
    if (department?.kind !== 'department' || !inner) return false;
    const nodes = this.departmentNodes(id);
    const ids = new Set(nodes.map((node) => node.id));
    const edges = inner.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
    const name = department.name ?? department.ref;
    this.level = { kind: 'department', id, title: `Department ${name}: ${department.teams?.length ?? 0} teams, ${department.components} components (click a team or system for its components)` };
    this.replace(orgElements(nodes, edges), nodes);
    return true;
  }

  /** The department a team belongs to, when the first view shows departments. */
  departmentOf(team: string): string | undefined {
    return this.orgNodes.get(team)?.department;
  }

  private departmentNodes(id: string): OrgNode[] {
    return (this.data.org.inner?.nodes ?? []).filter((node) => node.department === id);
  }

  /** Opens a team's or a system's component graph; false when it has none. */
  open(id: string): boolean {
    const scope = drillScope(this.data, this.index, id);
    if (!scope) return false;
    this.level = { kind: 'drill', id, title: scope.title };
    this.replace(scope.elements, scope.nodes);
    return true;
  }

  fit(onlyVisible = true): void {
    fitToNodes(this.cy, onlyVisible ? this.drawn.filter((node) => !this.cy.getElementById(node.id).hasClass('hidden')) : this.drawn);
  }

  private replace(elements: ElementDefinition[], positions: Array<{ id: string; x?: number; y?: number }>): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      // Positions come precomputed with the elements: no layout runs in the browser.
      this.cy.add(elements);
    });
    this.drawn = positions;
    fitToNodes(this.cy, positions);
  }
}

/**
 * The organisation's elements. Team boxes are plain shapes sized by the layout and drawn behind their
 * systems, not cytoscape compound nodes: compounds recompute their bounds on every frame, which made
 * a few hundred teams take seconds to draw.
 */
function orgElements(orgNodes: readonly OrgNode[], orgEdges: readonly OrgEdge[]): ElementDefinition[] {
  const nodes = orgNodes.map((node): ElementDefinition => ({
    group: 'nodes',
    data: {
      id: node.id, kind: node.kind, label: nodeLabel(node.label, 'box', node.severity),
      ...(node.w !== undefined && node.h !== undefined ? { box: true, w: node.w, h: node.h } : {}),
      ...(node.severity ? { severity: node.severity } : {}), ...(node.fit ? { fit: node.fit } : {}),
    },
    ...(node.x !== undefined && node.y !== undefined ? { position: { x: node.x, y: node.y } } : {}),
  }));
  const edges = orgEdges.map((edge): ElementDefinition => ({
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind, isCrossTeam: edge.isCrossTeam, width: edgeWidth(edge.count) },
  }));
  return [...nodes, ...edges];
}
