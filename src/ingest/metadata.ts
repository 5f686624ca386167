import { z } from 'zod';
import type { Diagnostic, SourcePosition } from '../result/index.js';
import { diagnostic } from './diagnostics.js';
import { describeJson, describeStringsMismatch, isJsonObject } from './to-json.js';
import type { JsonValue, RawMetadata } from './types.js';

/** Backstage's rule for names and namespaces: letters/digits separated by single `-`, `_` or `.`. */
const NAME_PATTERN = /^[a-z0-9A-Z]+([-_.][a-z0-9A-Z]+)*$/;
export const entityName = z.string().min(1).max(63).regex(NAME_PATTERN);
const NAME_RULE = 'a string of at most 63 letters and digits, separated by single "-", "_" or "."';

const stringMap = z.record(z.string(), z.string());
const stringList = z.array(z.string());
// Built once: a zod schema costs more to construct than to run, and this runs for every entity.
const text = z.string();

export interface MetadataContext {
  kind: string;
  entityPosition: SourcePosition;
  positions: ReadonlyMap<string, SourcePosition>;
}

export type MetadataResult =
  | { ok: true; metadata: RawMetadata; ref: string; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export function entityRef(kind: string, namespace: string, name: string): string {
  return `${kind}:${namespace}/${name}`.toLowerCase();
}

/**
 * Checks metadata. A bad name or namespace is fatal because the entity could not be referred to; other bad
 * fields are dropped with a warning, as a wrong label should not cost the whole entity.
 */
export function checkMetadata(raw: JsonValue | undefined, ctx: MetadataContext): MetadataResult {
  const at = (path: string): SourcePosition => ctx.positions.get(path) ?? ctx.entityPosition;
  if (!isJsonObject(raw)) {
    const message = `${ctx.kind} entity has ${raw === undefined ? 'no metadata' : `metadata that is ${describeJson(raw)}`} (expected a mapping with a name)`;
    return { ok: false, diagnostics: [diagnostic('error', 'invalid-entity', message, at('metadata'))] };
  }
  const fields = raw;
  const name = raw.name;
  if (!entityName.safeParse(name).success) {
    const message =
      name === undefined || name === null
        ? `${ctx.kind} entity has no metadata.name (expected ${NAME_RULE})`
        : `${ctx.kind} entity has an invalid metadata.name ${typeof name === 'string' ? `"${name}"` : describeJson(name)}: expected ${NAME_RULE}`;
    return { ok: false, diagnostics: [diagnostic('error', 'invalid-entity', message, at(name === undefined ? 'metadata' : 'metadata.name'))] };
  }
  const validName = String(name);
  const rawNamespace = raw.namespace ?? 'default';
  if (!entityName.safeParse(rawNamespace).success) {
    const found = typeof rawNamespace === 'string' ? `"${rawNamespace}"` : describeJson(rawNamespace);
    const message = `${ctx.kind} "${validName}" has an invalid metadata.namespace ${found}: expected ${NAME_RULE}`;
    return { ok: false, diagnostics: [diagnostic('error', 'invalid-entity', message, at('metadata.namespace'))] };
  }
  const namespace = String(rawNamespace);
  const ref = entityRef(ctx.kind, namespace, validName);
  const diagnostics: Diagnostic[] = [];

  function optional<T>(field: string, schema: z.ZodType<T>, expected: string): T | undefined {
    const value = fields[field];
    if (value === undefined || value === null) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const message = `${ctx.kind} "${validName}" has an invalid metadata.${field}: expected ${expected}, got ${describeStringsMismatch(value)}; it was ignored`;
    diagnostics.push(diagnostic('warning', 'invalid-field', message, at(`metadata.${field}`), ref));
    return undefined;
  }

  const metadata: RawMetadata = {
    name: validName,
    namespace,
    annotations: optional('annotations', stringMap, 'a mapping of strings to strings') ?? {},
    labels: optional('labels', stringMap, 'a mapping of strings to strings') ?? {},
    tags: optional('tags', stringList, 'a list of strings') ?? [],
  };
  const title = optional('title', text, 'a string');
  if (title !== undefined) metadata.title = title;
  const description = optional('description', text, 'a string');
  if (description !== undefined) metadata.description = description;
  return { ok: true, metadata, ref, diagnostics };
}
