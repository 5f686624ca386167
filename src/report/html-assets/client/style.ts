import type { StylesheetJson } from 'cytoscape';

// Okabe-Ito colours (readable with colour-blind vision); line styles, label markers and the fit's word in
// each system's label carry the same meaning, so nothing rests on colour alone.
const LIGHT = { ink: '#222222', paper: '#ffffff', team: '#f6f5ef', teamLine: '#444444', slice: '#eaf2fa', sliceLine: '#6b8fb3', resource: '#eeeeee', api: '#e6f0f8', edge: '#9a9a9a', select: '#000000',
  fits: '#d4eee4', partial: '#fbeccb', misfit: '#f9d9c7', 'no-fit': '#eed6e6', unknown: '#eeeeee' };
const DARK = { ink: '#e6e6e6', paper: '#1e2227', team: '#2a2e35', teamLine: '#b8bec7', slice: '#1f3347', sliceLine: '#6b8fb3', resource: '#353a40', api: '#21354a', edge: '#7d8590', select: '#ffffff',
  fits: '#174b3c', partial: '#5a4714', misfit: '#63331a', 'no-fit': '#4f2a44', unknown: '#3a3f46' };
export const COLOURS = { error: '#D55E00', warning: '#E69F00', info: '#0072B2', cross: '#CC79A7', coupling: '#009E73', operates: '#56B4E9' };

export function graphStyle(isBig: boolean, isDark: boolean): StylesheetJson {
  const c = isDark ? DARK : LIGHT;
  return [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'font-family': 'system-ui, sans-serif', color: c.ink, 'text-valign': 'center', 'text-halign': 'center', 'min-zoomed-font-size': isBig ? 8 : 0, width: 150, height: 40, 'background-color': c.paper, 'border-width': 1, 'border-color': c.teamLine } },
    { selector: 'node[kind = "component"]', style: { shape: 'round-rectangle' } },
    { selector: 'node[kind = "resource"]', style: { shape: 'barrel', 'background-color': c.resource } },
    { selector: 'node[kind = "api"]', style: { shape: 'round-tag', 'background-color': c.api, height: 32 } },
    { selector: ':parent', style: { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -3, 'font-weight': 'bold', padding: '14px' } },
    { selector: 'node[kind = "team"]', style: { shape: 'round-rectangle', 'background-color': c.team, 'border-color': c.teamLine, 'border-width': 2, 'font-size': 14 } },
    { selector: 'node[kind = "slice"]', style: { shape: 'rectangle', 'background-color': c.slice, 'border-color': c.sliceLine, 'font-size': 12 } },
    { selector: 'node[kind = "system"]', style: { shape: 'rectangle', 'font-size': 12, 'text-wrap': 'wrap', 'text-max-width': '140px' } },
    // Departments are few (a hundred at 10,000 components) and their names are the first view: large enough
    // to read when the whole organisation fits the canvas, and drawn at any zoom.
    { selector: 'node[kind = "department"]', style: { shape: 'round-rectangle', width: 200, height: 64, 'font-size': 20, 'min-zoomed-font-size': 0, 'text-wrap': 'wrap', 'background-color': c.team, 'border-color': c.teamLine, 'border-width': 2 } },
    { selector: 'node[kind = "loose"]', style: { shape: 'round-rectangle', 'border-style': 'dashed', 'font-size': 11 } },
    { selector: 'node[?box]', style: { width: 'data(w)', height: 'data(h)', 'text-valign': 'top', 'text-margin-y': -4, 'font-weight': 'bold', 'z-index-compare': 'manual', 'z-index': 0 } },
    { selector: 'node[!box]', style: { 'z-index-compare': 'manual', 'z-index': 2 } },
    { selector: 'edge', style: { 'z-index-compare': 'manual', 'z-index': 1 } },
    ...(['fits', 'partial', 'misfit', 'no-fit', 'unknown'] as const).map((fit) => ({ selector: `node[fit = "${fit}"]`, style: { 'background-color': c[fit] } })),
    { selector: 'node.outside', style: { opacity: 0.55 } },
    { selector: 'node[severity = "error"]', style: { 'border-color': COLOURS.error, 'border-width': 5, 'border-style': 'double' } },
    { selector: 'node[severity = "warning"]', style: { 'border-color': COLOURS.warning, 'border-width': 3, 'border-style': 'dashed' } },
    { selector: 'node[severity = "info"]', style: { 'border-color': COLOURS.info, 'border-width': 2, 'border-style': 'dotted' } },
    { selector: 'edge', style: { width: 'data(width)', 'line-color': c.edge, 'target-arrow-color': c.edge, 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': isBig ? 'straight' : 'bezier', opacity: 0.8 } },
    { selector: 'edge[?isCrossTeam]', style: { 'line-color': COLOURS.cross, 'target-arrow-color': COLOURS.cross, opacity: 1 } },
    { selector: 'edge[kind = "coupling"]', style: { 'line-style': 'dashed', 'line-color': COLOURS.coupling, 'target-arrow-shape': 'none' } },
    { selector: 'edge[kind = "operates"]', style: { 'line-style': 'dotted', 'line-color': COLOURS.operates, 'target-arrow-color': COLOURS.operates } },
    { selector: '.match', style: { 'overlay-color': COLOURS.info, 'overlay-opacity': 0.3, 'overlay-padding': 6 } },
    { selector: ':selected', style: { 'overlay-color': c.select, 'overlay-opacity': 0.2, 'overlay-padding': 6, 'line-color': c.select, 'target-arrow-color': c.select } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
