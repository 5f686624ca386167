import type { Diagnostic } from '../result/index.js';
import { isBackstageDocument, readEntity, type EntityOutcome } from './entity.js';
import { sniffText } from './invalid-utf8.js';
import { decodeUtf8, parseYaml } from './parse-yaml.js';

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

export function parseCatalogFile(bytes: Uint8Array, file: string): FileParse {
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) {
    return { kind: 'undecodable', diagnostic: decoded.diagnostic, looksLikeBackstage: LOOKS_LIKE_BACKSTAGE.test(sniffText(bytes)) };
  }
  const { documents, lineCounter, syntaxErrors } = parseYaml(decoded.text, file);
  const backstageDocs = documents.filter((doc) => doc.errors.length === 0 && isBackstageDocument(doc));
  const isCatalog = backstageDocs.length > 0 || (syntaxErrors.length > 0 && LOOKS_LIKE_BACKSTAGE.test(decoded.text));
  const isSkeleton = isCatalog && SKELETON.test(decoded.text);
  return { kind: 'parsed', syntaxErrors, isCatalog, isSkeleton, documents: backstageDocs.map((doc) => readEntity(doc, file, lineCounter)) };
}
