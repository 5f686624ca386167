import type { AnalysisResult, Diagnostic } from '../../result/index.js';
import { countsLine, distribution, percent, position } from '../format.js';
import { inferredNote } from '../inferred.js';
import { confidenceNote } from './confidence-note.js';
import { escapeHtml as h } from './escape-html.js';
import { shortName } from './relations.js';

const LIST_LIMIT = 6;
const names = (refs: readonly string[]): string =>
  refs.length === 0 ? '<span class="muted">none</span>' : h(refs.slice(0, LIST_LIMIT).map(shortName).join(', ') + (refs.length > LIST_LIMIT ? ` and ${refs.length - LIST_LIMIT} more` : ''));

export function overview(result: AnalysisResult): string {
  const { summary } = result;
  const card = (label: string, value: string, detail: string) =>
    `<div class="card"><div class="card-value">${h(value)}</div><div class="card-label">${h(label)}</div><div class="card-detail">${h(detail)}</div></div>`;
  const baseline = result.baseline
    ? [card('new since baseline', String(result.baseline.new), `${result.baseline.unchanged} unchanged, ${result.baseline.fixed} fixed (${result.baseline.file})`)]
    : [];
  return `<div class="cards">${[
    card('systems', String(summary.systems), distribution(summary.architectures)),
    card('teams', String(summary.teams), distribution(summary.structures)),
    card('components', String(summary.components), `${summary.entities} entities in all`),
    card('findings', String(summary.findings.error + summary.findings.warning + summary.findings.info), countsLine(summary.findings)),
    ...baseline,
    card('diagnostics', String(summary.diagnostics.error + summary.diagnostics.warning + summary.diagnostics.info), countsLine(summary.diagnostics)),
  ].join('')}</div>`;
}

const FIT_ORDER = { 'no-fit': 0, misfit: 1, partial: 2, unknown: 3, fits: 4 } as const;

export function systemsTable(result: AnalysisResult): string {
  const rows = result.systems.map((system) => {
    const { architecture, fit } = system;
    const declared = architecture.declared && architecture.declared !== architecture.label ? ` <span class="muted">(declared ${h(architecture.declared)})</span>` : '';
    const inferred = system.inferred ? `<div class="muted">(${h(inferredNote(system.inferred))})</div>` : '';
    const note = confidenceNote(architecture.label, architecture.confidence, architecture.signals);
    return `<tr><th scope="row"><a href="?open=${encodeURIComponent(system.ref)}#graph" data-system="${h(system.ref)}">${h(shortName(system.ref))}</a>${system.title ? `<div class="muted">${h(system.title)}</div>` : ''}${inferred}</th>` +
      `<td><span class="tag arch-${h(architecture.label)}">${h(architecture.label)}</span>${declared}</td><td class="num confidence" data-sort="${architecture.confidence}" title="${h(note)}" tabindex="0">${percent(architecture.confidence)}</td>` +
      `<td data-sort="${FIT_ORDER[fit.verdict]}"><span class="tag fit-${h(fit.verdict)}">${h(fit.verdict)}</span></td><td>${names(system.owners)}</td><td>${names(system.operators)}</td><td class="why">${h(architecture.reason)}</td></tr>`;
  });
  return table(['system', 'architecture', 'confidence', 'fit', 'owners', 'operators', 'why'], rows, 'tf-systems');
}

export function teamsTable(result: AnalysisResult): string {
  const rows = result.teams.map((team) => {
    const { structure } = team;
    const note = confidenceNote(structure.label, structure.confidence, structure.signals);
    return `<tr><th scope="row"><a href="?open=${encodeURIComponent(team.ref)}#graph" data-team="${h(team.ref)}">${h(shortName(team.ref))}</a>${team.title ? `<div class="muted">${h(team.title)}</div>` : ''}</th>` +
      `<td><span class="tag structure">${h(structure.label)}</span></td><td class="num confidence" data-sort="${structure.confidence}" title="${h(note)}" tabindex="0">${percent(structure.confidence)}</td>` +
      `<td class="num">${team.members.length}</td><td data-sort="${team.owns.length}">${names(team.owns)}</td><td data-sort="${team.operates.length}">${names(team.operates)}</td><td class="why">${h(structure.reason)}</td></tr>`;
  });
  return table(['team', 'structure', 'confidence', 'members', 'owns', 'operates', 'why'], rows, 'tf-teams');
}

export function diagnosticsTable(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '<p class="muted">No diagnostics.</p>';
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const rows = diagnostics.map((d) => `<tr><td><code>${h(position(d) || d.entity || '-')}</code></td><td data-sort="${rank[d.severity]}"><span class="sev sev-${d.severity}">${d.severity}</span></td><td>${h(d.code)}</td><td>${h(d.message)}</td></tr>`);
  return table(['location', 'severity', 'code', 'message'], rows, 'tf-diagnostics');
}

/** A table whose columns the page's script sorts on a click (by `data-sort` when a cell has one, else its text). */
export function table(headers: readonly string[], rows: readonly string[], id: string): string {
  const head = headers.map((x) => `<th scope="col"><button type="button" class="sort" title="sort by ${h(x)}">${h(x)}</button></th>`).join('');
  return `<div class="table-wrap"><table class="sortable" id="${id}"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
