/** The filters every view follows: graph, details panel and findings table. The page's script fills the lists. */
export function filterBar(hasBaseline: boolean): string {
  const baseline = hasBaseline ? '<label><input id="tf-new" type="checkbox"> new since baseline only</label>' : '';
  return `<div class="filters" id="tf-filters" role="search" aria-label="filters">
<label>Search <input id="tf-search" type="search" placeholder="name or ref" autocomplete="off"></label>
<label>Team <select id="tf-team"><option value="">all teams</option></select></label>
<label>System <select id="tf-system"><option value="">all systems</option></select></label>
<label>Rule <select id="tf-rule"><option value="">all rules</option></select></label>
<label>Severity <select id="tf-severity"><option value="">any</option><option value="error">errors</option><option value="warning">warnings or worse</option><option value="info">with a finding</option></select></label>
${baseline}<button id="tf-clear" type="button">Clear</button>
<span id="tf-status" class="muted" aria-live="polite"></span>
</div>
<ul id="tf-results" class="results" aria-label="search results"></ul>`;
}

/** The graph's frame: where we are, the canvas and the details panel. */
export function graphSection(): string {
  return `<nav class="crumbs" aria-label="graph level"><button id="tf-back" type="button" hidden>Back to the organisation</button> <span id="tf-where">Organisation: teams and their systems</span> <button id="tf-fit" type="button">Fit to view</button></nav>
<div class="graph-wrap"><div id="tf-cy" class="cy" tabindex="0" role="application" aria-roledescription="graph" aria-label="organisation graph: arrow keys move between nodes, Enter opens one, Escape goes back"><noscript>The interactive graph needs JavaScript; the sections above and below hold the same data.</noscript></div>
<aside id="tf-details" class="details" aria-live="polite" tabindex="-1"><p class="muted">Click a department, team or system (or move with the arrow keys and press Enter) to open its components, evidence and findings.</p></aside></div>
<div class="legend">
<span><i class="lg-team"></i> team (owner), or on a big catalog a department (its teams one click deeper)</span><span><i class="lg-slice"></i> system (the part a team owns)</span>
<span><i class="lg-fits"></i> fits</span><span><i class="lg-partial"></i> partial</span><span><i class="lg-misfit"></i> misfit</span><span><i class="lg-no-fit"></i> no fit</span><span><i class="lg-unknown"></i> unknown</span>
<span><i class="lg-dep"></i> dependencies (width: how many)</span><span><i class="lg-cross"></i> across teams</span><span><i class="lg-coupling"></i> coupling (dashed)</span><span><i class="lg-operates"></i> runs what another team built (dotted)</span>
<span><strong>!! error</strong>, <strong>! warning</strong>, <strong>i info</strong>: finding markers in labels</span>
</div>`;
}
