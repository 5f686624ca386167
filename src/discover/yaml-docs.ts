import { isMap, isPair, isScalar, LineCounter, parseAllDocuments } from 'yaml';
import { expandedSize } from '../ingest/alias-expansion.js';
import { aliasSources } from '../ingest/alias-sources.js';
import { documentJson } from '../ingest/document-json.js';
import { MAX_EXPANDED_NODES } from '../ingest/parse-yaml.js';
import { collectPositions } from '../ingest/positions.js';
import type { Diagnostic } from '../result/index.js';
import type { Evidence } from './types.js';

/** Compose files are read with YAML 1.1 merge keys (`<<: *defaults`), as Docker Compose reads them. */
const MERGES = true;

export interface YamlDoc {
  value: unknown;
  /** Position of a value by dotted path (`services.web.build`), or of the document when absent. */
  at: (path: string) => Evidence;
  /** Position of the key of a mapping entry (`services.web` -> the line `web:`), else of its value. */
  keyAt: (path: string) => Evidence;
}

/** Key positions of nested mappings, a few levels deep (enough for services.<name>, metadata.name). */
function collectKeys(node: unknown, file: string, lineCounter: LineCounter, prefix: string, into: Map<string, Evidence>, depth: number): void {
  if (!isMap(node) || depth > 3) return;
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
    const path = prefix === '' ? String(pair.key.value) : `${prefix}.${String(pair.key.value)}`;
    const { line, col } = lineCounter.linePos(pair.key.range[0]);
    into.set(path, { file, line, column: col });
    collectKeys(pair.value, file, lineCounter, path, into, depth + 1);
  }
}

/** Parses a multi-document YAML file; documents that fail to parse become one diagnostic each. */
export function parseYamlDocs(text: string, file: string, diagnostics: Diagnostic[]): YamlDoc[] {
  const lineCounter = new LineCounter();
  const docs: YamlDoc[] = [];
  for (const doc of parseAllDocuments(text, { lineCounter, uniqueKeys: false, merge: MERGES })) {
    const start = lineCounter.linePos(doc.range[0]);
    const docAt: Evidence = { file, line: start.line, column: start.col };
    if (doc.errors.length > 0) {
      const error = doc.errors[0];
      const pos = error ? lineCounter.linePos(error.pos[0]) : start;
      const message = `${file}: not valid YAML (${(error?.message ?? '').split('\n')[0]}); the document was skipped`;
      diagnostics.push({ severity: 'warning', code: 'discover-unparseable', message, file, line: pos.line, column: pos.col });
      continue;
    }
    // Compose files lean on anchors (`<<: *defaults` in forty services): bounded by what they expand to, as
    // catalog files are, never by how often they are used.
    let value: unknown;
    try {
      const sources = aliasSources(doc);
      if (expandedSize(doc, MAX_EXPANDED_NODES, sources) > MAX_EXPANDED_NODES) throw new Error('aliases expand too much');
      value = documentJson(doc.contents, sources, MERGES) ?? doc.toJS({ maxAliasCount: -1 });
    } catch {
      diagnostics.push({ severity: 'warning', code: 'discover-unparseable', message: `${file}: YAML aliases expand too much; skipped`, ...docAt });
      continue;
    }
    if (value === null || value === undefined) continue;
    const positions = collectPositions(doc.contents, file, lineCounter);
    const keys = new Map<string, Evidence>();
    collectKeys(doc.contents, file, lineCounter, '', keys, 0);
    docs.push({ value, at: (path) => positions.get(path) ?? docAt, keyAt: (path) => keys.get(path) ?? positions.get(path) ?? docAt });
  }
  return docs;
}

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Maps byte offsets of `text` to 1-based lines with a binary search over line starts. */
export function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
