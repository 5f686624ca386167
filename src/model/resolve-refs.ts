import type { JsonValue, RawEntity } from '../ingest/types.js';
import type { Diagnostic, EntityRef, ModelEntity, UnresolvedRef } from '../result/index.js';
import { suggestTarget } from './dangling-cause.js';
import type { DanglingReport } from './dangling-report.js';
import { describeEntity, modelDiagnostic, positionOf, type ModelDiagnosticCode } from './diagnostics.js';
import type { WrittenTargets } from './written-targets.js';
import { fieldPath, REF_FIELDS, type RefField } from './ref-fields.js';
import type { RelationSet } from './relation-set.js';

/** Everything reference resolution reads and writes, built once per model. */
export interface ResolveContext {
  known: ReadonlyMap<EntityRef, ModelEntity>;
  /** Loaded refs by name, for the namesake a dangling ref probably meant: made when the first one dangles. */
  byName: () => ReadonlyMap<string, readonly EntityRef[]>;
  relations: RelationSet;
  diagnostics: Diagnostic[];
  /** References as written, each text read once per default kind and namespace. */
  written: WrittenTargets;
  /** Dangling refs, reported one diagnostic per root cause once all are known. */
  dangling: DanglingReport;
  /** The organisation's "no owner" markers (catalog.unownedOwners). */
  isUnowned: (target: EntityRef) => boolean;
  /**
   * Whether owner refs that name no Group or User are left to the missing-owner finding (so each is
   * reported once, where the model puts ownership problems) instead of being diagnostics too.
   */
  ownerProblemsAreFindings: boolean;
}

/** One reference as written, and where it sits: the field, and its place when the field is a list. */
interface WrittenRef {
  value: JsonValue;
  index?: number;
}

/**
 * Resolves every reference field of one entity: a reference that names a loaded entity of an allowed kind
 * adds its pair of relations; any other is recorded in `entity.unresolved` and reported, and adds nothing.
 */
export function resolveRefs(raw: RawEntity, entity: ModelEntity, context: ResolveContext): void {
  for (const field of REF_FIELDS[raw.kind]) {
    if (field.inAnnotation) {
      const value = raw.metadata.annotations[field.key];
      if (value === undefined) continue;
      for (const part of value.split(',')) {
        const trimmed = part.trim();
        if (trimmed !== '') resolveOne(raw, entity, field, { value: trimmed }, context);
      }
      continue;
    }
    const value = raw.spec[field.key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) value.forEach((item, index) => resolveOne(raw, entity, field, { value: item, index }, context));
    else resolveOne(raw, entity, field, { value }, context);
  }
}

/** The dotted path a reference sits at (`spec.dependsOn.2`), built only for one that fails. */
function writtenPath(field: RefField, written: WrittenRef): string {
  return written.index === undefined ? fieldPath(field) : `${fieldPath(field)}.${written.index}`;
}

type Verdict =
  | { kind: 'resolved'; target: EntityRef }
  | { kind: 'self' }
  | { kind: 'unowned' }
  | { kind: 'dangling'; target: EntityRef; suggestion?: EntityRef }
  | { kind: 'unresolved'; reason: UnresolvedRef['reason']; code: ModelDiagnosticCode; problem: string };

function resolveOne(raw: RawEntity, entity: ModelEntity, field: RefField, written: WrittenRef, context: ResolveContext): void {
  const verdict = judge(raw, entity.ref, field, written.value, context);
  if (verdict.kind === 'resolved') {
    context.relations.add(field.forward, entity.ref, verdict.target);
    context.relations.add(field.backward, verdict.target, entity.ref);
    return;
  }
  // Built only here: most references resolve, and these strings would be garbage for every one of them.
  const path = writtenPath(field, written);
  const position = positionOf(raw, path);
  const where = `${describeEntity(raw)}: ${path}`;
  const target = typeof written.value === 'string' ? written.value : JSON.stringify(written.value);
  const isOwner = field.key === 'owner' && !field.inAnnotation;
  if (verdict.kind === 'self') {
    const message = `${where} refers to the entity itself; the relation is ignored`;
    context.diagnostics.push(modelDiagnostic('self-reference', message, position, entity.ref));
  } else if (verdict.kind === 'unowned') {
    // The organisation's way of writing "no owner": missing-owner says so; it is not a broken reference.
    entity.unresolved.push({ field: path, target, reason: 'unowned' });
  } else if (verdict.kind === 'dangling') {
    entity.unresolved.push({ field: path, target, reason: 'not-found', ...(verdict.suggestion && { suggestion: verdict.suggestion }) });
    if (isOwner && context.ownerProblemsAreFindings) return;
    const description = describeEntity(raw);
    context.dangling.add({ entity: entity.ref, description, field: fieldPath(field), path: path, target: verdict.target, position, ...(verdict.suggestion && { suggestion: verdict.suggestion }) });
  } else {
    entity.unresolved.push({ field: path, target, reason: verdict.reason });
    // A malformed ref stays a diagnostic even for owners: it is broken syntax, which Backstage itself rejects.
    if (isOwner && verdict.reason === 'wrong-kind' && context.ownerProblemsAreFindings) return;
    context.diagnostics.push(modelDiagnostic(verdict.code, `${where}${verdict.problem}`, position, entity.ref));
  }
}

function judge(raw: RawEntity, self: EntityRef, field: RefField, value: JsonValue, context: ResolveContext): Verdict {
  if (typeof value !== 'string') {
    const problem = ` ${JSON.stringify(value)} is not an entity reference (expected a string)`;
    return { kind: 'unresolved', reason: 'malformed', code: 'malformed-ref', problem };
  }
  const read = context.written.read(value, field.defaultKind, raw.metadata.namespace);
  if (!read.ok) return { kind: 'unresolved', reason: 'malformed', code: 'malformed-ref', problem: `: ${read.error}` };

  const { target, kind } = read;
  if (field.key === 'owner' && !field.inAnnotation && context.isUnowned(target)) return { kind: 'unowned' };
  if (!field.allowedKinds.some((allowed) => allowed === kind)) {
    const problem = ` "${target}" is a ${kind}, but ${fieldPath(field)} must name a ${field.allowedKinds.join(' or ')}`;
    return { kind: 'unresolved', reason: 'wrong-kind', code: 'wrong-ref-kind', problem };
  }
  if (target === self) return { kind: 'self' };
  if (!context.known.has(target)) {
    // Often the right name in the wrong namespace, or with the wrong (default) kind.
    const suggestion = suggestTarget(target, field.allowedKinds, context.byName());
    return { kind: 'dangling', target, ...(suggestion && { suggestion }) };
  }
  return { kind: 'resolved', target };
}
