import type { Diagnostic, Finding } from '../../result/index.js';
import { baselineMarker, newLabel } from '../baseline.js';
import { evidenceSummary } from '../evidence.js';
import { groupFindings } from '../finding-groups.js';
import { plural, position, truncate } from '../format.js';
import type { Detail } from '../types.js';
import type { Lines } from './lines.js';
import type { Palette } from './palette.js';

const CAUSE_LIMIT = 30;
const DIAGNOSTIC_LIMIT = 20;

/**
 * Summary: one line per root cause with its count, most severe and largest first. Full (`--verbose`):
 * every finding under its cause, with evidence, fix and place.
 */
export function writeFindings(out: Lines, findings: readonly Finding[], paint: Palette, detail: Detail = 'summary'): void {
  const groups = groupFindings(findings);
  out.add(0, paint.bold(`Findings (${findings.length}${groups.length === findings.length ? '' : `, ${plural(groups.length, 'cause')}`})`));
  if (findings.length === 0) out.add(2, paint.dim('none'));
  const { shown, hidden } = detail === 'full' ? { shown: groups, hidden: 0 } : truncate(groups, CAUSE_LIMIT);
  for (const group of shown) {
    const count = group.count > 1 ? ` ${paint.bold(`×${group.count}`)}` : '';
    const fresh = newLabel(group.findings);
    const mark = fresh === '' ? '' : ` ${paint.bold(`[${fresh}]`)}`;
    out.add(2, `${paint.severity(group.severity, group.severity.padEnd(7))} ${paint.severity(group.severity, group.ruleId)}${count}${mark}  ${group.cause}`);
    if (detail === 'full') for (const finding of group.findings) writeFinding(out, finding, paint);
  }
  out.more(2, hidden, ' causes (see --verbose or --format markdown --detail full)');
  if (detail === 'summary' && findings.length > 0) out.add(2, paint.dim('--verbose lists each finding with its evidence, fix and place'));
  out.blank();
}

function writeFinding(out: Lines, finding: Finding, paint: Palette): void {
  const marker = baselineMarker(finding);
  const mark = marker === undefined ? '' : `  ${marker === 'new' ? paint.bold('[new]') : paint.dim('[known]')}`;
  out.add(4, `${paint.severity(finding.severity, finding.ruleId)}  ${paint.bold(finding.subject)}${mark}`);
  out.add(6, finding.message);
  out.add(6, `fix: ${finding.recommendation}`);
  out.add(6, paint.dim(`evidence: ${evidenceSummary(finding)}`));
  const place = finding.field ?? finding.location;
  const at = place ? position(place) : '';
  out.add(6, paint.dim(at ? `at ${at}  docs: ${finding.docsUrl}` : `docs: ${finding.docsUrl}`));
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
