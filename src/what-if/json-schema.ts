import { z } from 'zod';
import { Plan } from './plan.js';
import { WhatIfResult } from '../result/index.js';

/** The JSON Schema of a change plan file, as committed at schema/plan.schema.json (for editors). */
export function planJsonSchema(): string {
  const { $schema, ...schema } = z.toJSONSchema(Plan, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return JSON.stringify({ $schema, title: 'teamfit what-if plan', description: 'A change plan for `teamfit what-if --plan`. Generated from src/what-if/plan.ts; do not edit.', ...schema }, null, 2) + '\n';
}

/** The JSON Schema of `teamfit what-if --format json`, as committed at schema/what-if.schema.json. */
export function whatIfJsonSchema(): string {
  const { $schema, ...schema } = z.toJSONSchema(WhatIfResult, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  return JSON.stringify({ $schema, title: 'teamfit WhatIfResult', description: 'The JSON result of teamfit what-if. Generated from src/result/what-if.ts; do not edit.', ...schema }, null, 2) + '\n';
}
