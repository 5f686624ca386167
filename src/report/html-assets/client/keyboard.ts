import type { Core, NodeSingular } from 'cytoscape';

/** What the keys do besides moving: open the node, go back, fit. */
export interface KeyActions {
  activate: (id: string) => void;
  back: () => void;
  fit: () => void;
}

/**
 * Keyboard access to the graph (focus it with Tab): arrow keys move the selection to the nearest visible
 * node in that direction, Enter opens or shows it, Escape goes back to the organisation, + and - zoom,
 * 0 fits the view. Moving centres the node so it is never off screen.
 */
export function setupKeyboard(container: HTMLElement, cy: Core, actions: KeyActions): void {
  container.addEventListener('keydown', (event) => {
    const current = cy.nodes(':selected').first();
    const direction = ({ ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] } as Record<string, [number, number]>)[event.key];
    if (direction) {
      const next = current.empty() ? first(cy) : nearest(cy, current, direction);
      if (next) {
        cy.elements().unselect();
        next.select();
        cy.center(next);
        actions.activate(next.id());
      }
    } else if (event.key === 'Enter' && current.nonempty()) actions.activate(`open:${current.id()}`);
    else if (event.key === 'Escape') actions.back();
    else if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (event.key === '0') actions.fit();
    else return;
    event.preventDefault();
  });
}

function candidates(cy: Core): NodeSingular[] {
  return cy.nodes().filter((node) => !node.hasClass('hidden') && node.isChildless()).toArray() as NodeSingular[];
}

function first(cy: Core): NodeSingular | undefined {
  return candidates(cy).sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x'))[0];
}

/** The closest node whose direction from here is within 45 degrees of the arrow's. */
function nearest(cy: Core, from: NodeSingular, [dx, dy]: [number, number]): NodeSingular | undefined {
  const origin = from.position();
  let best: NodeSingular | undefined;
  let bestScore = Infinity;
  for (const node of candidates(cy)) {
    if (node.id() === from.id()) continue;
    const x = node.position('x') - origin.x;
    const y = node.position('y') - origin.y;
    const along = x * dx + y * dy;
    const across = Math.abs(x * dy - y * dx);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = node;
    }
  }
  return best;
}
