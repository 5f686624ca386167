import { z } from 'zod';

/** A finding's standing against a baseline: recorded there (`unchanged`) or not (`new`). */
export const BaselineState = z.enum(['new', 'unchanged']);
export type BaselineState = z.infer<typeof BaselineState>;

/** Present when the run was compared with a baseline (`analyze --baseline FILE`). */
export const BaselineSummary = z.object({
  file: z.string().describe('The baseline file, as given'),
  new: z.number().int().describe('Findings not in the baseline: only these count for the exit code'),
  unchanged: z.number().int().describe('Findings recorded in the baseline'),
  fixed: z.number().int().describe('Baseline entries no finding matched any more'),
});
export type BaselineSummary = z.infer<typeof BaselineSummary>;
