import type { Diagnostic, SourcePosition } from '../result/index.js';
import type { LineCounter } from 'yaml';
import { entityFromDocument, isBackstageDocument, isBackstageJson, readEntity, type EntityOutcome } from './entity.js';
import { sniffText } from './invalid-utf8.js';
import { decodeUtf8, parseYaml } from './parse-yaml.js';
import { readPlainDocuments, type PlainDocument } from './plain-documents.js';
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
    const documents = backstage.map((doc) => entityFromPlain(doc, file, plain.lineCounter));
    return { kind: 'parsed', syntaxErrors: [], isCatalog, isSkeleton, documents };
  }
  const { documents, lineCounter, syntaxErrors } = parseYaml(decoded.text, file);
  const backstageDocs = documents.filter((doc) => doc.errors.length === 0 && isBackstageDocument(doc));
  const isCatalog = backstageDocs.length > 0 || (syntaxErrors.length > 0 && LOOKS_LIKE_BACKSTAGE.test(decoded.text));
  const isSkeleton = isCatalog && SKELETON.test(decoded.text);
  return { kind: 'parsed', syntaxErrors, isCatalog, isSkeleton, documents: backstageDocs.map((doc) => readEntity(doc, file, lineCounter)) };
}

/** A document read the cheap way becomes an entity exactly as readEntity makes one from a composed Document. */
function entityFromPlain(doc: PlainDocument, file: string, lineCounter: LineCounter): EntityOutcome {
  const positions = new Map<string, SourcePosition>();
  for (const [path, offset] of doc.offsets) positions.set(path, positionAt(file, lineCounter, offset));
  return entityFromDocument(doc.json, positionAt(file, lineCounter, doc.start), positions);
}
