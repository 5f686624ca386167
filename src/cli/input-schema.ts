import { z } from 'zod';

// Apart from the options' definitions (input-options.ts), so defining a command does not load zod: a command's
// action loads this when it runs.

/** The parsed values of the input options (input-options.ts). */
export const InputOptions = z.object({
  verbose: z.boolean().optional(),
  quiet: z.boolean().optional(),
  backstageUrl: z.array(z.string()).default([]),
  backstageTokenEnv: z.string().optional(),
  discover: z.boolean().optional(),
  repo: z.array(z.string()).default([]),
  reposDir: z.string().optional(),
  since: z.string().optional(),
  until: z.string().optional(),
  maxChangesetSize: z.number().int().min(1).optional(),
  cache: z.boolean().default(true),
  cacheDir: z.string().optional(),
  historyFrom: z.array(z.string()).default([]),
  historyPartial: z.string().optional(),
});
