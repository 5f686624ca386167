import { z } from 'zod';
import { EntityRef } from './common.js';
import { WhatIfResult } from './what-if.js';

export const Suggestion = z.object({
  kind: z.enum(['boundaries', 'consolidate', 'cut-couplings']).describe('boundaries: components to move between teams; consolidate / cut-couplings: the two ways out of a micro-monolith'),
  title: z.string(),
  system: EntityRef.optional().describe('The system it is for; absent for the organisation'),
  plan: z.record(z.string(), z.unknown()).describe('The change plan (teamfit what-if --plan), as JSON'),
  moves: z.array(z.object({ component: EntityRef, from: EntityRef, to: EntityRef, gain: z.number().describe('Tie to the new team minus tie to the old one (config suggest.weights)') })),
  whatIf: WhatIfResult.describe('The plan, before and after'),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const SuggestResult = z.object({
  schemaVersion: z.literal('1.0'),
  tool: z.object({ name: z.literal('teamfit'), version: z.string() }),
  kind: z.literal('suggest'),
  inputs: z.array(z.string()),
  suggestions: z.array(Suggestion),
});
export type SuggestResult = z.infer<typeof SuggestResult>;
