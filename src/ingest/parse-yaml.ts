import { LineCounter, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import type { Diagnostic } from '../result/index.js';
import { diagnostic } from './diagnostics.js';
import { firstInvalidUtf8, utf16Encoding } from './invalid-utf8.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * Nodes a document may hold with its aliases expanded: a hundred times a big entity, tiny next to what an
 * alias bomb expands to. (yaml's own bound counts alias uses, which refuses honest files full of anchors.)
 */
export const MAX_EXPANDED_NODES = 200_000;

export type DecodeResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Strict UTF-8: a catalog with mangled bytes would otherwise yield names that silently never match. */
export function decodeUtf8(bytes: Uint8Array, file: string): DecodeResult {
  try {
    // TextDecoder drops a leading BOM by default, so BOM files parse like any other.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes, file);
    const byte = at.byte.toString(16).toUpperCase().padStart(2, '0');
    const why = utf16Encoding(bytes) ? 'it is UTF-16, saved with a byte-order mark' : `byte 0x${byte} at line ${at.line}, column ${at.column}`;
    const message = `${file} is not valid UTF-8 (${why}); the file was skipped`;
    return { ok: false, diagnostic: diagnostic('error', 'invalid-encoding', message, at) };
  }
}

export interface ParsedFile {
  documents: Document.Parsed[];
  lineCounter: LineCounter;
  /** One `yaml-syntax` diagnostic per parse error, across all documents. */
  syntaxErrors: Diagnostic[];
}

export function parseYaml(text: string, file: string): ParsedFile {
  const lineCounter = new LineCounter();
  const documents = Array.from(parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: true }));
  const syntaxErrors = documents.flatMap((doc) => doc.errors.map((error) => syntaxDiagnostic(error, text, file, lineCounter)));
  return { documents, lineCounter, syntaxErrors };
}

function syntaxDiagnostic(error: YAMLError, text: string, file: string, lineCounter: LineCounter): Diagnostic {
  const start = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
  // prettyErrors appends " at line L, column C:" and a code frame; the diagnostic carries those itself.
  const firstLine = error.message.split('\n')[0] ?? error.message;
  let message = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  // yaml's message does not say which key repeats; the error starts at the repeated key.
  // yaml's parser recurses per level: past a few thousand levels it runs out of stack, and says only that.
  if (/Maximum call stack size exceeded/.test(message)) message = 'values nested too deeply to read (thousands of levels); this document was skipped';
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(error.pos[0]))?.[0].trim();
    if (key) message += ` (${key} appears twice)`;
  }
  return diagnostic('error', 'yaml-syntax', `Invalid YAML: ${message}`, { file, line: start.line, column: start.col });
}
