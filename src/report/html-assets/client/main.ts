import type { OrgNode, ViewData } from '../../html/view-types.js';
import { setClass } from './classes.js';
import { byId, readData } from './data.js';
import { Details } from './details.js';
import { findingPasses } from './filter.js';
import { FindingsTable } from './findings-table.js';
import { Graph } from './graph.js';
import { setupControls } from './controls.js';
import { setupKeyboard } from './keyboard.js';
import { Panel } from './panel.js';
import { setupPrint } from './print.js';
import { Search } from './search.js';
import { makeSortable } from './sortable.js';
import { readState, writeState } from './state.js';
import { visibleIds } from './visibility.js';

declare global {
  interface Window {
    /** For tests and curious readers: the graph and when it became interactive (ms since navigation). */
    teamfit?: { cy: Graph['cy']; graph: Graph; data: ViewData; readyAt?: number; detailsAt?: number; timings?: Record<string, number> };
  }
}

async function start(): Promise<void> {
  const started = performance.now();
  const data = readData();
  const parsed = performance.now();
  const state = readState(location.search);
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const container = byId('tf-cy', HTMLDivElement);
  const graph = new Graph(container, data, dark.matches);
  const exposed: NonNullable<Window['teamfit']> = { cy: graph.cy, graph, data };
  const markLoaded = () => {
    exposed.detailsAt = performance.now();
    document.documentElement.dataset['detailsReady'] = 'true';
  };
  const details = new Details(data, markLoaded);
  if (details.isLoaded) markLoaded();
  // What needs the component-level data (everything but drawing the organisation) waits for it.
  const later = (action: () => void) => details.whenLoaded(action);
  // A department needs only its teams and systems.
  const laterOrg = (action: () => void) => details.whenOrgLoaded(action);
  dark.addEventListener('change', () => graph.setDark(dark.matches));
  const where = byId('tf-where', HTMLElement);
  const back = byId('tf-back', HTMLButtonElement);
  const status = byId('tf-status', HTMLElement);
  const passes = (finding: ViewData['findings'][number]) => findingPasses(finding, state, data);

  // A department opens from the organisation data alone; anything deeper waits for the component data.
  const panel = new Panel(byId('tf-details', HTMLElement), { data, passes, open: (id) => (isDepartment(id) ? laterOrg(() => open(id)) : later(() => open(id))), select: (id) => later(() => select(id)) });
  const table = new FindingsTable(byId('tf-findings', HTMLElement), data, (index) => later(() => {
    panel.showFinding(index);
    byId('graph', HTMLElement).scrollIntoView();
  }));
  const search = new Search(data, byId('tf-results', HTMLElement), (id) => later(() => select(id)));

  const showSelection = () => {
    const id = state.sel;
    if (id === '') return panel.clear('Click a department, team or system (or move with the arrow keys and press Enter) to open its components, evidence and findings.');
    const element = graph.cy.getElementById(id);
    if (element.nonempty() && element.hasClass('hidden')) return panel.clear('The selection is hidden by the filters.');
    const orgNode = graph.level.kind === 'drill' ? undefined : graph.orgNode(id);
    if (orgNode) return panel.showOrgNode(orgNode);
    const node = graph.index.nodes.get(id);
    if (node) panel.showNode(node);
  };

  const applyFilters = () => {
    const visible = visibleIds(data, graph.orgShown(), state);
    const matches = new Set(search.run(state.q));
    graph.cy.batch(() => {
      setClass(graph.cy.elements('node'), 'hidden', (id) => visible !== undefined && !visible.has(id));
      setClass(graph.cy.elements(), 'match', (id) => matches.has(id));
    });
    if (visible !== undefined) graph.fit();
    table.update(passes);
    showSelection();
    const shown = visible === undefined ? graph.cy.nodes().length : graph.cy.nodes().filter((node) => visible.has(node.id())).length;
    status.textContent = `${shown} of ${graph.cy.nodes().length} nodes shown`;
    writeState(state);
  };

  const showLevel = () => {
    back.hidden = graph.level.kind === 'org';
    back.textContent = graph.level.kind === 'drill' && parentDepartment() !== undefined ? 'Back to the department' : 'Back to the organisation';
    where.textContent = graph.level.kind === 'org' ? `Organisation: ${ORG_VIEWS[data.org.mode]}` : graph.level.title;
  };

  /** The department around what is open at the component level, when the first view shows departments. */
  const parentDepartment = (): string | undefined => {
    if (graph.level.kind !== 'drill') return undefined;
    const id = graph.level.id;
    return graph.departmentOf(id) ?? data.org.inner?.nodes.find((node) => node.kind === 'system' && node.ref === id)?.department;
  };

  const isDepartment = (id: string) => graph.orgNode(id)?.kind === 'department';

  function open(id: string): void {
    const target = graph.level.kind !== 'org' && graph.level.id === id;
    if (!target && !(isDepartment(id) ? graph.openDepartment(id) : graph.open(id))) return;
    state.open = id;
    showLevel();
    applyFilters();
  }

  /** A click (or Enter) on an organisation-level node: a department opens at once, a team or system once the component data is there. */
  function openOrgNode(orgNode: OrgNode): void {
    const act = () => {
      open(orgNode.kind === 'system' ? orgNode.ref : orgNode.kind === 'department' ? orgNode.id : orgNode.team);
      state.sel = orgNode.kind === 'system' || orgNode.kind === 'department' ? orgNode.id : orgNode.team;
      graph.cy.getElementById(state.sel).select();
      showSelection();
      writeState(state);
    };
    if (orgNode.kind === 'department') laterOrg(act);
    else later(act);
  }

  function select(id: string): void {
    // A department not drawn here (the level below the organisation) opens; drawn, it is only selected.
    if (isDepartment(id)) {
      if (graph.cy.getElementById(id).empty()) open(id);
      graph.cy.elements().unselect();
      graph.cy.getElementById(id).select();
      state.sel = id;
      showSelection();
      return writeState(state);
    }
    const node = graph.index.nodes.get(id);
    if (graph.cy.getElementById(id).empty()) {
      // Teams and systems open their own graph; anything else opens its team's.
      const scope = id.startsWith('system:') || node?.kind === 'team' ? id : node?.kind === 'slice' ? node.system ?? node.team : node?.team;
      if (scope === undefined) return;
      open(scope);
    }
    const element = graph.cy.getElementById(id);
    graph.cy.elements().unselect();
    if (element.nonempty()) {
      element.select();
      graph.cy.animate({ center: { eles: element }, zoom: Math.max(graph.cy.zoom(), 0.9) }, { duration: 200 });
    }
    state.sel = id;
    showSelection();
    writeState(state);
  }

  graph.cy.on('tap', 'node', (event) => {
    const id = event.target.id() as string;
    // At the organisation level a click opens the department, team or system; its details go to the panel.
    const orgNode = graph.level.kind === 'drill' ? undefined : graph.orgNode(id);
    if (orgNode) return openOrgNode(orgNode);
    later(() => {
      state.sel = id;
      showSelection();
      writeState(state);
    });
  });
  graph.cy.on('tap', 'edge', (event) => {
    const id = event.target.id() as string;
    const level = graph.level.kind;
    const orgEdges = level === 'org' ? data.org.edges : level === 'department' ? data.org.inner?.edges : undefined;
    if (orgEdges) {
      const edge = orgEdges.find((item) => item.id === id);
      if (edge) panel.showEdge(edge);
      return;
    }
    later(() => {
      const edge = data.edges.find((item) => item.id === id);
      if (edge) panel.showEdge(edge);
    });
  });

  // Back goes one level up: from a team's components to its department (when the first view shows
  // departments), from a department to the organisation.
  const goBack = () => {
    if (graph.level.kind === 'org') return;
    const department = parentDepartment();
    if (department !== undefined && graph.openDepartment(department)) state.open = department;
    else {
      graph.showOrg();
      state.open = '';
    }
    state.sel = '';
    showLevel();
    applyFilters();
  };
  back.addEventListener('click', goBack);
  byId('tf-fit', HTMLButtonElement).addEventListener('click', () => graph.fit());
  setupKeyboard(container, graph.cy, {
    activate: (id) => {
      const target = id.startsWith('open:') ? id.slice('open:'.length) : undefined;
      const orgNode = target === undefined || graph.level.kind === 'drill' ? undefined : graph.orgNode(target);
      if (orgNode) return openOrgNode(orgNode);
      later(() => {
        if (target !== undefined) return byId('tf-details', HTMLElement).focus();
        state.sel = id;
        showSelection();
        writeState(state);
      });
    },
    back: goBack,
    fit: () => graph.fit(),
  });
  setupControls(data, state, () => later(applyFilters));
  for (const element of document.querySelectorAll<HTMLTableElement>('table.sortable')) makeSortable(element);
  followLinks(state, (id) => later(() => open(id)), () => later(applyFilters));
  setupPrint(graph.cy, container.parentElement ?? container);

  // A shared link (a team opened, a selection, a filter) needs the component-level data for its first view;
  // a department opened (or selected) needs only the organisation's.
  const needsDetails = Object.entries(state).some(([key, value]) => value !== '' && value !== false && !((key === 'open' || key === 'sel') && typeof value === 'string' && isDepartment(value)));
  if (needsDetails) await details.load();
  else if (state.open !== '') await details.loadOrg();
  if (state.open !== '' && (isDepartment(state.open) ? graph.openDepartment(state.open) : graph.open(state.open))) showLevel();
  else {
    state.open = '';
    graph.showOrg();
    showLevel();
  }
  const created = performance.now();
  applyFilters();
  if (state.sel !== '') select(state.sel);
  window.teamfit = exposed;
  graph.cy.one('render', () => {
    exposed.readyAt = performance.now();
    exposed.timings = { scriptStart: started, parseData: parsed - started, buildGraph: created - parsed, firstRender: exposed.readyAt - created };
    document.documentElement.dataset['graphReady'] = 'true';
    // Once the organisation is on screen, unpack the rest.
    setTimeout(() => void details.load(), 0);
  });
}

const ORG_VIEWS: Record<ViewData['org']['mode'], string> = {
  systems: 'teams (boxes) and the systems they own',
  teams: 'one node per team (click one for its systems and components)',
  departments: 'one node per department (click one for its teams and systems, then a team or system for its components)',
};

/** Links in the static sections that name a team, system or root cause act in the page (no reload). */
function followLinks(state: ReturnType<typeof readState>, open: (id: string) => void, apply: () => void): void {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-system], a[data-team], a[data-group]') : null;
    if (!link) return;
    event.preventDefault();
    const { system, team, group } = link.dataset;
    if (group !== undefined) {
      state.group = group;
      apply();
      document.getElementById('findings')?.scrollIntoView();
      return;
    }
    const id = system ?? team;
    if (id !== undefined) {
      open(id);
      document.getElementById('graph')?.scrollIntoView();
    }
  });
}

// Let the static sections paint first: the page is readable while the graph is being built.
requestAnimationFrame(() => setTimeout(() => void start(), 0));
