import type { AnalysisResult } from '../../result/index.js';
import { countsLine } from '../format.js';
import { sanitizeDeep } from '../sanitize.js';
import type { Reporter, ReportOptions } from '../types.js';
import type { HtmlAssets } from './assets.js';
import { dataScripts } from './data-script.js';
import { escapeHtml as h, safeHref } from './escape-html.js';
import { fitTable } from './fit-table.js';
import { filterBar, graphSection } from './graph-section.js';
import { groupsSection, headlinesSection } from './groups-section.js';
import { ruleDocsSection } from './rule-docs-section.js';
import { diagnosticsTable, overview, systemsTable, teamsTable } from './sections.js';
import { buildViewData } from './view-data.js';
import { whatIfSection } from './what-if-section.js';

// Nothing may be fetched: scripts and styles are inline, images only data: URLs.
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

/** One self-contained page: static sections that print and read without script, plus the interactive views. */
export function createHtmlReporter(assets: HtmlAssets): Reporter {
  return (result, options) => renderHtml(result, assets, options);
}

/** In pieces: the page of a big organisation, its embedded data above all, passes V8's string limit as one string. */
export function* renderHtml(result: AnalysisResult, assets: HtmlAssets, options: Partial<ReportOptions> = {}): Generator<string> {
  const title = `teamfit report: ${result.inputs.join(', ') || 'catalog'}`;
  const backstageUrl = options.backstageUrl === undefined ? undefined : safeHref(options.backstageUrl);
  const docs = assets.ruleDocs ?? {};
  const ruleIds = [...new Set(result.findings.map((finding) => finding.ruleId))].sort();
  const data = buildViewData(result, { backstageUrl, ruleDocs: new Set(ruleIds.filter((id) => docs[id] !== undefined)) });
  const section = (id: string, heading: string, body: string) => `<section id="${id}"><h2>${h(heading)}</h2>${body}</section>`;
  const newOnly = result.baseline ? ` · <strong>${result.baseline.new} new since baseline</strong>` : '';
  yield [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${h(title)}</title>`,
    `<style>${assets.style}</style></head><body>`,
    '<header class="top"><div><h1>teamfit report</h1>',
    `<p class="muted">Inputs: ${h(result.inputs.join(', ') || '-')} · teamfit ${h(result.tool.version)} · result schema ${h(result.schemaVersion)} · findings: ${h(countsLine(result.summary.findings))}${newOnly}</p></div>`,
    `<nav aria-label="sections">${result.whatIf ? '<a href="#what-if">What if</a>' : ''}<a href="#first">Act first</a><a href="#graph">Organisation</a><a href="#fit">Fit</a><a href="#systems">Systems</a><a href="#teams">Teams</a><a href="#findings">Findings</a><a href="#rules">Rules</a><a href="#diagnostics">Diagnostics</a></nav></header>`,
    filterBar(data.hasBaseline),
    '<main>',
    result.whatIf ? section('what-if', `What if: ${result.whatIf.plan.title ?? result.whatIf.plan.file}`, whatIfSection(result.whatIf)) : '',
    section('first', 'Act on this first', `${overview(result)}${headlinesSection(result)}`),
    section('graph', 'Organisation', graphSection()),
    section('fit', 'The fit: architecture x fit verdict', `<p class="muted">Each system sits in the cell of the fit it got, with the teams around it and why. Hover a column for what it means.</p>${fitTable(result)}`),
    section('systems', `Systems (${result.systems.length})`, systemsTable(result)),
    section('teams', `Teams (${result.teams.length})`, teamsTable(result)),
    section('findings', `Findings (${result.findings.length})`, `<h3>By root cause</h3>${groupsSection(result)}<h3>One by one</h3><div id="tf-findings" class="findings-table"><noscript>The sortable findings table needs JavaScript; the groups above list every cause.</noscript></div>`),
    section('rules', 'Rule documentation', ruleDocsSection(ruleIds, docs, assets.docsBase)),
    section('diagnostics', `Diagnostics (${result.diagnostics.length})`, diagnosticsTable(result.diagnostics)),
    '</main>',
    '',
  ].join('\n');
  yield* dataScripts(sanitizeDeep(data));
  yield ['', `<script>${assets.script}</script>`, '</body></html>', ''].join('\n');
}
