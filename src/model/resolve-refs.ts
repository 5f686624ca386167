import type { JsonValue, RawEntity } from '../ingest/types.js';
import { EntityKind, type Diagnostic, type EntityRef, type ModelEntity, type UnresolvedRef } from '../result/index.js';
import { kindOfRef } from './model-index.js';
import { describeEntity, modelDiagnostic, positionOf } from './diagnostics.js';
import { parseEntityRef, stringifyEntityRef } from './entity-ref.js';
import { fieldPath, REF_FIELDS, type RefField } from './ref-fields.js';
import type { RelationSet } from './relation-set.js';

/** Everything reference resolution reads and writes, built once per model. */
export interface ResolveContext {
  known: ReadonlyMap<EntityRef, ModelEntity>;
  relations: RelationSet;
  diagnostics: Diagnostic[];
}

/** One reference as written, with the dotted path it sits at. */
interface WrittenRef {
  path: string;
  value: JsonValue;
}

/**
 * Resolves every reference field of one entity: a reference that names a loaded entity of an allowed kind
 * adds its pair of relations; any other is recorded in `entity.unresolved` and reported, and adds nothing.
 */
export function resolveRefs(raw: RawEntity, entity: ModelEntity, context: ResolveContext): void {
  for (const field of REF_FIELDS[raw.kind]) {
    for (const written of writtenRefs(raw, field)) resolveOne(raw, entity, field, written, context);
  }
}

function writtenRefs(raw: RawEntity, field: RefField): WrittenRef[] {
  const path = fieldPath(field);
  if (field.inAnnotation) {
    const value = raw.metadata.annotations[field.key];
    if (value === undefined) return [];
    return value.split(',').map((part) => part.trim()).filter((part) => part !== '').map((part) => ({ path, value: part }));
  }
  const value = raw.spec[field.key];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((item, index) => ({ path: `${path}.${index}`, value: item }));
  return [{ path, value }];
}

function resolveOne(raw: RawEntity, entity: ModelEntity, field: RefField, written: WrittenRef, context: ResolveContext): void {
  const { path, value } = written;
  const where = `${describeEntity(raw)}: ${path}`;
  const unresolved = (reason: UnresolvedRef['reason'], code: 'malformed-ref' | 'wrong-ref-kind' | 'dangling-ref', message: string) => {
    entity.unresolved.push({ field: path, target: typeof value === 'string' ? value : JSON.stringify(value), reason });
    context.diagnostics.push(modelDiagnostic(code, message, positionOf(raw, path), entity.ref));
  };

  if (typeof value !== 'string') {
    return unresolved('malformed', 'malformed-ref', `${where} ${JSON.stringify(value)} is not an entity reference (expected a string)`);
  }
  const parsed = parseEntityRef(value, { defaultKind: field.defaultKind, defaultNamespace: raw.metadata.namespace });
  if (!parsed.ok) return unresolved('malformed', 'malformed-ref', `${where}: ${parsed.error}`);

  const target = stringifyEntityRef(parsed.ref);
  const kind = kindOfRef(target);
  if (!field.allowedKinds.some((allowed) => allowed === kind)) {
    const expected = field.allowedKinds.join(' or ');
    return unresolved('wrong-kind', 'wrong-ref-kind', `${where} "${target}" is a ${kind}, but ${path.replace(/\.\d+$/, '')} must name a ${expected}`);
  }
  if (target === entity.ref) {
    const message = `${where} refers to the entity itself; the relation is ignored`;
    context.diagnostics.push(modelDiagnostic('self-reference', message, positionOf(raw, path), entity.ref));
    return;
  }
  if (!context.known.has(target)) {
    return unresolved('not-found', 'dangling-ref', `${where} "${target}" does not match any entity in the catalog${hint(target, context)}`);
  }
  context.relations.add(field.forward, entity.ref, target);
  context.relations.add(field.backward, target, entity.ref);
}

/** A dangling ref is often the right name with the wrong (default) kind: say so when one exists. */
function hint(target: EntityRef, context: ResolveContext): string {
  const rest = target.slice(target.indexOf(':'));
  const other = EntityKind.options.map((kind) => `${kind}${rest}`).find((ref) => ref !== target && context.known.has(ref));
  return other ? ` (there is a ${kindOfRef(other)} "${other}")` : '';
}
