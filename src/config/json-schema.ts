import { z } from 'zod';
import { Config } from './schema.js';

/** The JSON Schema of the config file, as committed at schema/config.schema.json (for editors). */
export function configJsonSchema(): string {
  // io 'input': a config file states only what it changes, so fields with defaults are optional.
  const { $schema, ...schema } = z.toJSONSchema(Config, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const document = {
    $schema,
    title: 'teamfit configuration',
    ...schema,
    description: `${Config.description ?? ''} Generated from src/config/schema.ts; do not edit.`,
  };
  return JSON.stringify(document, null, 2) + '\n';
}
