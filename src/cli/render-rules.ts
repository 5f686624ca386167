import { escapeMarkdown as e } from '../report/escape-markdown.js';
import type { ReportFormat } from '../report/index.js';
import { RULE_IDS, RULE_META, docsUrl } from '../rules/meta.js';

interface RuleRow {
  id: string;
  defaultSeverity: string;
  category: string;
  title: string;
  description: string;
  docs: string;
}

function rows(): RuleRow[] {
  return RULE_IDS.map((id) => ({ id, ...RULE_META[id], docs: docsUrl(id) }));
}

/** The rule catalogue in one of the report formats. */
export function renderRules(format: ReportFormat): string {
  const list = rows();
  if (format === 'json') return JSON.stringify(list, null, 2) + '\n';
  if (format === 'markdown') {
    const lines = ['| Rule | Severity | Category | Title | Docs |', '| --- | --- | --- | --- | --- |'];
    for (const rule of list) lines.push(`| ${[rule.id, rule.defaultSeverity, rule.category, rule.title, rule.docs].map(e).join(' | ')} |`);
    return lines.join('\n') + '\n';
  }
  const width = Math.max(...list.map((rule) => rule.id.length));
  const lines = list.map((rule) => {
    const head = `${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.category.padEnd(12)}  ${rule.title}`;
    return `${head}\n${' '.repeat(width + 2)}${rule.docs}`;
  });
  return `${lines.join('\n')}\n\n${list.length} rules. Severity can be changed per rule in the config (rules.<id>.severity).\n`;
}
