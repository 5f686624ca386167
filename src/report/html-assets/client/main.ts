import cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import type { ViewData, ViewNode } from '../../html/view-types.js';
import { byId, readData } from './data.js';
import { setupFilters } from './filters.js';
import { showEdge, showNode } from './panel.js';
import { setupSearch } from './search.js';
import { graphStyle } from './style.js';
import { fitToNodes } from './viewport.js';

const BIG = 1500;
const MARKER = { error: '!! ', warning: '! ', info: 'i ' } as const;

declare global {
  interface Window {
    /** For tests and curious readers: the graph and when it became interactive (ms since navigation). */
    teamfit?: { cy: cytoscape.Core; data: ViewData; readyAt?: number; timings?: Record<string, number> };
  }
}

function elements(data: ViewData): ElementDefinition[] {
  const nodes = data.nodes.map((node): ElementDefinition => ({
    group: 'nodes',
    data: { id: node.id, kind: node.kind, label: label(node), ...(node.parent ? { parent: node.parent } : {}), ...(node.severity ? { severity: node.severity } : {}) },
    ...(node.x !== undefined && node.y !== undefined ? { position: { x: node.x, y: node.y } } : {}),
  }));
  const edges = data.edges.map((edge): ElementDefinition => ({
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind, isCrossTeam: edge.isCrossTeam, width: Math.min(1.5 + edge.weight * 1.5, 10) },
  }));
  return [...nodes, ...edges];
}

// Cut here rather than with cytoscape's text-wrap: ellipsis, which measures every label and slows start-up.
const MAX_LABEL = { leaf: 24, box: 48 };

function label(node: ViewNode): string {
  const text = node.severity ? `${MARKER[node.severity]}${node.label}` : node.label;
  const max = node.kind === 'team' || node.kind === 'slice' ? MAX_LABEL.box : MAX_LABEL.leaf;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function start(): void {
  const started = performance.now();
  const data = readData();
  const parsed = performance.now();
  const isBig = data.nodes.length + data.edges.length > BIG;
  const cy = cytoscape({
    container: byId('tf-cy', HTMLDivElement),
    style: graphStyle(isBig),
    minZoom: 0.02,
    maxZoom: 3,
    boxSelectionEnabled: false,
    textureOnViewport: isBig,
    hideEdgesOnViewport: isBig,
    pixelRatio: isBig ? 1 : 'auto',
  });
  // Positions come precomputed from the reporter (linear time) inside the elements. Added after start-up,
  // they run no layout at all: even 'preset' re-positions every node, which costs seconds on compound graphs.
  cy.add(elements(data));
  fitToNodes(cy, data.nodes);
  const created = performance.now();
  const nodes = new Map(data.nodes.map((node) => [node.id, node]));
  const edges = new Map(data.edges.map((edge) => [edge.id, edge]));
  const panel = byId('tf-details', HTMLElement);
  cy.on('tap', 'node', (event) => {
    const node = nodes.get(event.target.id());
    if (node) showNode(panel, node, data);
  });
  cy.on('tap', 'edge', (event) => {
    const edge = edges.get(event.target.id());
    if (edge) showEdge(panel, edge, data);
  });
  const select = (id: string) => {
    const element = cy.getElementById(id);
    const node = nodes.get(id);
    if (element.empty() || !node) return;
    cy.elements().unselect();
    element.select();
    cy.animate({ center: { eles: element }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 200 });
    showNode(panel, node, data);
  };
  setupSearch(cy, data, select);
  setupFilters(cy, data);
  byId('tf-fit', HTMLButtonElement).addEventListener('click', () => fitToNodes(cy, data.nodes.filter((node) => cy.getElementById(node.id).visible())));
  window.teamfit = { cy, data };
  cy.one('render', () => {
    const readyAt = performance.now();
    const timings = { scriptStart: started, parseData: parsed - started, buildGraph: created - parsed, firstRender: readyAt - created };
    window.teamfit = { cy, data, readyAt, timings };
    document.documentElement.dataset['graphReady'] = 'true';
  });
}

// Let the static sections paint first: the page is readable while a big graph is being built.
requestAnimationFrame(() => setTimeout(start, 0));
