import type { AnalysisResult } from '../../result/index.js';
import { countsLine } from '../format.js';
import { sanitizeDeep } from '../sanitize.js';
import type { Reporter } from '../types.js';
import type { HtmlAssets } from './assets.js';
import { escapeHtml as h, jsonForScriptPieces } from './escape-html.js';
import { fitTable } from './fit-table.js';
import { diagnosticsTable, findingDetails, findingsBySeverity, overview, systemsTable, teamsTable } from './sections.js';
import { graphSection } from './graph-section.js';
import { buildViewData } from './view-data.js';

// Nothing may be fetched: scripts and styles are inline, images only data: URLs.
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

/** One self-contained page: static sections that print and read without script, plus the interactive graph. */
export function createHtmlReporter(assets: HtmlAssets): Reporter {
  return (result) => renderHtml(result, assets);
}

/** In pieces: the page of a big organisation, its embedded data above all, passes V8's string limit as one string. */
export function* renderHtml(result: AnalysisResult, assets: HtmlAssets): Generator<string> {
  const title = `teamfit report: ${result.inputs.join(', ') || 'catalog'}`;
  const section = (id: string, heading: string, body: string) => `<section id="${id}"><h2>${h(heading)}</h2>${body}</section>`;
  yield [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${assets.style}</style></head><body>`,
    '<header class="top"><div><h1>teamfit report</h1>',
    `<p class="muted">Inputs: ${h(result.inputs.join(', ') || '-')} · teamfit ${h(result.tool.version)} · result schema ${h(result.schemaVersion)} · findings: ${h(countsLine(result.summary.findings))}</p></div>`,
    '<nav><a href="#overview">Overview</a><a href="#fit">Fit</a><a href="#graph">Graph</a><a href="#findings">Findings</a><a href="#diagnostics">Diagnostics</a></nav></header>',
    '<main>',
    section('overview', 'Overview', `${overview(result)}<h3>Systems</h3>${systemsTable(result)}<h3>Teams</h3>${teamsTable(result)}<h3>Findings by severity</h3><div class="sev-groups">${findingsBySeverity(result)}</div>`),
    section('fit', 'The fit: architecture x team structure', `<p class="muted">The model's table; each system appears in its architecture's row under the structure of every team that owns, runs or supports it.</p>${fitTable(result)}`),
    section('graph', 'Organisation graph', graphSection()),
    section('findings', `Findings (${result.findings.length})`, findingDetails(result.findings)),
    section('diagnostics', `Diagnostics (${result.diagnostics.length})`, diagnosticsTable(result.diagnostics)),
    '</main>',
    '<script type="application/json" id="teamfit-data">',
  ].join('\n');
  yield* jsonForScriptPieces(sanitizeDeep(buildViewData(result)));
  yield ['</script>', `<script>${assets.script}</script>`, '</body></html>', ''].join('\n');
}
