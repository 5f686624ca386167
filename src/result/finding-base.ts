import { z } from 'zod';
import { EntityRef, FieldPosition, Severity, SourcePosition } from './common.js';
import { BaselineState } from './baseline.js';

/** Fields every finding carries; `ruleId` is the discriminant and fixes the evidence's shape. */
export const base = {
  severity: Severity,
  subject: EntityRef,
  message: z.string(),
  recommendation: z.string().describe("What to change, in the model's terms"),
  docsUrl: z.string(),
  location: SourcePosition.optional().describe('Catalog file and line of the subject'),
  field: FieldPosition.optional().describe('The catalog field that causes the finding (spec.owner for a missing owner), where it is written: the line to annotate, before location'),
  fingerprint: z.string().describe('Stable identity (sha256 hex of rule id, subject and key evidence), for baselines and code scanning'),
  baseline: BaselineState.optional().describe('Against the baseline given to analyze --baseline: new, or unchanged (already recorded)'),
};

