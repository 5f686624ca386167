import type { StylesheetJson } from 'cytoscape';

// Okabe-Ito colours (readable with colour-blind vision); line styles and label markers carry the same meaning.
export const COLOURS = { error: '#D55E00', warning: '#E69F00', info: '#0072B2', cross: '#CC79A7', coupling: '#009E73', operates: '#56B4E9', edge: '#9a9a9a', ink: '#222222' };

export function graphStyle(isBig: boolean): StylesheetJson {
  return [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'font-family': 'system-ui, sans-serif', color: COLOURS.ink, 'text-valign': 'center', 'text-halign': 'center', 'min-zoomed-font-size': isBig ? 9 : 0, width: 150, height: 40, 'background-color': '#ffffff', 'border-width': 1, 'border-color': '#555555' } },
    { selector: 'node[kind = "component"]', style: { shape: 'round-rectangle' } },
    { selector: 'node[kind = "resource"]', style: { shape: 'barrel', 'background-color': '#eeeeee' } },
    { selector: 'node[kind = "api"]', style: { shape: 'round-tag', 'background-color': '#e6f0f8', height: 32 } },
    { selector: ':parent', style: { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -3, 'font-weight': 'bold', padding: '14px' } },
    { selector: 'node[kind = "team"]', style: { shape: 'round-rectangle', 'background-color': '#f6f5ef', 'border-color': '#444444', 'border-width': 2, 'font-size': 14 } },
    { selector: 'node[kind = "slice"]', style: { shape: 'rectangle', 'background-color': '#eaf2fa', 'border-color': '#6b8fb3', 'font-size': 12 } },
    { selector: 'node[severity = "error"]', style: { 'border-color': COLOURS.error, 'border-width': 5, 'border-style': 'double' } },
    { selector: 'node[severity = "warning"]', style: { 'border-color': COLOURS.warning, 'border-width': 3, 'border-style': 'dashed' } },
    { selector: 'node[severity = "info"]', style: { 'border-color': COLOURS.info, 'border-width': 2, 'border-style': 'dotted' } },
    { selector: 'edge', style: { width: 1, 'line-color': COLOURS.edge, 'target-arrow-color': COLOURS.edge, 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': isBig ? 'straight' : 'bezier', opacity: 0.8 } },
    { selector: 'edge[?isCrossTeam]', style: { width: 3, 'line-color': COLOURS.cross, 'target-arrow-color': COLOURS.cross, opacity: 1 } },
    { selector: 'edge[kind = "coupling"]', style: { width: 'data(width)', 'line-style': 'dashed', 'line-color': COLOURS.coupling, 'target-arrow-shape': 'none' } },
    { selector: 'edge[kind = "operates"]', style: { width: 2, 'line-style': 'dotted', 'line-color': COLOURS.operates, 'target-arrow-color': COLOURS.operates } },
    { selector: '.match', style: { 'overlay-color': '#0072B2', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: ':selected', style: { 'overlay-color': '#000000', 'overlay-opacity': 0.15, 'overlay-padding': 6, 'line-color': '#000000', 'target-arrow-color': '#000000' } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
