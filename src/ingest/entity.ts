import { isMap, isPair, isScalar, type Document, type LineCounter } from 'yaml';
import type { Diagnostic, SourcePosition } from '../result/index.js';
import { expandedSize } from './alias-expansion.js';
import { aliasSources } from './alias-sources.js';
import { dropOversizedValues } from './value-cap.js';
import { diagnostic } from './diagnostics.js';
import { documentJson } from './document-json.js';
import { checkMetadata, entityName, entityRef } from './metadata.js';
import { MAX_EXPANDED_NODES } from './parse-yaml.js';
import { collectPositions, positionAt } from './positions.js';
import { didYouMean } from '../util/did-you-mean.js';
import { checkSpec, requiresSpec } from './spec-fields.js';
import { describeJson, isJsonObject, toJson } from './to-json.js';
import { KNOWN_KINDS, type JsonObject, type JsonValue, type KnownKind, type RawEntity } from './types.js';

export const SUPPORTED_API_VERSIONS = ['backstage.io/v1alpha1', 'backstage.io/v1beta1'] as const;
/** backstage.io itself or a plugin group such as scaffolder.backstage.io. */
const BACKSTAGE_API = /^([a-z0-9-]+\.)*backstage\.io\//;
/** Real Backstage kinds that teamfit has no use for: noted, not warned about. */
const UNSUPPORTED_BACKSTAGE_KINDS = new Set(['template']);

/** Whether a document claims to be a Backstage entity (of any version), judged from the AST alone. */
export function isBackstageDocument(doc: Document.Parsed): boolean {
  if (!isMap(doc.contents)) return false;
  const apiVersion: unknown = doc.get('apiVersion');
  return typeof apiVersion === 'string' && BACKSTAGE_API.test(apiVersion);
}

/** isBackstageDocument for a document already turned into JSON (a mapping's keys are unique by then). */
export function isBackstageJson(json: JsonValue): boolean {
  if (!isJsonObject(json)) return false;
  const apiVersion = json['apiVersion'];
  return typeof apiVersion === 'string' && BACKSTAGE_API.test(apiVersion);
}

export interface EntityOutcome {
  entity?: RawEntity;
  diagnostics: Diagnostic[];
}

function documentStart(doc: Document.Parsed, file: string, lineCounter: LineCounter): SourcePosition {
  const contents = doc.contents;
  const first = isMap(contents) ? contents.items[0] : undefined;
  const key = isPair(first) && isScalar(first.key) ? first.key : undefined;
  const offset = key?.range?.[0] ?? contents?.range?.[0] ?? doc.range[0];
  return positionAt(file, lineCounter, offset);
}

/** Turns one Backstage document into a RawEntity, or into the diagnostics explaining why it is not one. */
export function readEntity(doc: Document.Parsed, file: string, lineCounter: LineCounter): EntityOutcome {
  const position = documentStart(doc, file, lineCounter);
  const positions = collectPositions(doc.contents, file, lineCounter);
  const sources = aliasSources(doc);
  // Bounded before anything is expanded: what aliases stand for, not how often they are used.
  if (sources.size > 0 && expandedSize(doc, MAX_EXPANDED_NODES, sources) > MAX_EXPANDED_NODES) {
    const message = `YAML aliases expand this document to more than ${MAX_EXPANDED_NODES.toLocaleString('en')} values (an alias bomb, or aliases that refer to themselves); the document was skipped`;
    return { diagnostics: [diagnostic('error', 'yaml-alias-limit', message, position)] };
  }
  const plain = documentJson(doc.contents, sources);
  let value: JsonValue | undefined;
  try {
    value = plain ?? toJson(doc.toJS({ maxAliasCount: -1 }));
  } catch (error) {
    const message = `YAML aliases could not be expanded (${error instanceof Error ? error.message : String(error)}); the document was skipped`;
    return { diagnostics: [diagnostic('error', 'yaml-alias-limit', message, position)] };
  }
  return entityFromDocument(value, position, positions);
}

/**
 * The entity of one document's JSON, however the document was read (composed in full, or by the plain
 * CST reader): the same caps and checks either way, so both give the same outcome.
 */
export function entityFromDocument(value: JsonValue, position: SourcePosition, positions: ReadonlyMap<string, SourcePosition>): EntityOutcome {
  if (!isJsonObject(value)) return { diagnostics: [] };
  const oversized = dropOversizedValues(value, (path) => positions.get(path) ?? position);
  const outcome = checkEntityJson(value, position, positions);
  return oversized.length === 0 ? outcome : { ...outcome, diagnostics: [...oversized, ...outcome.diagnostics] };
}

/**
 * Checks one entity's envelope and spec, whatever it was read from (a YAML document, Backstage's API), so
 * every source is held to the same rules. `positions` may be empty: diagnostics then point at `position`.
 */
