import type { Core } from 'cytoscape';
import type { LayoutNode } from '../../html/layout.js';

// Half a leaf plus its boxes' padding and labels, so the outermost boxes stay in view.
const MARGIN = 140;

/**
 * Fit the view to nodes from their precomputed positions. cytoscape's own fit measures every label and
 * edge for the bounding box, which takes seconds on a big organisation; this is one pass over numbers.
 */
export function fitToNodes(cy: Core, nodes: Iterable<LayoutNode>): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    if (node.x === undefined || node.y === undefined) continue;
    minX = Math.min(minX, node.x);
    maxX = Math.max(maxX, node.x);
    minY = Math.min(minY, node.y);
    maxY = Math.max(maxY, node.y);
  }
  if (minX === Infinity) return;
  const width = maxX - minX + 2 * MARGIN;
  const height = maxY - minY + 2 * MARGIN;
  const zoom = Math.min(cy.width() / width, cy.height() / height, cy.maxZoom());
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (minX + maxX) / 2, y: cy.height() / 2 - zoom * (minY + maxY) / 2 } });
}
