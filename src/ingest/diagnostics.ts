import type { Diagnostic, Severity, SourcePosition } from '../result/index.js';

/** Builds a diagnostic, copying file/line/column from a position when there is one. */
export function diagnostic(
  severity: Severity,
  code: string,
  message: string,
  where?: SourcePosition | { file: string },
  entity?: string,
): Diagnostic {
  const result: Diagnostic = { severity, code, message };
  if (where) {
    result.file = where.file;
    if ('line' in where) {
      result.line = where.line;
      result.column = where.column;
    }
  }
  if (entity !== undefined) result.entity = entity;
  return result;
}
