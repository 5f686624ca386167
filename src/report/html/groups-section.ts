import type { AnalysisResult, Finding } from '../../result/index.js';
import { RULE_META } from '../../rules/meta.js';
import { groupFindings, headlines, type FindingGroup } from '../finding-groups.js';
import { plural } from '../format.js';
import { escapeHtml as h } from './escape-html.js';
import { shortName } from './relations.js';

const HEADLINES = 5;
const GROUP_ITEMS = 40;

/** "Act on this first": the few root causes that matter most, each once with how many findings it explains. */
export function headlinesSection(result: AnalysisResult): string {
  const groups = headlines(result, HEADLINES);
  if (groups.length === 0) return '<p class="muted">No findings: nothing to act on.</p>';
  const items = groups.map((group) => {
    const first = group.findings[0];
    const fix = first === undefined ? '' : `<div class="fix">${h(first.recommendation)}</div>`;
    return `<li class="headline sev-border-${group.severity}"><span class="sev sev-${group.severity}">${group.severity}</span> <strong>${h(headline(group))}</strong>${fix}` +
      `<a class="show" href="?group=${encodeURIComponent(group.key)}#findings" data-group="${h(group.key)}">show ${h(plural(group.count, 'finding'))}</a></li>`;
  });
  return `<ol class="headlines">${items.join('')}</ol>`;
}

/**
 * Every root cause once, with its count and an expandable list of what it covers; the findings table
 * below filters and sorts them one by one.
 */
export function groupsSection(result: AnalysisResult): string {
  const groups = groupFindings(result.findings);
  if (groups.length === 0) return '<p class="muted">No findings.</p>';
  return `<div class="groups">${groups.map(groupDetails).join('')}</div>`;
}

function groupDetails(group: FindingGroup): string {
  const items = group.findings.slice(0, GROUP_ITEMS).map((finding) => `<li>${item(finding)}</li>`);
  const more = group.count > GROUP_ITEMS ? `<li class="muted"><a href="?group=${encodeURIComponent(group.key)}#findings" data-group="${h(group.key)}">all ${group.count} in the findings table</a></li>` : '';
  return `<details class="group sev-border-${group.severity}" data-key="${h(group.key)}"><summary><span class="sev sev-${group.severity}">${group.severity}</span> <span class="count">${group.count}</span> ${h(RULE_META[group.ruleId].title)} <span class="muted">(${h(group.ruleId)})</span>: ${h(group.cause)}</summary>` +
    `<ul>${items.join('')}${more}</ul></details>`;
}

function item(finding: Finding): string {
  return `<code>${h(shortName(finding.subject))}</code> ${h(finding.message)}`;
}

function headline(group: FindingGroup): string {
  const title = RULE_META[group.ruleId].title;
  return group.count === 1 ? `${title}: ${group.cause}` : `${group.count} × ${title}: ${group.cause}`;
}
