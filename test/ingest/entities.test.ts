import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/ingest/read-catalog.js';
import { names, readFixtures, tempDir } from './helpers.js';

const FIELDS = 'test/fixtures/ingest/fields/catalog.yaml';
const KINDS = 'test/fixtures/ingest/kinds/catalog.yaml';

describe('kinds and api versions', () => {
  it('notes kinds it does not read (an organisation\'s own, Templates) and skips them', async () => {
    const result = await readFixtures('kinds/catalog.yaml');
    expect(names(result)).toEqual(['Component:lower']);
    expect(result.diagnostics).toEqual([
      {
        severity: 'info',
        code: 'unsupported-kind',
        message: 'Kind Foo is not one teamfit reads (Domain, System, Component, API, Resource, Group, User, Location); Backstage accepts it where catalog.rules allows it; the entity was skipped',
        file: KINDS,
        line: 2,
        column: 7,
        entity: 'foo:default/strange',
      },
      expect.objectContaining({ severity: 'info', code: 'unsupported-kind', line: 8, column: 7, entity: 'template:default/new-service' }),
      expect.objectContaining({
        severity: 'warning',
        code: 'unknown-api-version',
        line: 14,
        column: 13,
        message: expect.stringContaining('backstage.io/v1alpha1 or backstage.io/v1beta1'),
      }),
      expect.objectContaining({ severity: 'info', code: 'kind-spelling', line: 20, column: 7 }),
    ]);
  });

  it('warns about a kind that looks like a slip of one it reads, and notes kinds Backstage permits by catalog.rules', async () => {
    const dir = await tempDir();
    const doc = (kind: string, name: string): string => `apiVersion: backstage.io/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n  owner: team-a\n`;
    await writeFile(`${dir}/catalog.yaml`, [doc('Componet', 'typo'), doc('AiResource', 'review-skill'), doc('Environment', 'prod')].join('---\n'));
    const result = await readCatalog({ paths: [dir], cwd: dir });
    expect(names(result)).toEqual([]);
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line, d.entity])).toEqual([
      ['warning', 'unknown-kind', 2, 'componet:default/typo'],
      ['info', 'unsupported-kind', 9, 'airesource:default/review-skill'],
      ['info', 'unsupported-kind', 16, 'environment:default/prod'],
    ]);
    expect(result.diagnostics[0]?.message).toContain('did you mean Component?');
  });

  it('skips non-Backstage documents in a catalog file quietly', async () => {
    const result = await readFixtures('kinds/catalog.yaml');
    expect(result.diagnostics.some((d) => d.line !== undefined && d.line >= 28)).toBe(false);
  });
});

