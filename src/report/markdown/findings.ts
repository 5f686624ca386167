import type { Diagnostic, Finding } from '../../result/index.js';
import { escapeMarkdown as e } from '../escape-markdown.js';
import { baselineMarker } from '../baseline.js';
import { evidenceSummary } from '../evidence.js';
import { groupFindings } from '../finding-groups.js';
import { position } from '../format.js';
import { table } from './table.js';

/** Every finding, under the root cause it shares with others (most severe and largest causes first). */
export function findingsSection(findings: readonly Finding[]): string[] {
  const out = [`## Findings (${findings.length})`];
  if (findings.length === 0) return [...out, '_None._'];
  for (const group of groupFindings(findings)) {
    const count = group.count > 1 ? ` × ${group.count}` : '';
    out.push(`### ${e(group.severity)}: ${e(group.ruleId)}${count}`);
    if (group.count > 1) out.push(`Cause: ${e(group.cause)}`);
    out.push(group.findings.map(findingItem).join('\n'));
  }
  return out;
}

function findingItem(finding: Finding): string {
  const at = finding.location ? `At ${e(position(finding.location))}. ` : '';
  return [
    `- ${markerOf(finding)}**${e(finding.ruleId)}** on ${e(finding.subject)}: ${e(finding.message)}`,
    `  - Fix: ${e(finding.recommendation)}`,
    `  - Evidence: ${e(evidenceSummary(finding))}`,
    `  - ${at}Docs: ${e(finding.docsUrl)}`,
  ].join('\n');
}

function markerOf(finding: Finding): string {
  const marker = baselineMarker(finding);
  return marker === undefined ? '' : `${marker === 'new' ? '**[new]**' : '[known]'} `;
}

export function diagnosticsSection(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return [];
  return [
    `## Diagnostics (${diagnostics.length})`,
    table(
      ['Location', 'Severity', 'Code', 'Message'],
      diagnostics.map((d) => [e(position(d) || d.entity || '-'), e(d.severity), e(d.code), e(d.message)]),
    ),
  ];
}
