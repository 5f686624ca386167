import type { Location, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic, Finding, RuleId, Severity } from '../result/index.js';
import { RULE_IDS, RULE_META, docsUrl } from '../rules/meta.js';
import { packageBase } from './docs-link.js';
import { inferredNote } from './inferred.js';
import { jsonPieces } from './json-pieces.js';
import { sanitizeDeep } from './sanitize.js';
import type { Reporter } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The key of teamfit's fingerprint in `partialFingerprints`; bump the version if fingerprints ever change. */
export const FINGERPRINT_KEY = 'teamfit/v1';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0, for code-scanning UIs: one run, a rule descriptor per teamfit rule, a result per finding
 * located at the catalog field that causes it, else its subject's first line (relative to %SRCROOT%), diagnostics as tool notifications.
 */
export const renderSarif: Reporter = function* (raw) {
  // SARIF viewers print these strings in terminals and web pages: control characters are escaped
  // visibly, except in file paths, whose URIs percent-encode every byte so they name the real file.
  const result = sanitizeDeep(raw, new Set(['file']));
  const inferred = new Map(result.systems.flatMap((system) => (system.inferred ? [[system.ref, inferredNote(system.inferred)] as const] : [])));
  const docsBase = packageBase(result.tool.version);
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'teamfit',
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: `${docsBase}README.md`,
            rules: RULE_IDS.map((id) => ruleDescriptor(id, docsBase)),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: result.diagnostics.map(notification) }],
        columnKind: 'unicodeCodePoints',
        results: result.findings.map((finding) => sarifResult(finding, inferred.get(finding.subject))),
      },
    ],
  };
  // In pieces: the results of a big organisation pass V8's string limit as one string.
  yield* jsonPieces(log, '  ');
  yield '\n';
};

function ruleDescriptor(id: RuleId, docsBase: string): ReportingDescriptor {
  const meta = RULE_META[id];
  return {
    id,
    name: id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    helpUri: docsBase + docsUrl(id),
    help: { text: `${meta.description} See ${docsUrl(id)} in the teamfit package.` },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { tags: [meta.category] },
  };
}

/** A finding about an inferred system says so in its message: code-scanning UIs show nothing else of the result. */
function sarifResult(finding: Finding, inferred: string | undefined): Result {
  const note = inferred ? ` (${finding.subject} is ${inferred}: the catalog declares no such System.)` : '';
  return {
    ruleId: finding.ruleId,
    ruleIndex: RULE_IDS.indexOf(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: `${finding.message} ${finding.recommendation}${note}` },
    // The field that causes the finding (spec.owner) is the line to fix; the entity's first line otherwise.
    locations: [{ ...physical(finding.field ?? finding.location), logicalLocations: [{ fullyQualifiedName: finding.subject, kind: 'entity' }] }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.baseline === undefined ? {} : { baselineState: finding.baseline }),
    properties: { subject: finding.subject, evidence: finding.evidence, ...(inferred ? { inferredSystem: inferred } : {}) },
  };
}

function notification(diagnostic: Diagnostic): Notification {
  const location = diagnostic.file === undefined ? undefined : physical({ file: diagnostic.file, line: diagnostic.line, column: diagnostic.column });
  return {
    level: LEVEL[diagnostic.severity],
    message: { text: diagnostic.message },
    descriptor: { id: diagnostic.code },
    ...(location === undefined && diagnostic.entity === undefined
      ? {}
      : { locations: [{ ...location, ...(diagnostic.entity ? { logicalLocations: [{ fullyQualifiedName: diagnostic.entity, kind: 'entity' }] } : {}) }] }),
  };
}

function physical(place: { file: string; line?: number | undefined; column?: number | undefined } | undefined): Pick<Location, 'physicalLocation'> | undefined {
  if (place === undefined) return undefined;
  const region = place.line === undefined ? undefined : { startLine: place.line, ...(place.column === undefined ? {} : { startColumn: place.column }) };
  return { physicalLocation: { artifactLocation: artifactLocation(place.file), ...(region ? { region } : {}) } };
}

// Catalog paths are relative to the working directory, which is the checkout root in CI (%SRCROOT%).
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const posix = file.replace(/\\/g, '/');
  const encoded = posix.split('/').map(encodeURIComponent).join('/');
  if (posix.startsWith('/')) return { uri: `file://${encoded}` };
  return { uri: encoded, uriBaseId: '%SRCROOT%' };
}
