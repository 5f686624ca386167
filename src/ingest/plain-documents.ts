import { LineCounter, Parser, type CST } from 'yaml';
import { NotPlainScalar, resolveScalar } from './core-scalar.js';
import { endTokens, NotPlain, notPlain, propsToken, valueIndicator } from './plain-tokens.js';
import type { JsonObject, JsonValue } from './types.js';

/** One document read the cheap way: its JSON, where it starts, and the offset of every value by dotted path. */
export interface PlainDocument {
  /** What `documentJson` (or `toJson(doc.toJS())`) gives for the document's contents. */
  json: JsonValue;
  /** The offset `documentStart` uses: the first key of a mapping, else the contents, else the document. */
  start: number;
  /** The offsets `collectPositions` records, in the order it records them. */
  offsets: Map<string, number>;
}

export interface PlainFile {
  documents: PlainDocument[];
  lineCounter: LineCounter;
}

/** Deeper than this, the composer's own recursion is the one to hear from (it reports a stack overflow). */
const MAX_DEPTH = 256;
/** The composer refuses an implicit key whose `:` lies over 1024 characters after its start; keep clear of it. */
const MAX_KEY_SPAN = 1000;

/**
 * Reads a file's documents from yaml's CST (its `Parser`, scalars through `CST.resolveAsScalar` and the
 * core schema's own tags) instead of composing a Document per file and converting it: the composer's
 * nodes, ranges and comments are most of what parsing a catalog costs, and teamfit keeps none of them.
 *
 * Only the shape catalogs are made of is read: block mappings and sequences, flow collections on one line,
 * scalars of every style, comments. Every check the composer makes on that shape is made here too, and
 * anything outside it (anchors, aliases, tags, directives, explicit `?` keys, `<<` or `__proto__` keys,
 * duplicate keys, tabs in indentation, empty sequence items, any syntax error) returns undefined: the
 * caller then reads the file the full way, so diagnostics and results are the same either way.
 */
export function readPlainDocuments(text: string): PlainFile | undefined {
  const lineCounter = new LineCounter();
  try {
    const walk = new PlainWalk();
    for (const token of new Parser(lineCounter.addNewLine).parse(text)) walk.top(token);
    return { documents: walk.documents, lineCounter };
  } catch (error) {
    // RangeError: a stack overflow in yaml's own scalar reading; the full path reports it.
    if (error instanceof NotPlain || error instanceof NotPlainScalar || error instanceof RangeError) return undefined;
    throw error;
  }
}

type FlowScalar = CST.FlowScalar;

function isStringScalar(token: CST.Token | null | undefined): token is FlowScalar {
  return token?.type === 'scalar' || token?.type === 'single-quoted-scalar' || token?.type === 'double-quoted-scalar';
}

class PlainWalk {
  readonly documents: PlainDocument[] = [];
  private offsets = new Map<string, number>();
  private depth = 0;

  top(token: CST.Token): void {
    switch (token.type) {
      case 'byte-order-mark':
      case 'space':
      case 'comment':
      case 'newline':
        return;
      case 'document':
        this.document(token);
        return;
      case 'doc-end':
        if (this.documents.length === 0) notPlain('doc-end without a document');
        endTokens(token.end, true);
        return;
      default:
        notPlain(token.type);
    }
  }

  private document(token: CST.Document): void {
    let hasSpace = true;
    let hasNewline = false;
    let found = false;
    for (const t of token.start) {
      if (t.type === 'doc-start' && !found) {
        found = true;
        hasSpace = false;
      } else {
        hasSpace = propsToken(t, hasSpace);
        if (t.type === 'newline') hasNewline = true;
      }
    }
    const value = token.value;
    if (found && (value?.type === 'block-map' || value?.type === 'block-seq') && !hasNewline) notPlain('collection on the --- line');
    endTokens(token.end, false);
    this.offsets = new Map();
    const json = value === undefined ? null : this.node(value, '');
    this.documents.push({ json, start: documentStart(token), offsets: this.offsets });
  }

