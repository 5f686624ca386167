import type { JsonObject, JsonValue } from './types.js';

/**
 * Narrows what `doc.toJS()` returns to JSON. The core schema only yields JSON-like values, but custom tags
 * (`!!set`, `!!binary`, ...) can produce others; those become strings rather than leaking odd types downstream.
 */
export function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof Set) return Array.from(value, toJson);
  if (value instanceof Map) {
    const out: JsonObject = {};
    for (const [k, v] of value) setOwn(out, String(k), toJson(v));
    return out;
  }
  if (isPlainObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) setOwn(out, k, toJson(v));
    return out;
  }
  return String(value);
}

/**
 * A key `__proto__` written in YAML is data like any other. Assigned with `=`, it would instead replace the
 * object's prototype, making its fields readable on the object without being listed in it (a
 * `__proto__: {owner: x}` under spec would pass for spec.owner).
 */
function setOwn(out: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
  else out[key] = value;
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Like describeJson, but for a list or mapping that should hold only non-empty strings it names the first
 * item that does not, because "expected a list of strings, got a list" would not help anyone.
 */
export function describeStringsMismatch(value: JsonValue | undefined): string {
  if (Array.isArray(value)) {
    const index = value.findIndex((item) => typeof item !== 'string' || item === '');
    if (index >= 0) return `a list whose item ${index + 1} is ${describeJson(value[index])}`;
  } else if (isJsonObject(value)) {
    const entry = Object.entries(value).find(([, item]) => typeof item !== 'string');
    if (entry) return `a mapping whose "${entry[0]}" is ${describeJson(entry[1])}`;
  }
  return describeJson(value);
}

/** "a list", "a number", ... for messages that say what was found instead of what was expected. */
export function describeJson(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  return `a ${typeof value}`;
}
