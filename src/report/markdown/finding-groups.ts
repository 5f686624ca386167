import type { AnalysisResult, Diagnostic } from '../../result/index.js';
import { newLabel } from '../baseline.js';
import { clip } from '../clip.js';
import { ruleDocsLink } from '../docs-link.js';
import { escapeMarkdown as e } from '../escape-markdown.js';
import type { FindingGroup } from '../finding-groups.js';
import { joinTruncated } from '../format.js';
import { table } from './table.js';

const EXAMPLES = 3;

/** "Act on this first": each headline once, with its count, fix and doc link. */
export function headlinesSection(result: AnalysisResult, groups: readonly FindingGroup[]): string[] {
  if (groups.length === 0) return ['## Act on this first', '_No findings._'];
  const items = groups.map((group, index) => {
    const first = group.findings[0];
    const fix = first ? ` Fix: ${e(clip(first.recommendation, 400))}` : '';
    const fresh = newLabel(group.findings);
    const count = (group.count > 1 ? ` × ${group.count}` : '') + (fresh === '' ? '' : ` (**${fresh}**)`);
    return [
      `${index + 1}. **${e(group.severity)}** [${e(group.ruleId)}](${ruleDocsLink(result.tool.version, group.ruleId)})${count}: ${e(clip(group.cause, 400))}`,
      `   ${examplesOf(group)}.${fix}`,
    ].join('\n');
  });
  return ['## Act on this first', items.join('\n')];
}

/** One table row per root cause; the caller decides how many fit. */
export function groupRow(group: FindingGroup): string {
  const fresh = newLabel(group.findings);
  const cells = [e(group.severity), e(group.ruleId), fresh === '' ? String(group.count) : `${group.count} (**${fresh}**)`, e(clip(group.cause, 300)), examplesOf(group)];
  return `| ${cells.join(' | ')} |`;
}

export const GROUP_TABLE_HEAD = table(['Severity', 'Rule', 'Findings', 'Cause', 'Where'], []);

function examplesOf(group: FindingGroup): string {
  const subjects = group.findings.map((finding) => clip(finding.subject, 120));
  return e(group.count === 1 ? `On ${subjects[0] ?? ''}` : `On ${joinTruncated(subjects, EXAMPLES)}`);
}

/** Diagnostics counted by severity and code, with one example each. */
export function diagnosticGroupsSection(diagnostics: readonly Diagnostic[], limit: number): { blocks: string[]; hidden: number } {
  if (diagnostics.length === 0) return { blocks: [], hidden: 0 };
  const byCode = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.severity}:${diagnostic.code}`;
    const list = byCode.get(key);
    if (list) list.push(diagnostic);
    else byCode.set(key, [diagnostic]);
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const groups = [...byCode.values()].sort((a, b) => rank[a[0]?.severity ?? 'info'] - rank[b[0]?.severity ?? 'info'] || b.length - a.length);
  const rows = groups.slice(0, limit).map((list) => {
    const first = list[0];
    const at = first?.file === undefined ? (first?.entity ?? '-') : `${first.file}${first.line === undefined ? '' : `:${first.line}`}`;
    return [e(first?.severity ?? ''), e(first?.code ?? ''), String(list.length), e(clip(`${first?.message ?? ''} (${at})`, 300))];
  });
  return {
    blocks: [`## Diagnostics (${diagnostics.length})`, table(['Severity', 'Code', 'Count', 'Example'], rows)],
    hidden: Math.max(0, groups.length - limit),
  };
}
