import cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import type { ViewData, ViewNode } from '../../html/view-types.js';
import { byId, readData } from './data.js';
import { setupFilters } from './filters.js';
import { showEdge, showNode } from './panel.js';
import { setupSearch } from './search.js';
import { graphStyle } from './style.js';

const BIG = 1500;
const MARKER = { error: '!! ', warning: '! ', info: 'i ' } as const;

declare global {
  interface Window {
    /** For tests and curious readers: the graph and when it became interactive (ms since navigation). */
    teamfit?: { cy: cytoscape.Core; data: ViewData; readyAt?: number };
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

function label(node: ViewNode): string {
  return node.severity ? `${MARKER[node.severity]}${node.label}` : node.label;
}

function start(): void {
  const data = readData();
  const isBig = data.nodes.length + data.edges.length > BIG;
  const cy = cytoscape({
    container: byId('tf-cy', HTMLDivElement),
    elements: elements(data),
    style: graphStyle(isBig),
    // Positions come precomputed from the reporter (linear time); no force-directed layout runs here.
    layout: { name: 'preset', fit: true, padding: 20 },
    minZoom: 0.02,
    maxZoom: 3,
    boxSelectionEnabled: false,
    textureOnViewport: isBig,
    hideEdgesOnViewport: isBig,
    pixelRatio: isBig ? 1 : 'auto',
  });
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
  byId('tf-fit', HTMLButtonElement).addEventListener('click', () => cy.fit(cy.elements(':visible'), 20));
  window.teamfit = { cy, data };
  cy.one('render', () => {
    if (window.teamfit) window.teamfit.readyAt = performance.now();
    document.documentElement.dataset['graphReady'] = 'true';
  });
}

start();
