import type { Finding } from '../../result/index.js';
import { escapeHtml as h } from './escape-html.js';

const LIMIT = 25;

/**
 * The finding's typed evidence in full, as nested lists: every field name and value a reader may want
 * to check by hand. Walking the object keeps this exhaustive for every rule without a case per rule.
 */
export function evidenceList(finding: Finding): string {
  return `<details class="evidence"><summary>all evidence</summary>${render(finding.evidence)}</details>`;
}

function render(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '<span class="muted">none</span>';
    const items = value.slice(0, LIMIT).map((item) => `<li>${render(item)}</li>`);
    const more = value.length > LIMIT ? `<li class="muted">... and ${value.length - LIMIT} more</li>` : '';
    return `<ul>${items.join('')}${more}</ul>`;
  }
  if (value !== null && typeof value === 'object') {
    const rows = Object.entries(value).map(([key, item]) => `<li><span class="key">${h(key)}</span>: ${render(item)}</li>`);
    return `<ul class="fields">${rows.join('')}</ul>`;
  }
  return h(String(value));
}
