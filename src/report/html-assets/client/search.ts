import type { Core } from 'cytoscape';
import type { ViewData } from '../../html/view-types.js';
import { byId, el } from './data.js';

const MAX_RESULTS = 20;

/** Search by name or ref: matches are highlighted and listed; Enter (or a click) selects one. */
export function setupSearch(cy: Core, data: ViewData, select: (id: string) => void): void {
  const input = byId('tf-search', HTMLInputElement);
  const results = byId('tf-results', HTMLUListElement);
  const status = byId('tf-status', HTMLElement);
  const haystack = data.nodes.map((node) => ({ id: node.id, text: `${node.label} ${node.ref}`.toLowerCase(), label: node.label, ref: node.ref }));
  let first: string | undefined;
  const run = () => {
    const query = input.value.trim().toLowerCase();
    const matches = query === '' ? [] : haystack.filter((item) => item.text.includes(query));
    first = matches[0]?.id;
    cy.batch(() => {
      cy.elements('.match').removeClass('match');
      for (const match of matches) cy.getElementById(match.id).addClass('match');
    });
    results.replaceChildren();
    for (const match of matches.slice(0, MAX_RESULTS)) {
      const button = el('button', `${match.label} (${match.ref})`);
      button.type = 'button';
      button.addEventListener('click', () => select(match.id));
      const item = el('li');
      item.append(button);
      results.append(item);
    }
    status.textContent = query === '' ? '' : `${matches.length} match${matches.length === 1 ? '' : 'es'}${matches.length > MAX_RESULTS ? `, first ${MAX_RESULTS} listed` : ''}`;
  };
  input.addEventListener('input', run);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && first !== undefined) select(first);
  });
}
