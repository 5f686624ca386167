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

/** Lists the result keeps to their first members, and the field beside each that counts them all. */
const COUNTED_BY: Readonly<Record<string, string>> = { dependents: 'dependentCount', crossings: 'crossingCount', refs: 'refCount', cycle: 'length', edges: 'length' };

function render(value: unknown, total?: number): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '<span class="muted">none</span>';
    const items = value.slice(0, LIMIT).map((item) => `<li>${render(item)}</li>`);
    const hidden = Math.max(total ?? 0, value.length) - Math.min(LIMIT, value.length);
    const more = hidden > 0 ? `<li class="muted">... and ${hidden} more</li>` : '';
    return `<ul>${items.join('')}${more}</ul>`;
  }
  if (value !== null && typeof value === 'object') {
    const fields = value as Record<string, unknown>;
    const rows = Object.entries(fields).map(([key, item]) => `<li><span class="key">${h(key)}</span>: ${render(item, countOf(fields, key))}</li>`);
    return `<ul class="fields">${rows.join('')}</ul>`;
  }
  return h(String(value));
}

function countOf(fields: Record<string, unknown>, key: string): number | undefined {
  const counter = Object.hasOwn(COUNTED_BY, key) ? COUNTED_BY[key] : undefined;
  const count = counter === undefined ? undefined : fields[counter];
  return typeof count === 'number' ? count : undefined;
}
