import type { AnalysisResult } from '../../result/index.js';
import { baselineLine } from '../baseline.js';
import { countsLine, distribution, plural } from '../format.js';
import { sanitizeDeep } from '../sanitize.js';
import type { Reporter } from '../types.js';
import { writeDiscovery } from './discovery.js';
import { writeHistory } from './history.js';
import { writeDiagnostics, writeFindings } from './findings.js';
import { Lines } from './lines.js';
import { createPalette, type Palette } from './palette.js';
import { inferredCount } from '../inferred.js';
import { writeSystems } from './systems.js';
import { writeTeams } from './teams.js';

/** A summary an engineering manager can scan: verdicts with their reasons, then what to change. */
export const renderTerminal: Reporter = (raw, options) => {
  // Every string in the result may come from the catalog: clean them all once, before any colour is added.
  const result = sanitizeDeep(raw);
  const paint = createPalette(options.color);
  const out = new Lines();
  writeHeader(out, result, paint);
  writeSystems(out, result.systems, paint);
  writeDiscovery(out, result.discovery, paint);
  writeTeams(out, result.teams, paint);
  writeHistory(out, result.history, paint);
  writeFindings(out, result.findings, paint, options.detail);
  writeDiagnostics(out, result.diagnostics, paint);
  out.add(0, summaryLine(result, paint));
  return out.toString();
};

function writeHeader(out: Lines, result: AnalysisResult, paint: Palette): void {
  const { summary } = result;
  out.add(0, paint.bold(`teamfit ${result.tool.version}`) + paint.dim(` (result schema ${result.schemaVersion})`));
  out.add(0, `inputs: ${result.inputs.join(', ') || '-'}`);
  out.add(0, `${plural(summary.systems, 'system')}${inferredCount(result.systems)} (${distribution(summary.architectures)})`);
  out.add(0, `${plural(summary.teams, 'team')} (${distribution(summary.structures)})`);
  out.add(0, `${plural(summary.components, 'component')}, ${plural(summary.entities, 'entity', 'entities')} in all`);
  out.add(0, `findings: ${countsLine(summary.findings)}; diagnostics: ${countsLine(summary.diagnostics)}`);
  if (result.baseline) out.add(0, `baseline: ${baselineLine(result.baseline)}`);
  out.blank();
}

function summaryLine(result: AnalysisResult, paint: Palette): string {
  const { summary } = result;
  const verdict = summary.highestSeverity === null ? 'no findings' : `highest severity ${summary.highestSeverity}`;
  const text = `Summary: ${countsLine(summary.findings)} in ${plural(summary.systems, 'system')} and ${plural(summary.teams, 'team')}; ${verdict}.`;
  return summary.highestSeverity === null ? paint.bold(text) : paint.severity(summary.highestSeverity, text);
}
