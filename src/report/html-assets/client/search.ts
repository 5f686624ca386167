import type { ViewData } from '../../html/view-types.js';
import { el } from './data.js';

const MAX_RESULTS = 20;

/** Teams, systems and entities whose name or ref contains the query, for the list under the filter bar. */
export class Search {
  private readonly haystack: Array<{ id: string; text: string; label: string; ref: string }>;

  constructor(data: ViewData, private readonly list: HTMLElement, private readonly onPick: (id: string) => void) {
    this.haystack = data.nodes.filter((node) => node.kind !== 'slice').map((node) => ({ id: node.id, text: `${node.label} ${node.ref}`.toLowerCase(), label: node.label, ref: node.ref }));
    for (const system of data.systems) this.haystack.push({ id: system.ref, text: `${system.label} ${system.ref}`.toLowerCase(), label: system.label, ref: system.ref });
  }

  /** Lists the matches and returns their ids (all of them, for highlighting). */
  run(query: string): string[] {
    const needle = query.trim().toLowerCase();
    const matches = needle === '' ? [] : this.haystack.filter((item) => item.text.includes(needle));
    this.list.replaceChildren();
    for (const match of matches.slice(0, MAX_RESULTS)) {
      const button = el('button', `${match.label} (${match.ref})`);
      button.type = 'button';
      button.addEventListener('click', () => this.onPick(match.id));
      const item = el('li');
      item.append(button);
      this.list.append(item);
    }
    if (matches.length > MAX_RESULTS) this.list.append(el('li', `... ${matches.length - MAX_RESULTS} more`, 'muted'));
    return matches.map((match) => match.id);
  }
}
