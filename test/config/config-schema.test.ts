import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { ROOT, runTeamfit } from '../cli/run-teamfit.js';

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
}

/** Every key path the schema documents, `rules.*.severity` for the per-rule settings. */
function keyPaths(node: SchemaNode, prefix = ''): Array<{ path: string; node: SchemaNode }> {
  const own = Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [{ path, node: child }, ...keyPaths(child, path)];
  });
  const extra = typeof node.additionalProperties === 'object' ? keyPaths(node.additionalProperties, `${prefix}.*`) : [];
  return [...own, ...extra];
}

describe('config JSON Schema', () => {
  it('the committed schema/config.schema.json is up to date (run `npm run schema` if not)', async () => {
    expect(await readFile(join(ROOT, 'schema/config.schema.json'), 'utf8')).toBe(configJsonSchema());
  });

  it('`teamfit schema config` prints it', async () => {
    const { code, stdout } = await runTeamfit(['schema', 'config']);
    expect(code).toBe(0);
    expect(stdout).toBe(configJsonSchema());
  });

  it('every key is described, and docs/config.md documents every key', async () => {
    const docs = await readFile(join(ROOT, 'docs/config.md'), 'utf8');
    const paths = keyPaths(JSON.parse(configJsonSchema()) as SchemaNode);
    expect(paths.filter(({ node }) => !node.description).map(({ path }) => path)).toEqual([]);
    expect(paths.map(({ path }) => path).filter((path) => !docs.includes(`\`${path}\``))).toEqual([]);
  });
});
