import type { WhatIfResult } from '../../result/index.js';
import { escapeMarkdown } from '../escape-markdown.js';
import { escapeHtml } from '../html/escape-html.js';
import { sanitizeDeep, sanitizeForTerminal } from '../sanitize.js';
import { whatIfTables, type Table } from './sections.js';

export const WHAT_IF_FORMATS = ['terminal', 'json', 'markdown', 'html'] as const;
export type WhatIfFormat = (typeof WHAT_IF_FORMATS)[number];

/** The what-if result in one format; every string from the catalog or plan is escaped for it. */
export function renderWhatIf(result: WhatIfResult, format: WhatIfFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'terminal':
      return terminal(sanitizeDeep(result));
    case 'markdown':
      return markdown(result);
    case 'html':
      return html(result);
  }
}

function heading(result: WhatIfResult): { title: string; changes: string[] } {
  return {
    title: `What if: ${result.plan.title ?? result.plan.file}`,
    changes: result.plan.changes.map((c) => `${c.action}: ${c.text}${c.why ? ` (${c.why})` : ''}`),
  };
}

export function terminal(result: WhatIfResult): string {
  const { title, changes } = heading(result);
  const out = [title, ...changes.map((c) => `  ${c}`), `findings: ${result.findings.disappear.length} disappear, ${result.findings.appear.length} appear, ${result.findings.changed.length} change, ${result.findings.unchanged} unchanged`, ''];
  for (const table of whatIfTables(result)) {
    out.push(table.title);
    if (table.rows.length === 0) out.push(`  ${table.empty}`);
    const widths = table.headers.map((h, i) => Math.min(60, Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length))));
    if (table.rows.length > 0) out.push(`  ${table.headers.map((h, i) => h.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd());
    for (const row of table.rows) out.push(`  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd());
    out.push('');
  }
  return `${sanitizeForTerminal(out.join('\n').trimEnd())}\n`;
}

export function markdown(result: WhatIfResult): string {
  const { title, changes } = heading(result);
  const out = [`# ${escapeMarkdown(title)}`, '', ...changes.map((c) => `- ${escapeMarkdown(c)}`), ''];
  for (const table of whatIfTables(result)) {
    out.push(`## ${table.title}`, '');
    if (table.rows.length === 0) out.push(table.empty, '');
    else out.push(markdownTable(table), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function markdownTable(table: Table): string {
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(table.headers), `|${table.headers.map(() => ' --- ').join('|')}|`, ...table.rows.map(line)].join('\n');
}

function html(result: WhatIfResult): string {
  return htmlPage(heading(result).title, whatIfHtml(result));
}

/** One what-if as an HTML fragment (its title as h1, or h2 inside a page of several). */
export function whatIfHtml(result: WhatIfResult, level = 1, extra = ''): string {
  const { title, changes } = heading(result);
  const tables = whatIfTables(result)
    .map((table) => `<section><h${level + 1}>${escapeHtml(table.title)}</h${level + 1}>${table.rows.length === 0 ? `<p>${escapeHtml(table.empty)}</p>` : htmlTable(table)}</section>`)
    .join('\n');
  return `<h${level}>${escapeHtml(title)}</h${level}>\n<ul>${changes.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>\n${extra}${tables}\n`;
}

export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
:root{color-scheme:light dark;font-family:system-ui,sans-serif}body{margin:2rem auto;max-width:70rem;padding:0 1rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #8884;vertical-align:top}
pre{overflow:auto;padding:.5rem;border:1px solid #8884}@media print{body{margin:0;max-width:none}}
</style></head><body>
${body}</body></html>
`;
}

function htmlTable(table: Table): string {
  const head = `<tr>${table.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = table.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}
