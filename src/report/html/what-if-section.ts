import type { Finding, WhatIfResult } from '../../result/index.js';
import { percent } from '../format.js';
import { whatIfTables } from '../what-if/sections.js';
import { escapeHtml as h } from './escape-html.js';
import { shortName } from './relations.js';
import { table } from './sections.js';

type Side<T> = T | undefined;

/**
 * A what-if plan in the report of the organisation after it: the changes, then before and after side by
 * side (measures, each system's architecture and fit, each team's structure, the findings gone and new).
 * Everything is static HTML: it prints and reads without script.
 */
export function whatIfSection(whatIf: WhatIfResult): string {
  const changes = whatIf.plan.changes.map((c) => `<li><span class="tag">${h(c.action)}</span> ${h(c.text)}${c.why ? ` <span class="muted">(${h(c.why)})</span>` : ''}</li>`).join('');
  const [measures, , , moves] = whatIfTables(whatIf);
  const measureRows = (measures?.rows ?? []).map(([name = '', before = '', after = '']) => `<tr><th scope="row">${h(name)}</th><td class="before">${h(before)}</td><td class="after${before === after ? '' : ' changed'}">${h(after)}</td></tr>`);
  const moveRows = (moves?.rows ?? []).map((row) => `<tr>${row.map((cell) => `<td>${h(cell)}</td>`).join('')}</tr>`);
  const systems = whatIf.systems.filter((s) => s.changed);
  const teams = whatIf.teams.filter((t) => t.changed);
  const systemRows = systems.map((s) => row(s.ref, s.title, systemCell(s.before), systemCell(s.after)));
  const teamRows = teams.map((t) => row(t.ref, t.title, teamCell(t.before), teamCell(t.after)));
  const { disappear, appear, changed, unchanged } = whatIf.findings;
  return [
    `<p class="muted">This report shows the organisation <strong>after</strong> the plan ${h(whatIf.plan.title ?? whatIf.plan.file)}; nothing was written. Before and after, side by side:</p>`,
    `<ol class="whatif-changes">${changes}</ol>`,
    '<h3>Measures</h3>',
    table(['measure', 'before', 'after'], measureRows, 'tf-whatif-measures'),
    `<h3>Systems that change (${systems.length} of ${whatIf.systems.length})</h3>`,
    systems.length === 0 ? '<p class="muted">No system changes its architecture, fit or owners.</p>' : table(['system', 'before', 'after'], systemRows, 'tf-whatif-systems'),
    `<h3>Teams that change (${teams.length} of ${whatIf.teams.length})</h3>`,
    teams.length === 0 ? '<p class="muted">No team changes its structure, members or what it owns.</p>' : table(['team', 'before', 'after'], teamRows, 'tf-whatif-teams'),
    ...(moveRows.length > 0 ? ['<h3>Ownership moves</h3>', table(moves?.headers ?? [], moveRows, 'tf-whatif-moves')] : []),
    `<h3>Findings: ${disappear.length} gone, ${appear.length} new, ${changed.length} changed, ${unchanged} unchanged</h3>`,
    '<div class="whatif-sides">',
    `<div class="whatif-side" id="tf-whatif-gone"><h4>Gone</h4>${findingList(disappear)}</div>`,
    `<div class="whatif-side" id="tf-whatif-new"><h4>New</h4>${findingList(appear)}</div>`,
    '</div>',
    ...(changed.length > 0 ? [`<h4>Changed</h4><ul class="whatif-findings" id="tf-whatif-changed">${changed.map((c) => `<li><span class="sev sev-${h(c.severity)}">${h(c.severity)}</span> <code>${h(c.ruleId)}</code> ${h(shortName(c.subject))}: <del>${h(c.before)}</del> <ins>${h(c.after)}</ins></li>`).join('')}</ul>`] : []),
  ].join('');
}

function row(ref: string, title: string | undefined, before: string, after: string): string {
  const changed = before === after ? '' : ' changed';
  return `<tr><th scope="row">${h(shortName(ref))}${title ? `<div class="muted">${h(title)}</div>` : ''}</th><td class="before">${before}</td><td class="after${changed}">${after}</td></tr>`;
}

function systemCell(side: Side<WhatIfResult['systems'][number]['before']>): string {
  if (!side) return '<span class="muted">(none)</span>';
  return `<span class="tag arch-${h(side.architecture)}">${h(side.architecture)}</span> ${percent(side.confidence)} · fit <span class="tag fit-${h(side.fit)}">${h(side.fit)}</span><div class="muted">owners: ${h(side.owners.map(shortName).join(', ') || 'none')}</div>`;
}

function teamCell(side: Side<WhatIfResult['teams'][number]['before']>): string {
  if (!side) return '<span class="muted">(none)</span>';
  return `<span class="tag structure">${h(side.structure)}</span> ${percent(side.confidence)}<div class="muted">${side.members} members, owns ${side.owns}</div>`;
}

function findingList(findings: readonly Finding[]): string {
  if (findings.length === 0) return '<p class="muted">None.</p>';
  return `<ul class="whatif-findings">${findings.map((f) => `<li><span class="sev sev-${h(f.severity)}">${h(f.severity)}</span> <code>${h(f.ruleId)}</code> ${h(shortName(f.subject))}: ${h(f.message)}</li>`).join('')}</ul>`;
}
