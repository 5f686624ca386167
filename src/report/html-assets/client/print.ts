import type { Core } from 'cytoscape';

/**
 * Printing: a canvas prints at screen size and cut off, so before printing the graph is drawn whole into
 * an image that the print stylesheet fits to the page, and the root-cause groups are opened.
 */
export function setupPrint(cy: Core, wrap: HTMLElement): void {
  window.addEventListener('beforeprint', () => {
    let image = wrap.querySelector<HTMLImageElement>('img.graph-print');
    if (!image) {
      image = document.createElement('img');
      image.className = 'graph-print';
      image.alt = 'The graph as shown on screen, whole';
      wrap.prepend(image);
    }
    image.src = cy.png({ full: true, maxWidth: 2400, maxHeight: 3200, bg: '#ffffff' });
    for (const group of document.querySelectorAll<HTMLDetailsElement>('details.group')) group.open = true;
  });
}
