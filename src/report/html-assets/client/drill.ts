import type { ElementDefinition } from 'cytoscape';
import { layoutNodes } from '../../html/layout.js';
import type { ViewData, ViewEdge, ViewNode } from '../../html/view-types.js';
import { edgeWidth, nodeLabel } from './labels.js';

// Neighbours outside the team or system are drawn (faded) up to this many, so a hub everyone depends on
// cannot turn one team's graph into the whole organisation again.
const MAX_OUTSIDE = 120;

export interface DrillScope {
  /** What is open: a team id or a system ref. */
  id: string;
  title: string;
  elements: ElementDefinition[];
  /** The nodes drawn, with their positions. */
  nodes: ViewNode[];
}

/** The component graph of one team or one system, laid out now: the page builds it only when it is opened. */
export function drillScope(data: ViewData, index: DataIndex, id: string): DrillScope | undefined {
  const isSystem = id.startsWith('system:');
  const inside = data.nodes.filter((node) => (isSystem ? node.system === id : node.team === id));
  if (inside.length === 0) return undefined;
  const chosen = new Set(inside.map((node) => node.id));
  const outside = new Set<string>();
  const edges: ViewEdge[] = [];
  for (const edge of index.edgesOf(chosen)) {
    for (const end of [edge.source, edge.target]) if (!chosen.has(end) && outside.size < MAX_OUTSIDE) outside.add(end);
    if ((chosen.has(edge.source) || outside.has(edge.source)) && (chosen.has(edge.target) || outside.has(edge.target))) edges.push(edge);
  }
  // Every drawn node keeps the boxes around it (team, system part), so it stays where it belongs.
  const drawn = new Map<string, ViewNode>();
  const withParents = (id0: string) => {
    for (let at: string | undefined = id0; at !== undefined && !drawn.has(at); at = index.nodes.get(at)?.parent) {
      const node = index.nodes.get(at);
      if (!node) break;
      drawn.set(at, node);
    }
  };
  for (const node of chosen) withParents(node);
  for (const node of outside) withParents(node);
  const placed = [...drawn.values()].map((node) => ({ id: node.id, ...(node.parent === undefined ? {} : { parent: node.parent }) } as { id: string; parent?: string; x?: number; y?: number }));
  layoutNodes(placed);
  const nodes = placed.map((place) => ({ ...(index.nodes.get(place.id) as ViewNode), ...(place.x === undefined ? {} : { x: place.x, y: place.y }) }));
  const elements: ElementDefinition[] = nodes.map((node) => ({
    group: 'nodes',
    data: { id: node.id, kind: node.kind, label: nodeLabel(node.label, node.kind, node.severity), ...(node.parent ? { parent: node.parent } : {}), ...(node.severity ? { severity: node.severity } : {}) },
    classes: chosen.has(node.id) || !(node.kind === 'component' || node.kind === 'resource' || node.kind === 'api') ? '' : 'outside',
    ...(node.x !== undefined && node.y !== undefined ? { position: { x: node.x, y: node.y } } : {}),
  }));
  for (const edge of edges) {
    elements.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind, isCrossTeam: edge.isCrossTeam, width: edgeWidth(edge.kind === 'coupling' ? edge.weight : 1) } });
  }
  const name = index.nodes.get(id)?.label ?? data.systems.find((system) => system.ref === id)?.label ?? id;
  const title = `${isSystem ? 'System' : 'Team'} ${name}: ${inside.filter((node) => node.kind !== 'slice' && node.kind !== 'team').length} components, resources and APIs${outside.size > 0 ? `, ${outside.size} neighbours outside (faded)` : ''}`;
  return { id, title, elements, nodes };
}

/** Lookups over the embedded data, built once. */
export class DataIndex {
  readonly nodes: ReadonlyMap<string, ViewNode>;
  private readonly byNode = new Map<string, ViewEdge[]>();

  constructor(data: ViewData) {
    this.nodes = new Map(data.nodes.map((node) => [node.id, node]));
    for (const edge of data.edges) {
      for (const end of [edge.source, edge.target]) {
        const list = this.byNode.get(end);
        if (list) list.push(edge);
        else this.byNode.set(end, [edge]);
      }
    }
  }

  edgesOf(ids: ReadonlySet<string>): ViewEdge[] {
    const seen = new Set<ViewEdge>();
    for (const id of ids) for (const edge of this.byNode.get(id) ?? []) seen.add(edge);
    return [...seen];
  }
}
