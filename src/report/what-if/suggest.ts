import { stringify } from 'yaml';
import type { SuggestResult } from '../../result/index.js';
import { escapeHtml } from '../html/escape-html.js';
import { sanitizeDeep, sanitizeForTerminal } from '../sanitize.js';
import { htmlPage, markdown, terminal, whatIfHtml, type WhatIfFormat } from './render.js';

/** Suggestions, each with its plan (to save and edit as a file for `teamfit what-if`) and its before/after. */
export function renderSuggest(result: SuggestResult, format: WhatIfFormat): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  const safe = format === 'terminal' ? sanitizeDeep(result) : result;
  if (safe.suggestions.every((s) => s.plan['changes'] === undefined || (s.plan['changes'] as unknown[]).length === 0) && safe.suggestions.length === 1) {
    const none = 'No suggestion: every component is tied most to the team that owns it (config suggest.weights, suggest.moveCost).';
    if (format === 'html') return htmlPage('teamfit suggest', `<p>${escapeHtml(none)}</p>`);
    return `${none}\n`;
  }
  const parts = safe.suggestions.map((s) => {
    const plan = stringify(s.plan);
    if (format === 'terminal') return `${terminal(s.whatIf)}\nPlan (save as a file for teamfit what-if --plan):\n${sanitizeForTerminal(plan)}`;
    if (format === 'markdown') return `${markdown(s.whatIf)}\n<details><summary>Plan</summary>\n\n\`\`\`yaml\n${sanitizeForTerminal(plan).replace(/`/g, "'")}\`\`\`\n\n</details>\n`;
    return whatIfHtml(s.whatIf, 2, `<details><summary>Plan</summary><pre>${escapeHtml(plan)}</pre></details>\n`);
  });
  if (format === 'html') return htmlPage('teamfit suggest', `<h1>Suggestions</h1>\n${parts.join('\n')}`);
  return `${parts.join('\n')}`;
}
