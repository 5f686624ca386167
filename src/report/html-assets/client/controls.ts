import type { ViewData } from '../../html/view-types.js';
import { byId, el } from './data.js';
import type { ViewState } from './state.js';

/** The filter bar's inputs, filled from the data and set from the state; every change calls `onChange`. */
export function setupControls(data: ViewData, state: ViewState, onChange: () => void): void {
  const search = byId('tf-search', HTMLInputElement);
  const team = byId('tf-team', HTMLSelectElement);
  const system = byId('tf-system', HTMLSelectElement);
  const rule = byId('tf-rule', HTMLSelectElement);
  const severity = byId('tf-severity', HTMLSelectElement);
  const isNew = document.getElementById('tf-new');
  const fill = (select: HTMLSelectElement, items: Array<[string, string]>) => {
    const fragment = document.createDocumentFragment();
    for (const [value, label] of items) {
      const option = el('option', label);
      option.value = value;
      fragment.append(option);
    }
    select.append(fragment);
  };
  fill(team, [...data.teams].sort((a, b) => a.label.localeCompare(b.label)).map((item) => [item.id, item.label]));
  fill(system, [...data.systems].sort((a, b) => a.label.localeCompare(b.label)).map((item) => [item.ref, item.label]));
  fill(rule, data.rules.map((id) => [id, id]));

  const show = () => {
    search.value = state.q;
    team.value = state.team;
    system.value = state.system;
    rule.value = state.rule;
    severity.value = state.sev;
    if (isNew instanceof HTMLInputElement) isNew.checked = state.isNew;
  };
  show();
  const read = () => {
    state.team = team.value;
    state.system = system.value;
    state.rule = rule.value;
    state.sev = severity.value;
    state.isNew = isNew instanceof HTMLInputElement && isNew.checked;
    onChange();
  };
  for (const select of [team, system, rule, severity]) select.addEventListener('change', read);
  isNew?.addEventListener('change', read);
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    // One filter pass per pause in typing, not per keystroke, on a catalog of thousands.
    timer = setTimeout(() => {
      state.q = search.value.trim();
      onChange();
    }, 120);
  });
  byId('tf-clear', HTMLButtonElement).addEventListener('click', () => {
    Object.assign(state, { q: '', team: '', system: '', rule: '', sev: '', group: '', isNew: false });
    show();
    onChange();
  });
}