export function checkEntityJson(
  json: JsonObject,
  position: SourcePosition,
  positions: ReadonlyMap<string, SourcePosition>,
): EntityOutcome {
  const at = (path: string): SourcePosition => positions.get(path) ?? position;
  const apiVersion = String(json.apiVersion);
  const rawKind = json.kind;
  if (typeof rawKind !== 'string' || rawKind === '') {
    const message = `Document with apiVersion ${apiVersion} has ${rawKind === undefined ? 'no kind' : `a kind that is ${describeJson(rawKind)}`} (expected one of ${KNOWN_KINDS.join(', ')})`;
    return { diagnostics: [diagnostic('error', 'invalid-entity', message, at('kind'))] };
  }
  if (UNSUPPORTED_BACKSTAGE_KINDS.has(rawKind.toLowerCase())) {
    const message = `Kind ${rawKind} is not used by teamfit (it reads ${KNOWN_KINDS.join(', ')}); the entity was skipped`;
    return { diagnostics: [diagnostic('info', 'unsupported-kind', message, at('kind'), guessRef(rawKind, json.metadata))] };
  }
  if (!SUPPORTED_API_VERSIONS.some((v) => v === apiVersion)) {
    if (apiVersion.startsWith('backstage.io/')) {
      const message = `Unknown apiVersion ${apiVersion} (expected ${SUPPORTED_API_VERSIONS.join(' or ')}); the ${rawKind} was skipped`;
      return { diagnostics: [diagnostic('warning', 'unknown-api-version', message, at('apiVersion'), guessRef(rawKind, json.metadata))] };
    }
    const message = `${rawKind} with apiVersion ${apiVersion} comes from a Backstage plugin teamfit does not read; it was skipped`;
    return { diagnostics: [diagnostic('info', 'unsupported-kind', message, at('kind'), guessRef(rawKind, json.metadata))] };
  }

  const diagnostics: Diagnostic[] = [];
  const kind = knownKind(rawKind);
  if (kind === undefined) {
    // A slip of a kind teamfit reads loses an entity, so it warns; any other kind is one the organisation
    // added (Backstage accepts any kind that `catalog.rules` allows, such as an AiResource): noted, not warned.
    const meant = slipOf(rawKind);
    if (meant !== undefined) {
      const message = `Unknown kind "${rawKind}" (did you mean ${meant}? teamfit reads ${KNOWN_KINDS.join(', ')}); the entity was skipped`;
      return { diagnostics: [diagnostic('warning', 'unknown-kind', message, at('kind'), guessRef(rawKind, json.metadata))] };
    }
    const message = `Kind ${rawKind} is not one teamfit reads (${KNOWN_KINDS.join(', ')}); Backstage accepts it where catalog.rules allows it; the entity was skipped`;
    return { diagnostics: [diagnostic('info', 'unsupported-kind', message, at('kind'), guessRef(rawKind, json.metadata))] };
  }
  if (kind !== rawKind) {
    const message = `Kind "${rawKind}" is spelled "${kind}" in Backstage; read as ${kind}`;
    diagnostics.push(diagnostic('info', 'kind-spelling', message, at('kind'), guessRef(rawKind, json.metadata)));
  }

  const meta = checkMetadata(json.metadata, { kind, entityPosition: position, positions });
  if (!meta.ok) return { diagnostics: [...diagnostics, ...meta.diagnostics] };
  diagnostics.push(...meta.diagnostics);
  const { metadata } = meta;
  const label = `${kind} "${metadata.name}"`;

  let spec: JsonObject = {};
  if (isJsonObject(json.spec)) {
    spec = json.spec;
    diagnostics.push(...checkSpec(spec, { kind, name: metadata.name, ref: meta.ref, entityPosition: position, positions }));
  } else if (json.spec !== undefined && json.spec !== null) {
    const message = `${label} has an invalid spec: expected a mapping, got ${describeJson(json.spec)}; it was ignored`;
    diagnostics.push(diagnostic('warning', 'invalid-field', message, at('spec'), meta.ref));
  } else if (requiresSpec(kind)) {
    diagnostics.push(diagnostic('warning', 'missing-field', `${label} has no spec (expected a mapping)`, position, meta.ref));
  }

  return { entity: { apiVersion, kind, metadata, spec, position, positions }, diagnostics };
}

/**
 * The kind teamfit reads that `raw` is likely a slip of (`Componet`, `Components`). A qualifier put
 * before a kind names another kind (`AiResource`, `ComponentTemplate` aside): that is not a slip.
 */
function slipOf(raw: string): string | undefined {
  const lower = raw.toLowerCase();
  const candidates = KNOWN_KINDS.filter((kind) => !lower.endsWith(kind.toLowerCase()) || lower === kind.toLowerCase());
  return didYouMean(raw, candidates);
}

function knownKind(raw: string): KnownKind | undefined {
  return KNOWN_KINDS.find((k) => k === raw) ?? KNOWN_KINDS.find((k) => k.toLowerCase() === raw.toLowerCase());
}

/**
 * The ref an entity would have, for diagnostics about documents that never become entities: guessed where
 * such a diagnostic is made, not for every entity (two zod checks and a ref string each).
 */
function guessRef(kind: string, metadata: JsonValue | undefined): string | undefined {
  if (!isJsonObject(metadata) || !entityName.safeParse(metadata.name).success) return undefined;
  const namespace = entityName.safeParse(metadata.namespace).success ? String(metadata.namespace) : 'default';
  return entityRef(kind, namespace, String(metadata.name));
}
