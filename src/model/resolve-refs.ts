import type { JsonValue, RawEntity } from '../ingest/types.js';
import { EntityKind, type Diagnostic, type EntityRef, type ModelEntity, type UnresolvedRef } from '../result/index.js';
import { kindOfRef } from './model-index.js';
import { describeEntity, modelDiagnostic, positionOf, type ModelDiagnosticCode } from './diagnostics.js';
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
    const parts = value.split(',').map((part) => part.trim());
    return parts.filter((part) => part !== '').map((part) => ({ path, value: part }));
  }
  const value = raw.spec[field.key];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((item, index) => ({ path: `${path}.${index}`, value: item }));
  return [{ path, value }];
}

type Verdict =
  | { kind: 'resolved'; target: EntityRef }
  | { kind: 'self' }
  | { kind: 'unresolved'; reason: UnresolvedRef['reason']; code: ModelDiagnosticCode; problem: string };

function resolveOne(raw: RawEntity, entity: ModelEntity, field: RefField, written: WrittenRef, context: ResolveContext): void {
  const verdict = judge(raw, entity.ref, field, written.value, context);
  if (verdict.kind === 'resolved') {
    context.relations.add(field.forward, entity.ref, verdict.target);
    context.relations.add(field.backward, verdict.target, entity.ref);
    return;
  }
  // Built only here: most references resolve, and these strings would be garbage for every one of them.
  const position = positionOf(raw, written.path);
  const where = `${describeEntity(raw)}: ${written.path}`;
  if (verdict.kind === 'self') {
    const message = `${where} refers to the entity itself; the relation is ignored`;
    context.diagnostics.push(modelDiagnostic('self-reference', message, position, entity.ref));
  } else {
    const target = typeof written.value === 'string' ? written.value : JSON.stringify(written.value);
    entity.unresolved.push({ field: written.path, target, reason: verdict.reason });
    context.diagnostics.push(modelDiagnostic(verdict.code, `${where}${verdict.problem}`, position, entity.ref));
  }
}

function judge(raw: RawEntity, self: EntityRef, field: RefField, value: JsonValue, context: ResolveContext): Verdict {
  if (typeof value !== 'string') {
    const problem = ` ${JSON.stringify(value)} is not an entity reference (expected a string)`;
    return { kind: 'unresolved', reason: 'malformed', code: 'malformed-ref', problem };
  }
  const parsed = parseEntityRef(value, { defaultKind: field.defaultKind, defaultNamespace: raw.metadata.namespace });
  if (!parsed.ok) return { kind: 'unresolved', reason: 'malformed', code: 'malformed-ref', problem: `: ${parsed.error}` };

  const target = stringifyEntityRef(parsed.ref);
  const kind = kindOfRef(target);
  if (!field.allowedKinds.some((allowed) => allowed === kind)) {
    const problem = ` "${target}" is a ${kind}, but ${fieldPath(field)} must name a ${field.allowedKinds.join(' or ')}`;
    return { kind: 'unresolved', reason: 'wrong-kind', code: 'wrong-ref-kind', problem };
  }
  if (target === self) return { kind: 'self' };
  if (!context.known.has(target)) {
    const problem = ` "${target}" does not match any entity in the catalog${hint(target, context)}`;
    return { kind: 'unresolved', reason: 'not-found', code: 'dangling-ref', problem };
  }
  return { kind: 'resolved', target };
}

/** A dangling ref is often the right name with the wrong (default) kind: say so when one exists. */
function hint(target: EntityRef, context: ResolveContext): string {
  const rest = target.slice(target.indexOf(':'));
  const other = EntityKind.options.map((kind) => `${kind}${rest}`).find((ref) => ref !== target && context.known.has(ref));
  return other ? ` (there is a ${kindOfRef(other)} "${other}")` : '';
}
