import type { Core } from 'cytoscape';
import type { SeverityName, ViewData, ViewNode } from '../../html/view-types.js';
import { byId, el } from './data.js';
import { fitToNodes } from './viewport.js';

const RANK: Record<SeverityName, number> = { error: 0, warning: 1, info: 2 };

/** System, team and severity filters: a node stays visible when it passes all three; its boxes stay with it. */
export function setupFilters(cy: Core, data: ViewData): void {
  const system = byId('tf-system', HTMLSelectElement);
  const team = byId('tf-team', HTMLSelectElement);
  const severity = byId('tf-severity', HTMLSelectElement);
  for (const item of data.systems) system.append(option(item.ref, item.label));
  for (const item of [...data.teams].sort((a, b) => a.label.localeCompare(b.label))) team.append(option(item.id, item.label));
  const parents = new Map(data.nodes.map((node) => [node.id, node.parent]));

  const apply = () => {
    const wanted = (node: ViewNode): boolean =>
      (system.value === '' || node.system === system.value) &&
      (team.value === '' || node.team === team.value) &&
      (severity.value === '' || (node.severity !== undefined && RANK[node.severity] <= RANK[severity.value as SeverityName]));
    const visible = new Set<string>();
    for (const node of data.nodes) {
      if (!wanted(node)) continue;
      // A visible node keeps the boxes around it.
      for (let id: string | undefined = node.id; id !== undefined && !visible.has(id); id = parents.get(id)) visible.add(id);
    }
    const isAll = system.value === '' && team.value === '' && severity.value === '';
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        if (isAll || visible.has(node.id())) node.removeClass('hidden');
        else node.addClass('hidden');
      });
    });
    fitToNodes(cy, isAll ? data.nodes : data.nodes.filter((node) => visible.has(node.id)));
  };
  for (const select of [system, team, severity]) select.addEventListener('change', apply);
}

function option(value: string, label: string): HTMLOptionElement {
  const element = el('option', label);
  element.value = value;
  return element;
}
