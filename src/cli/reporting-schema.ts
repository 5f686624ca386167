import { z } from 'zod';
import { FORMATS } from '../report/index.js';
import { DETAILS } from '../report/types.js';
import { FAIL_ON } from './exit-code.js';

// Apart from the options' definitions (options.ts), so defining a command does not load zod: a command's
// action loads this when it runs.

/** The parsed values of the reporting options. */
export const ReportingOptions = z.object({
  format: z.enum(FORMATS),
  detail: z.enum(DETAILS).optional(),
  verbose: z.boolean().optional(),
  output: z.string().optional(),
  failOn: z.enum(FAIL_ON).optional(),
  failOnDiagnostics: z.enum(FAIL_ON).optional(),
  config: z.string().optional(),
  baseline: z.string().optional(),
  color: z.boolean(),
});
