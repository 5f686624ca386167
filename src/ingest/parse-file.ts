import type { Diagnostic } from '../result/index.js';
import type { LineCounter } from 'yaml';
import { entityFromDocument, isBackstageDocument, isBackstageJson, readEntity, type EntityOutcome } from './entity.js';
import { sniffText } from './invalid-utf8.js';
import { decodeUtf8, parseYaml } from './parse-yaml.js';
import { readPlainDocuments, type PlainDocument } from './plain-documents.js';
import { PositionTableBuilder } from './packed-positions.js';
import { positionAt } from './positions.js';

/** Cheap sniff for files that fail to decode or parse: do they mean to be catalog files? */
export const LOOKS_LIKE_BACKSTAGE = /apiVersion:\s*["']?([a-z0-9-]+\.)*backstage\.io\//;
/** A scaffolder skeleton: Backstage fills these in when a template runs, so the file is not an entity yet. */
const SKELETON = /\$\{\{\s*values\./;

/**
 * Everything one file yields that does not depend on how it was reached or on other files, so it can be
 * computed on any thread and ahead of time; the reader decides what to report from it.
 */
export type FileParse =
  | { kind: 'undecodable'; diagnostic: Diagnostic; looksLikeBackstage: boolean }
  | {
      kind: 'parsed';
      /** One `yaml-syntax` diagnostic per parse error, across all documents. */
      syntaxErrors: Diagnostic[];
      /** Holds a Backstage document, or fails to parse but reads like it meant to. */
      isCatalog: boolean;
      /** One outcome per usable Backstage document, in file order. */
      documents: EntityOutcome[];
      /** A catalog file of a scaffolder template's skeleton (`${{ values.* }}` placeholders). */
      isSkeleton: boolean;
    };

/**
 * `plain: false` composes every document in full (the plain reader's reference in tests); by default the
 * plain CST reader goes first and the full path takes any file it cannot vouch for.
 */
export function parseCatalogFile(bytes: Uint8Array, file: string, { plain: tryPlain = true }: { plain?: boolean } = {}): FileParse {
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) {
    return { kind: 'undecodable', diagnostic: decoded.diagnostic, looksLikeBackstage: LOOKS_LIKE_BACKSTAGE.test(sniffText(bytes)) };
  }
  const plain = tryPlain ? readPlainDocuments(decoded.text) : undefined;
  if (plain !== undefined) {
    const backstage = plain.documents.filter((doc) => isBackstageJson(doc.json));
    const isCatalog = backstage.length > 0;
    const isSkeleton = isCatalog && SKELETON.test(decoded.text);
    const table = new PositionTableBuilder(file);
    const documents = backstage.map((doc) => entityFromPlain(doc, file, plain.lineCounter, table));
    table.finish();
    return { kind: 'parsed', syntaxErrors: [], isCatalog, isSkeleton, documents };
  }
  const { documents, lineCounter, syntaxErrors } = parseYaml(decoded.text, file);
  const backstageDocs = documents.filter((doc) => doc.errors.length === 0 && isBackstageDocument(doc));
  const isCatalog = backstageDocs.length > 0 || (syntaxErrors.length > 0 && LOOKS_LIKE_BACKSTAGE.test(decoded.text));
  const isSkeleton = isCatalog && SKELETON.test(decoded.text);
  const outcomes = backstageDocs.map((doc) => readEntity(doc, file, lineCounter));
  return { kind: 'parsed', syntaxErrors, isCatalog, isSkeleton, documents: packPositions(outcomes, file) };
}

/** The full path's position Maps, stored as the plain path stores them: one table per file. */
function packPositions(outcomes: EntityOutcome[], file: string): EntityOutcome[] {
  const table = new PositionTableBuilder(file);
  const packed = outcomes.map((outcome): EntityOutcome => {
    if (!outcome.entity) return outcome;
    const entries = Array.from(outcome.entity.positions, ([path, at]) => [path, at.line, at.column] as const);
    return { ...outcome, entity: { ...outcome.entity, positions: table.add(entries) } };
  });
  table.finish();
  return packed;
}

/** A document read the cheap way becomes an entity exactly as readEntity makes one from a composed Document. */
function entityFromPlain(doc: PlainDocument, file: string, lineCounter: LineCounter, table: PositionTableBuilder): EntityOutcome {
  const entries = Array.from(doc.offsets, ([path, offset]) => {
    const { line, col } = lineCounter.linePos(offset);
    return [path, line, col] as const;
  });
  return entityFromDocument(doc.json, positionAt(file, lineCounter, doc.start), table.add(entries));
}
