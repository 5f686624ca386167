import type { Diagnostic, Finding } from '../../result/index.js';
import { baselineMarker } from '../baseline.js';
import { evidenceSummary } from '../evidence.js';
import { bySeverity, position, truncate } from '../format.js';
import type { Lines } from './lines.js';
import type { Palette } from './palette.js';

const FINDING_LIMIT = 30;
const DIAGNOSTIC_LIMIT = 20;

export function writeFindings(out: Lines, findings: readonly Finding[], paint: Palette): void {
  out.add(0, paint.bold(`Findings (${findings.length})`));
  if (findings.length === 0) out.add(2, paint.dim('none'));
  for (const [severity, group] of bySeverity(findings)) {
    out.add(2, paint.severity(severity, `${severity} (${group.length})`));
    const { shown, hidden } = truncate(group, FINDING_LIMIT);
    for (const finding of shown) {
      const marker = baselineMarker(finding);
      const mark = marker === undefined ? '' : `  ${marker === 'new' ? paint.bold('[new]') : paint.dim('[known]')}`;
      out.add(4, `${paint.severity(severity, finding.ruleId)}  ${paint.bold(finding.subject)}${mark}`);
      out.add(6, finding.message);
      out.add(6, `fix: ${finding.recommendation}`);
      out.add(6, paint.dim(`evidence: ${evidenceSummary(finding)}`));
      const at = finding.location ? position(finding.location) : '';
      out.add(6, paint.dim(at ? `at ${at}  docs: ${finding.docsUrl}` : `docs: ${finding.docsUrl}`));
    }
    out.more(4, hidden, ` ${severity} findings (see --format json)`);
  }
  out.blank();
}

export function writeDiagnostics(out: Lines, diagnostics: readonly Diagnostic[], paint: Palette): void {
  if (diagnostics.length === 0) return;
  out.add(0, paint.bold(`Diagnostics (${diagnostics.length})`));
  const { shown, hidden } = truncate(diagnostics, DIAGNOSTIC_LIMIT);
  for (const diagnostic of shown) {
    const where = position(diagnostic) || diagnostic.entity || '-';
    out.add(2, `${where}  ${paint.severity(diagnostic.severity, diagnostic.severity)}  ${diagnostic.code}  ${diagnostic.message}`);
  }
  out.more(2, hidden, ' diagnostics (see --format json)');
  out.blank();
}
