/** The graph's frame: controls, canvas and details panel. The page's script fills them from the embedded data. */
export function graphSection(): string {
  return `<div class="graph-tools" role="search">
<label>Search <input id="tf-search" type="search" placeholder="name or ref" autocomplete="off"></label>
<label>System <select id="tf-system"><option value="">all systems</option></select></label>
<label>Team <select id="tf-team"><option value="">all teams</option></select></label>
<label>Findings <select id="tf-severity"><option value="">any</option><option value="error">errors</option><option value="warning">warnings or worse</option><option value="info">any finding</option></select></label>
<button id="tf-fit" type="button">Fit to view</button>
<span id="tf-status" class="muted" aria-live="polite"></span>
</div>
<ul id="tf-results" class="results" aria-label="search results"></ul>
<div class="graph-wrap"><div id="tf-cy" class="cy" aria-label="organisation graph"><noscript>The interactive graph needs JavaScript; the sections above and below hold the same data.</noscript></div>
<aside id="tf-details" class="details" aria-live="polite"><p class="muted">Click a box, node or edge to see its evidence and findings.</p></aside></div>
<div class="legend">
<span><i class="lg-team"></i> team (owner) box</span><span><i class="lg-slice"></i> system box: the part a team owns</span>
<span><i class="lg-component"></i> component</span><span><i class="lg-resource"></i> resource</span><span><i class="lg-api"></i> API</span>
<span><i class="lg-dep"></i> dependency</span><span><i class="lg-cross"></i> cross-team dependency (thick)</span><span><i class="lg-coupling"></i> coupling (dashed, width = strength)</span><span><i class="lg-operates"></i> runs what another team built (dotted)</span>
<span><strong>!! error</strong>, <strong>! warning</strong>, <strong>i info</strong>: finding markers in labels</span>
</div>`;
}
