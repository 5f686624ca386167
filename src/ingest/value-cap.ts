import type { Diagnostic, SourcePosition } from '../result/index.js';
import { diagnostic } from './diagnostics.js';
import type { JsonObject, JsonValue } from './types.js';

/** Longest string one catalog value may hold: a hundred times a long description, far below a pasted file. */
export const MAX_VALUE_CHARS = 1024 * 1024;

/**
 * Drops every string longer than MAX_VALUE_CHARS from an entity's JSON (in place), one warning each at the
 * value's position: a 20 MB description would otherwise be copied into the model, every report and the
 * result. A dropped value reads as absent, so a field that needs it is reported as missing.
 */
export function dropOversizedValues(json: JsonObject, at: (path: string) => SourcePosition): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const stack: Array<{ value: JsonValue; path: string }> = [{ value: json, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() ?? { value: null, path: '' };
    if (value === null || typeof value !== 'object') continue;
    const entries: Array<[string, JsonValue]> = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
    for (const [key, item] of entries) {
      const child = path === '' ? key : `${path}.${key}`;
      if (typeof item === 'string' && item.length > MAX_VALUE_CHARS) {
        if (Array.isArray(value)) value[Number(key)] = null;
        else delete value[key];
        const size = `${(item.length / 1024 / 1024).toFixed(1)} M characters`;
        diagnostics.push(diagnostic('warning', 'value-too-large', `${child} holds ${size}, over the limit of ${MAX_VALUE_CHARS / 1024 / 1024} M for one value; it was left out`, at(child)));
      } else if (typeof item === 'object' && item !== null) {
        stack.push({ value: item, path: child });
      }
    }
  }
  return diagnostics;
}
