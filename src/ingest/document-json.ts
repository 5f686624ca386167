import { isAlias, isPair, isScalar, YAMLMap, YAMLSeq, type Alias, type Node } from 'yaml';
import type { JsonObject, JsonValue } from './types.js';

/**
 * The JSON of a document's contents, built in one walk of the AST: what `toJson(doc.toJS())` gives for
 * the documents catalogs are made of, without toJS's intermediate objects and toJson's copy of them.
 * Aliases are expanded through `sources` (see aliasSources), each use a copy of its own as toJson makes
 * it; the caller must have bounded what they expand to (expandedSize), which also rules out an alias
 * inside its own anchor. Undefined when the document uses anything beyond plain mappings, sequences,
 * scalars, resolved aliases and, when `mergeKeys` (the document's schema merges), `<<` merge keys
 * (YAML 1.1 sets or ordered maps, timestamps, keys that are collections): the caller then goes the long
 * way, which knows those. toJS itself resolves each alias by scanning every anchor before it, quadratic
 * in a file of thousands of `<<: *defaults`.
 */
export function documentJson(node: Node | null, sources: ReadonlyMap<Alias, Node | undefined> = new Map(), mergeKeys = false): JsonValue | undefined {
  return node === null ? null : new DocumentJson(sources, mergeKeys).nodeJson(node);
}

class DocumentJson {
  constructor(
    private readonly sources: ReadonlyMap<Alias, Node | undefined>,
    private readonly mergeKeys: boolean,
  ) {}

  nodeJson(node: unknown): JsonValue | undefined {
    if (isAlias(node)) {
      const source = this.sources.get(node);
      return source === undefined ? undefined : this.nodeJson(source);
    }
    if (isScalar(node)) {
      const value = node.value;
      if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
      return undefined;
    }
    // Exact classes: subclasses (YAMLSet, YAMLOMap) turn into a Set or a Map in toJS.
    if (node instanceof YAMLMap && Object.getPrototypeOf(node) === YAMLMap.prototype) return this.mapJson(node);
    if (node instanceof YAMLSeq && Object.getPrototypeOf(node) === YAMLSeq.prototype) {
      const out: JsonValue[] = [];
      for (const item of node.items) {
        const value = this.nodeJson(item);
        if (value === undefined) return undefined;
        out.push(value);
      }
      return out;
    }
    return undefined;
  }

  private mapJson(node: YAMLMap): JsonObject | undefined {
    const out: JsonObject = {};
    for (const pair of node.items) {
      if (!isPair(pair)) return undefined;
      if (this.isMergeKey(pair.key)) {
        if (!this.merge(out, pair.value)) return undefined;
        continue;
      }
      const key = keyString(pair.key);
      if (key === undefined) return undefined;
      const value = pair.value === null ? null : this.nodeJson(pair.value);
      if (value === undefined) return undefined;
      out[key] = value;
    }
    return out;
  }

  // A plain `<<` in a schema that merges: yaml turns it into a symbol-valued scalar.
  private isMergeKey(key: unknown): boolean {
    if (!this.mergeKeys || !isScalar(key)) return false;
    const value: unknown = key.value;
    return (typeof value === 'symbol' && value.description === '<<') || (value === '<<' && (key.type === undefined || key.type === 'PLAIN'));
  }

  /**
   * Adds the keys of a merged mapping (or of each mapping of a merged list, the first one winning) that
   * `out` does not hold yet, as yaml does: keys written in the mapping itself win wherever they stand.
   */
  private merge(out: JsonObject, value: unknown): boolean {
    const resolved = isAlias(value) ? this.sources.get(value) : value;
    const items = resolved instanceof YAMLSeq ? (resolved.items as unknown[]) : [resolved];
    for (const item of items) {
      const source = isAlias(item) ? this.sources.get(item) : item;
      if (!(source instanceof YAMLMap)) return false;
      const json = this.nodeJson(source);
      if (!isObject(json)) return false;
      for (const [key, merged] of Object.entries(json)) if (!Object.hasOwn(out, key)) out[key] = merged;
    }
    return true;
  }
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The property name toJS gives a key (null becomes ''), for keys whose assignment has no side effect. */
function keyString(key: unknown): string | undefined {
  if (key === null) return '';
  if (!isScalar(key)) return undefined;
  const value = key.value;
  if (value === null) return '';
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  const name = String(value);
  // `<<` may be a merge key; `__proto__` would set the prototype instead of adding a property.
  return name === '<<' || name === '__proto__' ? undefined : name;
}
