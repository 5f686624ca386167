import { z } from 'zod';
import { AnalysisResult, SCHEMA_VERSION } from '../result/index.js';

/** The JSON Schema of the result, as committed at schema/result.schema.json. */
export function resultJsonSchema(): string {
  // unrepresentable: 'any' keeps generation from throwing if a zod type without a JSON form slips in.
  const { $schema, ...schema } = z.toJSONSchema(AnalysisResult, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  const document = {
    $schema,
    title: 'teamfit AnalysisResult',
    description: `The JSON result of teamfit analyze (schemaVersion ${SCHEMA_VERSION}). Generated from src/result; do not edit.`,
    ...schema,
  };
  return JSON.stringify(document, null, 2) + '\n';
}
