import { RULE_META } from '../../rules/meta.js';
import type { RuleId } from '../../result/index.js';
import { escapeHtml as h } from './escape-html.js';
import { markdownToHtml } from './markdown-lite.js';

/**
 * The documentation of every rule that has findings, inside the page (a mailed report may be read offline),
 * each linked to its published page when the package says where that is.
 */
export function ruleDocsSection(ruleIds: readonly RuleId[], docs: Readonly<Record<string, string>>, docsBase: string | undefined): string {
  const shown = ruleIds.filter((id) => docs[id] !== undefined);
  if (shown.length === 0) return '<p class="muted">No rule has findings.</p>';
  return shown
    .map((id) => {
      const url = docsBase === undefined ? '' : ` <a href="${h(`${docsBase}docs/rules/${id}.md`)}" rel="noreferrer">published page</a>`;
      // The page's own first heading repeats the summary; it is dropped.
      const body = markdownToHtml((docs[id] ?? '').replace(/^# .*\n/, ''), 2);
      return `<details class="rule-doc" id="rule-${h(id)}"><summary><strong>${h(id)}</strong>: ${h(RULE_META[id].title)}${url}</summary><div class="doc">${body}</div></details>`;
    })
    .join('');
}
