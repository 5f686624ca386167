import type { AnalysisResult, Diagnostic, Finding } from '../../result/index.js';
import { RULE_META } from '../../rules/meta.js';
import { evidenceSummary } from '../evidence.js';
import { SEVERITIES, countsLine, distribution, percent, plural, position } from '../format.js';
import { inferredNote } from '../inferred.js';
import { escapeHtml as h, safeHref } from './escape-html.js';
import { evidenceList } from './evidence-list.js';
import { shortName } from './relations.js';

const LIST_LIMIT = 6;
const names = (refs: readonly string[]): string =>
  refs.length === 0 ? '<span class="muted">none</span>' : h(refs.slice(0, LIST_LIMIT).map(shortName).join(', ') + (refs.length > LIST_LIMIT ? ` and ${refs.length - LIST_LIMIT} more` : ''));

export function overview(result: AnalysisResult): string {
  const { summary } = result;
  const card = (label: string, value: string, detail: string) =>
    `<div class="card"><div class="card-value">${h(value)}</div><div class="card-label">${h(label)}</div><div class="card-detail">${h(detail)}</div></div>`;
  return `<div class="cards">${[
    card('systems', String(summary.systems), distribution(summary.architectures)),
    card('teams', String(summary.teams), distribution(summary.structures)),
    card('components', String(summary.components), `${summary.entities} entities in all`),
    card('findings', String(summary.findings.error + summary.findings.warning + summary.findings.info), countsLine(summary.findings)),
    card('diagnostics', String(summary.diagnostics.error + summary.diagnostics.warning + summary.diagnostics.info), countsLine(summary.diagnostics)),
  ].join('')}</div>`;
}

export function systemsTable(result: AnalysisResult): string {
  const rows = result.systems.map((system) => {
    const { architecture, fit } = system;
    const declared = architecture.declared && architecture.declared !== architecture.label ? ` <span class="muted">(declared ${h(architecture.declared)})</span>` : '';
    const inferred = system.inferred ? `<div class="muted">(${h(inferredNote(system.inferred))})</div>` : '';
    return `<tr><th scope="row">${h(shortName(system.ref))}${system.title ? `<div class="muted">${h(system.title)}</div>` : ''}${inferred}</th>` +
      `<td><span class="tag arch-${h(architecture.label)}">${h(architecture.label)}</span>${declared}</td><td class="num">${percent(architecture.confidence)}</td>` +
      `<td><span class="tag fit-${h(fit.verdict)}">${h(fit.verdict)}</span></td><td>${names(system.owners)}</td><td>${names(system.operators)}</td><td class="why">${h(architecture.reason)}</td></tr>`;
  });
  return table(['system', 'architecture', 'confidence', 'fit', 'owners', 'operators', 'why'], rows);
}

export function teamsTable(result: AnalysisResult): string {
  const rows = result.teams.map((team) => {
    const { structure } = team;
    return `<tr><th scope="row">${h(shortName(team.ref))}${team.title ? `<div class="muted">${h(team.title)}</div>` : ''}</th>` +
      `<td><span class="tag structure">${h(structure.label)}</span></td><td class="num">${percent(structure.confidence)}</td>` +
      `<td class="num">${team.members.length}</td><td>${names(team.owns)}</td><td>${names(team.operates)}</td><td class="why">${h(structure.reason)}</td></tr>`;
  });
  return table(['team', 'structure', 'confidence', 'members', 'owns', 'operates', 'why'], rows);
}

export function findingsBySeverity(result: AnalysisResult): string {
  const rows = SEVERITIES.flatMap((severity) => {
    const group = result.findings.map((finding, index) => ({ finding, index })).filter(({ finding }) => finding.severity === severity);
    if (group.length === 0) return [];
    const links = group.map(({ finding, index }) => `<li><a href="#finding-${index}">${h(finding.ruleId)}</a> on ${h(shortName(finding.subject))}</li>`);
    return [`<div class="sev-group"><h3><span class="sev sev-${severity}">${severity}</span> ${h(plural(group.length, 'finding'))}</h3><ul class="compact">${links.join('')}</ul></div>`];
  });
  return rows.length > 0 ? rows.join('') : '<p class="muted">No findings.</p>';
}

export function findingDetails(findings: readonly Finding[]): string {
  if (findings.length === 0) return '<p class="muted">No findings.</p>';
  return findings.map((finding, index) => {
    const href = safeHref(finding.docsUrl);
    const docs = href ? `<a href="${h(href)}" rel="noreferrer">${h(finding.docsUrl)}</a>` : `<code>${h(finding.docsUrl)}</code>`;
    const at = finding.location ? `<dt>defined at</dt><dd><code>${h(position(finding.location))}</code></dd>` : '';
    return `<article class="finding sev-border-${finding.severity}" id="finding-${index}">` +
      `<h3><span class="sev sev-${finding.severity}">${finding.severity}</span> ${h(RULE_META[finding.ruleId].title)} <span class="muted">(${h(finding.ruleId)})</span></h3>` +
      `<p class="subject">on <code>${h(finding.subject)}</code></p><p>${h(finding.message)}</p>` +
      `<dl><dt>recommendation</dt><dd>${h(finding.recommendation)}</dd><dt>evidence</dt><dd>${h(evidenceSummary(finding))}${evidenceList(finding)}</dd>${at}<dt>rule docs</dt><dd>${docs}</dd></dl></article>`;
  }).join('');
}

export function diagnosticsTable(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '<p class="muted">No diagnostics.</p>';
  const rows = diagnostics.map((d) => `<tr><td><code>${h(position(d) || d.entity || '-')}</code></td><td><span class="sev sev-${d.severity}">${d.severity}</span></td><td>${h(d.code)}</td><td>${h(d.message)}</td></tr>`);
  return table(['location', 'severity', 'code', 'message'], rows);
}

function table(headers: readonly string[], rows: readonly string[]): string {
  return `<div class="table-wrap"><table><thead><tr>${headers.map((x) => `<th scope="col">${h(x)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
