import type { RawEntity } from '../ingest/types.js';
import type { Diagnostic, EntityRef, Severity, SourcePosition } from '../result/index.js';

/** Codes of the diagnostics the model stage reports, with their severities. */
export const MODEL_DIAGNOSTICS = {
  'duplicate-entity': 'error',
  'malformed-ref': 'error',
  'wrong-ref-kind': 'warning',
  'dangling-ref': 'warning',
  'self-reference': 'warning',
  'invalid-annotation': 'warning',
  'no-system': 'info',
  'inferred-systems': 'info',
} as const satisfies Record<string, Severity>;
export type ModelDiagnosticCode = keyof typeof MODEL_DIAGNOSTICS;

export function modelDiagnostic(
  code: ModelDiagnosticCode,
  message: string,
  position: SourcePosition | undefined,
  entity: EntityRef,
): Diagnostic {
  return { severity: MODEL_DIAGNOSTICS[code], code, message, ...position, entity };
}

/** Where a value sits; the entity's own position when the ingest stage recorded none for it. */
export function positionOf(raw: RawEntity, path: string): SourcePosition {
  return raw.positions.get(path) ?? raw.position;
}

/** `Component "shop-web"`, with the namespace only when it is not the default one. */
export function describeEntity(raw: RawEntity): string {
  const { namespace, name } = raw.metadata;
  return `${raw.kind} "${namespace === 'default' ? name : `${namespace}/${name}`}"`;
}
