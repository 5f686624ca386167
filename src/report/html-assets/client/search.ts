import type { ViewData } from '../../html/view-types.js';
import { el } from './data.js';

const MAX_RESULTS = 20;

interface Item { id: string; text: string; label: string; ref: string }

/** Departments, teams, systems and entities whose name or ref contains the query, for the list under the filter bar. */
export class Search {
  private indexed: { nodes: ViewData['nodes']; items: Item[] } | undefined;

  constructor(private readonly data: ViewData, private readonly list: HTMLElement, private readonly onPick: (id: string) => void) {}

  /** Lists the matches and returns their ids (all of them, for highlighting). */
  run(query: string): string[] {
    const needle = query.trim().toLowerCase();
    const matches = needle === '' ? [] : this.haystack().filter((item) => item.text.includes(needle));
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

  // Built on the first search, not at start-up, and again if the component-level data arrived since.
  private haystack(): Item[] {
    const { nodes, systems } = this.data;
    if (this.indexed?.nodes === nodes) return this.indexed.items;
    const items = nodes.filter((node) => node.kind !== 'slice').map((node) => ({ id: node.id, text: `${node.label} ${node.ref}`.toLowerCase(), label: node.label, ref: node.ref }));
    for (const system of systems) items.push({ id: system.ref, text: `${system.label} ${system.ref}`.toLowerCase(), label: system.label, ref: system.ref });
    for (const node of this.data.org.nodes) {
      const label = node.name ?? node.ref;
      if (node.kind === 'department') items.push({ id: node.id, text: `${label} ${node.ref}`.toLowerCase(), label, ref: node.ref });
    }
    this.indexed = { nodes, items };
    return items;
  }
}