describe('envelope and spec checks', () => {
  it('keeps entities with missing required fields and says what is missing', async () => {
    const result = await readFixtures('fields/catalog.yaml');
    expect(names(result)).toEqual([
      'Component:no-owner',
      'Component:wrong-types',
      'System:no-spec',
      'User:jdoe',
      'API:orders-api',
      'API:bad-definition',
      'Location:nowhere',
    ]);
    const missing = result.diagnostics.filter((d) => d.code === 'missing-field');
    expect(missing).toEqual([
      {
        severity: 'warning',
        code: 'missing-field',
        message: 'Component "no-owner" is missing spec.owner (expected a string)',
        file: FIELDS,
        line: 1,
        column: 1,
        entity: 'component:default/no-owner',
      },
      expect.objectContaining({ message: 'System "no-spec" has no spec (expected a mapping)', line: 40, entity: 'system:default/no-spec' }),
      expect.objectContaining({
        message: 'Location "nowhere" is missing spec.target or spec.targets (expected a string or a list of strings)',
        entity: 'location:default/nowhere',
      }),
    ]);
  });

  it('removes fields of the wrong type and points at them', async () => {
    const result = await readFixtures('fields/catalog.yaml');
    const wrong = result.entities.find((e) => e.metadata.name === 'wrong-types');
    expect(wrong?.spec).toEqual({ type: 'service', lifecycle: 'production', system: 'shop' });
    expect(wrong?.metadata.labels).toEqual({});
    expect(wrong?.metadata.tags).toEqual([]);
    const invalid = result.diagnostics.filter((d) => d.entity === 'component:default/wrong-types');
    expect(invalid.map((d) => [d.code, d.line, d.column])).toEqual([
      ['invalid-field', 14, 5],
      ['invalid-field', 15, 9],
      ['invalid-field', 20, 5],
      ['invalid-field', 23, 17],
      ['invalid-field', 22, 14],
    ]);
    expect(invalid.map((d) => d.message)).toContain(
      'Component "wrong-types" has an invalid spec.owner: expected a string, got a list; it was ignored',
    );
    expect(invalid.map((d) => d.message)).toContain(
      'Component "wrong-types" has an invalid spec.providesApis: expected a list of strings, got a list whose item 2 is a number; it was ignored',
    );
    // An owner of the wrong type is reported once, not also as missing.
    expect(result.diagnostics.filter((d) => d.entity === 'component:default/wrong-types' && d.code === 'missing-field')).toEqual([]);
  });

  it('skips entities without a valid name or namespace as invalid-entity errors', async () => {
    const result = await readFixtures('fields/catalog.yaml');
    const invalid = result.diagnostics.filter((d) => d.code === 'invalid-entity');
    expect(invalid.map((d) => [d.severity, d.line, d.column])).toEqual([
      ['error', 29, 9],
      ['error', 36, 3],
      ['error', 83, 14],
    ]);
    expect(invalid[0]?.message).toContain('invalid metadata.name "Not A Valid Name"');
    expect(invalid[1]?.message).toContain('no metadata.name');
    expect(invalid[2]?.message).toContain('invalid metadata.namespace "bad namespace"');
  });

  it('accepts $text placeholders for API definitions but not other mappings', async () => {
    const result = await readFixtures('fields/catalog.yaml');
    const ok = result.entities.find((e) => e.metadata.name === 'orders-api');
    expect(ok?.spec.definition).toEqual({ $text: './orders-openapi.yaml' });
    expect(result.diagnostics.filter((d) => d.entity === 'api:default/orders-api')).toEqual([]);
    const bad = result.diagnostics.filter((d) => d.entity === 'api:default/bad-definition');
    expect(bad).toEqual([expect.objectContaining({ code: 'invalid-field', line: 70, column: 5 })]);
  });

  it('accepts every placeholder Backstage substitutes ($openapi, $asyncapi too), and an mcp-server API without a definition', async () => {
    const dir = await tempDir();
    const api = (name: string, type: string, definition: string): string =>
      `apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: ${name}\nspec:\n  type: ${type}\n  lifecycle: production\n  owner: team-a\n${definition}`;
    await writeFile(
      `${dir}/apis.yaml`,
      [
        api('petstore', 'openapi', '  definition:\n    $openapi: ./petstore.oas.yaml\n'),
        api('streetlights', 'asyncapi', '  definition:\n    $asyncapi: https://example.com/streetlights.yaml\n'),
        api('schema', 'openapi', '  definition:\n    $json: ./schema.json\n'),
        api('backstage-mcp', 'mcp-server', '  remotes:\n    - type: streamable-http\n      url: https://backstage.example.com/api/mcp-actions/v1\n'),
        api('no-definition', 'openapi', ''),
        api('other-placeholder', 'openapi', '  definition:\n    $graphql: ./schema.graphql\n'),
        api('gone', 'openapi', '  definition:\n    $openapi: ./gone.oas.yaml\n'),
      ].join('---\n'),
    );
    await writeFile(`${dir}/petstore.oas.yaml`, 'openapi: "3.0.0"\n');
    await writeFile(`${dir}/schema.json`, '{}\n');
    const result = await readCatalog({ paths: [`${dir}/apis.yaml`], cwd: dir });
    expect(result.entities.find((e) => e.metadata.name === 'petstore')?.spec.definition).toEqual({ $openapi: './petstore.oas.yaml' });
    expect(result.diagnostics.map((d) => [d.code, d.entity])).toEqual([
      ['missing-field', 'api:default/no-definition'],
      ['invalid-field', 'api:default/other-placeholder'],
      // Backstage rejects an entity whose placeholder file is missing; the content is never read.
      ['definition-target-missing', 'api:default/gone'],
    ]);
    expect(result.diagnostics[2]).toMatchObject({ severity: 'warning', line: 75, column: 15 });
    expect(result.diagnostics[1]?.message).toContain('expected a string or a {$text|$json|$yaml|$openapi|$asyncapi: ...} placeholder');
  });

  it('needs no spec for a User', async () => {
    const result = await readFixtures('fields/catalog.yaml');
    expect(result.entities.find((e) => e.kind === 'User')?.spec).toEqual({});
    expect(result.diagnostics.filter((d) => d.entity === 'user:default/jdoe')).toEqual([]);
  });
});

describe('empty values', () => {
  it('treats `owner:` with no value as missing and points positions at the key', async () => {
    const dir = await tempDir();
    const text = 'apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: shop\nspec:\n  owner:\n  domain: retail\n';
    await writeFile(`${dir}/s.yaml`, text);
    const result = await readCatalog({ paths: [dir], cwd: dir });
    expect(result.entities[0]?.spec).toEqual({ domain: 'retail' });
    expect(result.entities[0]?.positions.get('spec.owner')).toEqual({ file: 's.yaml', line: 6, column: 3 });
    expect(result.diagnostics.map((d) => d.message)).toEqual(['System "shop" is missing spec.owner (expected a string)']);
  });
});
