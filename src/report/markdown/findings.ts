import type { Diagnostic, Finding } from '../../result/index.js';
import { escapeMarkdown as e } from '../escape-markdown.js';
import { baselineMarker } from '../baseline.js';
import { evidenceSummary } from '../evidence.js';
import { bySeverity, position } from '../format.js';
import { table } from './table.js';

const HEADINGS = { error: 'Errors', warning: 'Warnings', info: 'Info' } as const;

export function findingsSection(findings: readonly Finding[]): string[] {
  const out = [`## Findings (${findings.length})`];
  if (findings.length === 0) return [...out, '_None._'];
  for (const [severity, group] of bySeverity(findings)) {
    out.push(`### ${HEADINGS[severity]} (${group.length})`);
    out.push(group.map(findingItem).join('\n'));
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
