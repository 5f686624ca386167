import { z } from 'zod';

/** A canonical entity ref, lower-case: `kind:namespace/name`, e.g. `system:default/shop`. */
export const EntityRef = z.string().describe('Canonical lower-case entity ref: kind:namespace/name');
export type EntityRef = z.infer<typeof EntityRef>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A place in an input file; lines and columns are 1-based. */
export const SourcePosition = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
});
export type SourcePosition = z.infer<typeof SourcePosition>;

/** A field of a catalog entity and where it is written. */
export const FieldPosition = SourcePosition.extend({
  entity: EntityRef.describe('The entity the field belongs to (usually the subject)'),
  path: z.string().describe('Dotted path of the field, e.g. spec.owner or metadata.annotations.teamfit.dev/architecture'),
});
export type FieldPosition = z.infer<typeof FieldPosition>;

/** Where a signal's number came from, so a reader can check it by hand. */
export const SignalSource = z.enum(['catalog', 'git', 'artifact', 'config']);

/**
 * One measured fact behind a verdict: what was measured, its value, the threshold it was held against
 * and which label it pushed towards (`none` when it pushed nowhere).
 */
export const Signal = z.object({
  id: z.string().describe('Stable id of the measurement, e.g. deployable-units'),
  description: z.string().describe('What was measured, in words'),
  value: z.union([z.number(), z.string(), z.boolean()]),
  threshold: z.union([z.number(), z.string()]).optional(),
  pushes: z
    .enum(['monolith', 'microservices', 'micro-monolith', 'sre', 'cross-functional', 'insourcing', 'dev-only', 'ops-only', 'none'])
    .describe('The label this signal pushed towards, or none'),
  weight: z.number().describe('How much it counted in the verdict (0..1)'),
  source: SignalSource,
  evidence: z.array(z.string()).describe('Refs, file:line or commit ranges a person can check'),
});
export type Signal = z.infer<typeof Signal>;

export const Diagnostic = z.object({
  severity: Severity,
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  entity: EntityRef.optional(),
  related: z
    .array(z.object({ entity: EntityRef, file: z.string(), line: z.number().int(), column: z.number().int() }))
    .optional()
    .describe('Every place a diagnostic that stands for one root cause applies to (the first is file/line/column above)'),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
