import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultJsonSchema } from '../../src/cli/result-schema.js';
import { ROOT, runTeamfit } from './run-teamfit.js';

describe('result JSON Schema', () => {
  it('the committed schema/result.schema.json is up to date (run `npm run schema` if not)', async () => {
    const committed = await readFile(join(ROOT, 'schema/result.schema.json'), 'utf8');
    expect(committed).toBe(resultJsonSchema());
  });

  it('`teamfit schema` prints the same schema', async () => {
    const { code, stdout } = await runTeamfit(['schema']);
    expect(code).toBe(0);
    expect(stdout).toBe(resultJsonSchema());
    const schema: unknown = JSON.parse(stdout);
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
  });
});
