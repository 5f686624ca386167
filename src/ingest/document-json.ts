import { isPair, isScalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { JsonObject, JsonValue } from './types.js';

/**
 * The JSON of a document's contents, built in one walk of the AST: what `toJson(doc.toJS())` gives for
 * the documents catalogs are made of, without toJS's intermediate objects and toJson's copy of them.
 * Undefined when the document uses anything beyond plain mappings, sequences and scalars (aliases, YAML
 * 1.1 sets or ordered maps, timestamps, merge keys, keys that are collections): the caller then goes
 * the long way, which knows those.
 */
export function documentJson(node: Node | null): JsonValue | undefined {
  return node === null ? null : nodeJson(node);
}

function nodeJson(node: unknown): JsonValue | undefined {
  if (isScalar(node)) {
    const value = node.value;
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return undefined;
  }
  // Exact classes: subclasses (YAMLSet, YAMLOMap) turn into a Set or a Map in toJS.
  if (node instanceof YAMLMap && Object.getPrototypeOf(node) === YAMLMap.prototype) return mapJson(node);
  if (node instanceof YAMLSeq && Object.getPrototypeOf(node) === YAMLSeq.prototype) {
    const out: JsonValue[] = [];
    for (const item of node.items) {
      const value = nodeJson(item);
      if (value === undefined) return undefined;
      out.push(value);
    }
    return out;
  }
  return undefined;
}

function mapJson(node: YAMLMap): JsonObject | undefined {
  const out: JsonObject = {};
  for (const pair of node.items) {
    if (!isPair(pair)) return undefined;
    const key = keyString(pair.key);
    if (key === undefined) return undefined;
    const value = pair.value === null ? null : nodeJson(pair.value);
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out;
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
