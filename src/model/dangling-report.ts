import type { Diagnostic, EntityRef, SourcePosition } from '../result/index.js';
import { causeOf } from './dangling-cause.js';
import { kindOfRef } from './model-index.js';
import { modelDiagnostic } from './diagnostics.js';

/** One reference that names no loaded entity. */
export interface DanglingRef {
  entity: EntityRef;
  /** `Component "shop-web"` */
  description: string;
  /** Dotted path of the field without its index: `spec.owner`, `spec.dependsOn`. */
  field: string;
  /** Dotted path as written: `spec.dependsOn.2`. */
  path: string;
  target: EntityRef;
  suggestion?: EntityRef;
  position: SourcePosition;
}

/** Places listed in a message; `related` holds them all. */
const LISTED = 10;

/**
 * Collects dangling refs into one diagnostic per root cause (see causeOf) and field. Each diagnostic is
 * placed where its first ref was met, so the output keeps the catalog's order; its message is written
 * once all refs are in.
 */
export class DanglingReport {
  private readonly groups = new Map<string, { diagnostic: Diagnostic; refs: DanglingRef[]; summary: string }>();

  /** `kindsPresent`: the kinds the catalog holds (see causeOf). */
  constructor(
    private readonly diagnostics: Diagnostic[],
    private readonly kindsPresent: ReadonlySet<string>,
  ) {}

  add(ref: DanglingRef): void {
    const cause = causeOf(ref.target, ref.suggestion, this.kindsPresent);
    const key = `${ref.field}|${cause.key}`;
    const group = this.groups.get(key);
    if (group) {
      group.refs.push(ref);
      return;
    }
    const diagnostic = modelDiagnostic('dangling-ref', '', ref.position, ref.entity);
    this.diagnostics.push(diagnostic);
    this.groups.set(key, { diagnostic, refs: [ref], summary: cause.summary });
  }

  /** Writes every diagnostic's message (and `related` for causes shared by several refs). */
  finish(): void {
    for (const { diagnostic, refs, summary } of this.groups.values()) {
      const [first] = refs;
      if (first === undefined) continue;
      if (refs.length === 1) {
        diagnostic.message = `${first.description}: ${first.path} "${first.target}" does not match any entity in the catalog${hint(first.suggestion)}`;
        continue;
      }
      // Refs to one missing entity share their target; otherwise each place says what it names.
      const sameTarget = refs.every((ref) => ref.target === first.target);
      const places = refs
        .slice(0, LISTED)
        .map((ref) => `${ref.description}${sameTarget ? '' : ` ${ref.path} "${ref.target}"`} (${ref.position.file}:${ref.position.line}:${ref.position.column})`);
      const more = refs.length > LISTED ? `, and ${refs.length - LISTED} more` : '';
      const example = first.suggestion === undefined ? '' : ` (e.g. "${first.target}", where "${first.suggestion}" exists)`;
      diagnostic.message = `${refs.length} ${first.field} references ${summary}${example}: ${places.join(', ')}${more}`;
      diagnostic.related = refs.map((ref) => ({ entity: ref.entity, file: ref.position.file, line: ref.position.line, column: ref.position.column }));
    }
  }
}

function hint(suggestion: EntityRef | undefined): string {
  return suggestion === undefined ? '' : ` (there is a ${kindOfRef(suggestion)} "${suggestion}")`;
}
