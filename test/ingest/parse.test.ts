import { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/ingest/read-catalog.js';
import { codes, component, names, readFixtures, tempDir } from './helpers.js';

const MULTI = 'test/fixtures/ingest/multi-document/catalog.yaml';

describe('YAML parsing', () => {
  it('reads every entity of a multi-document file, skipping empty documents', async () => {
    const result = await readFixtures('multi-document/catalog.yaml');
    expect(names(result)).toEqual(['System:shop', 'Component:checkout']);
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toEqual([MULTI]);
  });

  it('records 1-based positions of values by dotted path', async () => {
    const [system, checkout] = (await readFixtures('multi-document/catalog.yaml')).entities;
    expect(system?.position).toEqual({ file: MULTI, line: 2, column: 1 });
    expect(system?.positions.get('spec.owner')).toEqual({ file: MULTI, line: 7, column: 10 });
    expect(checkout?.position).toEqual({ file: MULTI, line: 10, column: 1 });
    expect(checkout?.positions.get('metadata.name')).toEqual({ file: MULTI, line: 13, column: 9 });
    expect(checkout?.positions.get('spec.owner')).toEqual({ file: MULTI, line: 21, column: 12 });
    expect(checkout?.positions.get('metadata.tags.1')).toEqual({ file: MULTI, line: 17, column: 20 });
    expect(checkout?.positions.get('spec.dependsOn.0')).toEqual({ file: MULTI, line: 24, column: 7 });
    expect(checkout?.positions.get('spec.dependsOn.1')).toEqual({ file: MULTI, line: 25, column: 7 });
  });

  it('checks the envelope and keeps spec as plain JSON', async () => {
    const checkout = (await readFixtures('multi-document/catalog.yaml')).entities[1];
    expect(checkout?.apiVersion).toBe('backstage.io/v1alpha1');
    expect(checkout?.metadata).toEqual({
      name: 'checkout',
      namespace: 'retail',
      annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
      labels: {},
      tags: ['payments', 'java'],
    });
    expect(checkout?.spec).toEqual({
      type: 'service',
      lifecycle: 'production',
      owner: 'group:team-a',
      system: 'shop',
      dependsOn: ['resource:orders-db', 'component:pricing'],
    });
  });

  it('reports a syntax error at the line and column yaml gives, and keeps the good documents', async () => {
    const result = await readFixtures('malformed/catalog.yaml');
    expect(names(result)).toEqual(['Group:team-a', 'System:shop']);
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'yaml-syntax',
        message: 'Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
        file: 'test/fixtures/ingest/malformed/catalog.yaml',
        line: 15,
        column: 3,
      },
    ]);
  });

  it('treats duplicate keys as errors and names the key', async () => {
    const result = await readFixtures('malformed/duplicate-keys.yaml');
    expect(result.entities).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'yaml-syntax',
        file: 'test/fixtures/ingest/malformed/duplicate-keys.yaml',
        line: 8,
        column: 3,
        message: expect.stringContaining('owner appears twice'),
      }),
    ]);
  });

  it('turns an alias bomb into a diagnostic, quickly, and keeps documents using aliases sanely', async () => {
    const started = Date.now();
    const result = await readFixtures('alias-bomb/catalog.yaml');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(names(result)).toEqual(['System:safe']);
    expect(result.entities[0]?.spec).toEqual({ owner: 'team-a', type: 'team-a' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'yaml-alias-limit', line: 1, column: 1 }),
    ]);
  });

  it('reads a document that reuses anchors far more than a hundred times, as honest files do', async () => {
    const dir = await tempDir();
    const annotations = Array.from({ length: 150 }, (_, index) => `    example.com/link-${index}: *url`).join('\n');
    const text = `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: linked\n  description: &url https://example.com/docs\n  annotations:\n${annotations}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n`;
    await writeFile(path.join(dir, 'anchors.yaml'), text);
    const result = await readCatalog({ paths: [path.join(dir, 'anchors.yaml')], cwd: dir });
    expect(result.diagnostics).toEqual([]);
    expect(Object.keys(result.entities[0]?.metadata.annotations ?? {})).toHaveLength(150);
    expect(result.entities[0]?.metadata.annotations?.['example.com/link-149']).toBe('https://example.com/docs');
  });

  it('skips a document whose alias refers to itself, with the alias diagnostic, and keeps the next one', async () => {
    const dir = await tempDir();
    const loop = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: loop\n  tags: &t [a, *t]\nspec: {type: service, lifecycle: production, owner: team-a}\n';
    await writeFile(path.join(dir, 'loop.yaml'), `${loop}---\n${component('after')}`);
    const result = await readCatalog({ paths: [path.join(dir, 'loop.yaml')], cwd: dir });
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'yaml-alias-limit', line: 1, column: 1 })]);
    expect(names(result)).toEqual(['Component:after']);
  });

  it('parses files with a BOM and CRLF line endings, with the same positions', async () => {
    const dir = await tempDir();
    const text = component('crlf').replace(/\n/g, '\r\n');
    await writeFile(path.join(dir, 'bom.yaml'), `\uFEFF${text}`);
    const result = await readCatalog({ paths: [path.join(dir, 'bom.yaml')], cwd: dir });
    expect(result.diagnostics).toEqual([]);
    expect(names(result)).toEqual(['Component:crlf']);
    expect(result.entities[0]?.spec.owner).toBe('team-a');
    expect(result.entities[0]?.positions.get('spec.owner')).toEqual({ file: 'bom.yaml', line: 8, column: 10 });
  });

  it('skips a file that is not valid UTF-8 with an invalid-encoding diagnostic', async () => {
    const dir = await tempDir();
    const bytes = Buffer.concat([Buffer.from(component('latin')), Buffer.from([0x23, 0x20, 0xe9, 0xff, 0x0a])]);
    await writeFile(path.join(dir, 'latin1.yaml'), bytes);
    await writeFile(path.join(dir, 'good.yaml'), component('good'));
    const result = await readCatalog({ paths: [dir], cwd: dir });
    expect(names(result)).toEqual(['Component:good']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'invalid-encoding', file: 'latin1.yaml' }),
    ]);
    expect(result.files).toEqual(['good.yaml']);
  });

  it('skips files over 20 MB without reading them', async () => {
    const dir = await tempDir();
    const big = path.join(dir, 'big.yaml');
    await writeFile(big, component('big'));
    await truncate(big, 21 * 1024 * 1024);
    const result = await readCatalog({ paths: [big], cwd: dir });
    expect(result.entities).toEqual([]);
    expect(codes(result.diagnostics)).toEqual(['file-too-large']);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'warning', file: 'big.yaml' });
  });
});