  private node(token: CST.Token, path: string): JsonValue {
    if (path !== '') this.offsets.set(path, token.offset);
    switch (token.type) {
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return resolveScalar(token, false).value;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (++this.depth > MAX_DEPTH) notPlain('deep');
        const json = token.type === 'block-map' ? this.blockMap(token, path) : token.type === 'block-seq' ? this.blockSeq(token, path) : this.flow(token, path);
        this.depth--;
        return json;
      }
      default:
        return notPlain(token.type);
    }
  }

  private blockMap(map: CST.BlockMap, prefix: string): JsonObject {
    const out: JsonObject = {};
    const keys = new Set<unknown>();
    // A lower bound of where the previous node's range ends: the composer measures a key's span from there.
    let previousEnd = map.offset;
    map.items.forEach((item, index) => {
      let hasSpace = true;
      for (const t of item.start) hasSpace = propsToken(t, hasSpace);
      const { key, sep, value } = item;
      if (key === undefined && sep === undefined) {
        // Comments after the last entry; anywhere else the composer calls them trailing content.
        if (value !== undefined || index !== map.items.length - 1) notPlain('comment inside a mapping');
        return;
      }
      if (!isStringScalar(key) || !sep || key.indent !== map.indent || key.source.includes('\n') || (key.end?.length ?? 0) > 0) notPlain('key');
      const resolvedKey = resolveScalar(key, true);
      const keyValue = resolvedKey.value;
      if (keys.has(keyValue) || Number.isNaN(keyValue)) notPlain('duplicate key');
      keys.add(keyValue);
      const indicator = valueIndicator(sep, false);
      if ((item.start.length > 0 ? key.offset : previousEnd) < indicator.offset - MAX_KEY_SPAN) notPlain('long key');
      if (value?.type === 'block-map' && !indicator.hasNewline) notPlain('compact mapping');
      const name = propertyName(keyValue);
      const path = prefix === '' ? String(keyValue) : `${prefix}.${String(keyValue)}`;
      out[name] = this.pairValue(value, path, key.offset);
      previousEnd = value === undefined ? indicator.offset : scalarEnd(value);
    });
    return out;
  }

  /** A mapping value; an empty one (`owner:`) is null, and its position is its key's, as collectPositions has it. */
  private pairValue(value: CST.Token | undefined, path: string, keyOffset: number): JsonValue {
    if (value === undefined) {
      this.offsets.set(path, keyOffset);
      return null;
    }
    const json = this.node(value, path);
    if (json === null && isStringScalar(value) && value.source === '') this.offsets.set(path, keyOffset);
    return json;
  }

  private blockSeq(seq: CST.BlockSequence, prefix: string): JsonValue[] {
    const out: JsonValue[] = [];
    seq.items.forEach((item, index) => {
      let hasSpace = true;
      let found = false;
      for (const t of item.start) {
        if (t.type === 'seq-item-ind' && !found) {
          found = true;
          hasSpace = false;
        } else hasSpace = propsToken(t, hasSpace);
      }
      if (!found) {
        if (item.value !== undefined || index !== seq.items.length - 1) notPlain('comment inside a sequence');
        return;
      }
      // An empty item's position is worked out backwards through the tokens before it: leave it to yaml.
      if (item.value === undefined) notPlain('empty item');
      const i = out.length;
      out.push(this.node(item.value, prefix === '' ? String(i) : `${prefix}.${i}`));
    });
    return out;
  }

  /** `[a, "b"]` and `{k: v}` on one line, of scalars or such collections. */
  private flow(fc: CST.FlowCollection, prefix: string): JsonValue {
    const isMap = fc.start.source === '{';
    const out: JsonObject | JsonValue[] = isMap ? {} : [];
    const keys = new Set<unknown>();
    fc.items.forEach((item, index) => {
      let comma = false;
      for (const t of item.start) {
        if (t.type === 'comma' && !comma) comma = true;
        else if (t.type !== 'space' || t.source.includes('\t')) notPlain('flow item start');
      }
      const { key, sep, value } = item;
      if (key === undefined && sep === undefined && value === undefined) {
        // `[a, b, ]` may end with a comma; an empty item anywhere else is an error.
        if ((index === 0 && comma) || index < fc.items.length - 1) notPlain('empty flow item');
        return;
      }
      if (index === 0 ? comma : !comma) notPlain('flow comma');
      if (value === undefined || !(isStringScalar(value) ? !value.source.includes('\n') : value.type === 'flow-collection')) notPlain('flow value');
      if (Array.isArray(out)) {
        if (key !== undefined || sep !== undefined) notPlain('pair in a flow sequence');
        const i = out.length;
        out.push(this.node(value, prefix === '' ? String(i) : `${prefix}.${i}`));
        return;
      }
      if (!isStringScalar(key) || !sep || key.source.includes('\n') || (key.end?.length ?? 0) > 0) notPlain('flow key');
      const indicator = valueIndicator(sep, true);
      if (indicator.hasNewline) notPlain('multi-line flow pair');
      const keyValue = resolveScalar(key, true).value;
      if (keys.has(keyValue) || Number.isNaN(keyValue)) notPlain('duplicate key');
      keys.add(keyValue);
      const path = prefix === '' ? String(keyValue) : `${prefix}.${String(keyValue)}`;
      out[propertyName(keyValue)] = this.node(value, path);
    });
    const [close, ...rest] = fc.end;
    if (close?.source !== (isMap ? '}' : ']')) notPlain('unclosed flow collection');
    endTokens(rest, true);
    return out;
  }
}

function documentStart(token: CST.Document): number {
  const value = token.value;
  if (value?.type === 'block-map' || (value?.type === 'flow-collection' && value.start.source === '{')) {
    const first = value.items.find((item) => item.key);
    return first?.key?.offset ?? value.offset;
  }
  return value?.offset ?? token.offset;
}

/** A lower bound of where a value node's range ends (its token starts at least there). */
function scalarEnd(token: CST.Token): number {
  return token.offset + (isStringScalar(token) ? token.source.length : 0);
}

/** The property name toJS gives a key (null becomes ''); keys whose assignment has side effects are not plain. */
function propertyName(key: string | number | boolean | null): string {
  if (key === null) return '';
  const name = String(key);
  if (name === '<<' || name === '__proto__') notPlain(`key ${name}`);
  return name;
}
