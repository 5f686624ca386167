import type { Diagnostic, Finding, Severity } from '../result/index.js';
import { oneOfEachCauseFirst, placeOf } from './annotation-order.js';
import { ruleDocsLink } from './docs-link.js';
import { groupFindings, type FindingGroup } from './finding-groups.js';
import { countsLine, plural } from './format.js';
import { sanitizeForTerminal } from './sanitize.js';
import type { Reporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands (`::error file=...,line=...,col=...,title=...::message`), one per finding
 * and diagnostic, so a pull request shows them on the catalog lines that cause them. GitHub shows only the
 * first few annotations of each kind, so each cause's first finding comes first. A last plain line sums up.
 */
export const renderGithub: Reporter = (result) => {
  const groups = groupFindings(result.findings);
  const lines = oneOfEachCauseFirst(groups).map(({ finding, group }) => findingCommand(finding, group, result.tool.version));
  lines.push(...result.diagnostics.map(diagnosticCommand));
  lines.push(`teamfit: ${countsLine(result.summary.findings)} (${plural(groups.length, 'cause')}); diagnostics: ${countsLine(result.summary.diagnostics)}`);
  return lines.join('\n') + '\n';
};

function findingCommand(finding: Finding, group: FindingGroup, version: string): string {
  const shared = group.count > 1 ? ` One of ${group.count} ${finding.ruleId} findings with one cause: ${group.cause}.` : '';
  const message = `${finding.message} ${finding.recommendation}${shared} Docs: ${ruleDocsLink(version, finding.ruleId)}`;
  return command(COMMAND[finding.severity], { ...placeProperties(placeOf(finding)), title: `teamfit ${finding.ruleId}: ${finding.subject}` }, message);
}

function diagnosticCommand(diagnostic: Diagnostic): string {
  const place = diagnostic.file === undefined ? undefined : { file: diagnostic.file, line: diagnostic.line, column: diagnostic.column };
  const about = diagnostic.entity === undefined ? '' : ` (${diagnostic.entity})`;
  return command(COMMAND[diagnostic.severity], { ...placeProperties(place), title: `teamfit ${diagnostic.code}` }, `${diagnostic.message}${about}`);
}

type Properties = Record<string, string | number | undefined>;

function placeProperties(place: { file: string; line?: number | undefined; column?: number | undefined } | undefined): Properties {
  if (place === undefined) return {};
  return { file: place.file.replace(/\\/g, '/'), line: place.line, col: place.column };
}

/** `::name key=value,...::data`, escaped as GitHub's toolkit does (its command.ts). */
export function command(name: string, properties: Properties, data: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props === '' ? '' : ` ${props}`}::${escapeData(data)}`;
}

/** Data: `%`, CR and LF percent-encoded; control sequences from the catalog dropped first. */
export function escapeData(text: string): string {
  return sanitizeForTerminal(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: as data, plus `:` and `,`, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
