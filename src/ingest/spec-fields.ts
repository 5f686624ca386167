import { z } from 'zod';
import type { Diagnostic, SourcePosition } from '../result/index.js';
import { diagnostic } from './diagnostics.js';
import { describeJson, describeStringsMismatch } from './to-json.js';
import type { JsonObject, KnownKind } from './types.js';

type FieldType = 'string' | 'string-list' | 'mapping' | 'definition';

const nonEmpty = z.string().min(1);
/**
 * Backstage substitutes these at ingestion (PlaceholderProcessor: `$text`, `$json`, `$yaml` built in,
 * `$openapi` and `$asyncapi` from the OpenAPI module, which also inlines `$ref`s); teamfit keeps them as
 * declared, without reading the target: the definition's content decides nothing here.
 */
export const PLACEHOLDERS = ['$text', '$json', '$yaml', '$openapi', '$asyncapi'] as const;
const placeholder = z.union(PLACEHOLDERS.map((key) => z.strictObject({ [key]: nonEmpty })));

const CHECKS: Record<FieldType, { schema: z.ZodType; expected: string }> = {
  string: { schema: nonEmpty, expected: 'a string' },
  'string-list': { schema: z.array(nonEmpty), expected: 'a list of strings' },
  mapping: { schema: z.record(z.string(), z.unknown()), expected: 'a mapping' },
  definition: { schema: z.union([z.string(), placeholder]), expected: `a string or a {${PLACEHOLDERS.join('|')}: ...} placeholder` },
};

interface KindSpec {
  fields: Record<string, FieldType>;
  /** Each entry is satisfied by any one of its fields (Location: target or targets). */
  required: string[][];
  /** Required fields that entities of these `spec.type`s may leave out. */
  exemptTypes?: Record<string, readonly string[]>;
}

const relations = { dependsOn: 'string-list', dependencyOf: 'string-list', system: 'string' } as const;

/** The spec fields of Backstage's JSON schemas that teamfit reads; other fields pass through unchecked. */
export const KIND_SPECS: Record<KnownKind, KindSpec> = {
  Component: {
    fields: {
      type: 'string', lifecycle: 'string', owner: 'string', subcomponentOf: 'string',
      providesApis: 'string-list', consumesApis: 'string-list', ...relations,
    },
    required: [['type'], ['lifecycle'], ['owner']],
  },
  API: {
    fields: { type: 'string', lifecycle: 'string', owner: 'string', definition: 'definition', system: 'string' },
    required: [['type'], ['lifecycle'], ['owner'], ['definition']],
    // An MCP server API lists its endpoints in spec.remotes; Backstage's schema has no definition for it.
    exemptTypes: { definition: ['mcp-server'] },
  },
  Resource: { fields: { type: 'string', owner: 'string', ...relations }, required: [['type'], ['owner']] },
  System: { fields: { type: 'string', owner: 'string', domain: 'string' }, required: [['owner']] },
  Domain: { fields: { type: 'string', owner: 'string', subdomainOf: 'string' }, required: [['owner']] },
  Group: {
    fields: { type: 'string', parent: 'string', children: 'string-list', members: 'string-list', profile: 'mapping' },
    required: [['type'], ['children']],
  },
  User: { fields: { memberOf: 'string-list', profile: 'mapping' }, required: [] },
  Location: {
    fields: { type: 'string', target: 'string', targets: 'string-list', presence: 'string' },
    required: [['target', 'targets']],
  },
};

export interface SpecContext {
  kind: KnownKind;
  name: string;
  ref: string;
  entityPosition: SourcePosition;
  positions: ReadonlyMap<string, SourcePosition>;
}

/**
 * Checks the spec of one entity in place: fields of the wrong type are removed (so later stages can trust
 * what remains) and reported; missing required fields are reported but the entity is kept.
 */
export function checkSpec(spec: JsonObject, ctx: SpecContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const { fields, required, exemptTypes = {} } = KIND_SPECS[ctx.kind];
  const label = `${ctx.kind} "${ctx.name}"`;
  const invalid = new Set<string>();

  for (const [field, type] of Object.entries(fields)) {
    const value = spec[field];
    if (value === undefined) continue;
    // `owner:` with nothing after it is the same as leaving the field out.
    if (value === null) {
      delete spec[field];
      continue;
    }
    const check = CHECKS[type];
    if (check.schema.safeParse(value).success) continue;
    delete spec[field];
    invalid.add(field);
    const where = ctx.positions.get(`spec.${field}`) ?? ctx.entityPosition;
    const message = `${label} has an invalid spec.${field}: expected ${check.expected}, got ${type === 'string-list' ? describeStringsMismatch(value) : describeJson(value)}; it was ignored`;
    diagnostics.push(diagnostic('warning', 'invalid-field', message, where, ctx.ref));
  }

  for (const alternatives of required) {
    // A present-but-invalid field was already reported; saying it is also missing would only repeat that.
    if (alternatives.some((field) => spec[field] !== undefined || invalid.has(field))) continue;
    if (alternatives.some((field) => typeof spec.type === 'string' && exemptTypes[field]?.includes(spec.type))) continue;
    const names = alternatives.map((field) => `spec.${field}`).join(' or ');
    const expected = alternatives.map((field) => CHECKS[fields[field] ?? 'string'].expected).join(' or ');
    const message = `${label} is missing ${names} (expected ${expected})`;
    diagnostics.push(diagnostic('warning', 'missing-field', message, ctx.entityPosition, ctx.ref));
  }
  return diagnostics;
}

/** Whether a kind has required spec fields, i.e. whether a missing spec deserves a diagnostic. */
export function requiresSpec(kind: KnownKind): boolean {
  return KIND_SPECS[kind].required.length > 0;
}
