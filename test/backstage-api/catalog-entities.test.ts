import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { analyze } from '../../src/run.js';
import { ROOT, TINY_ORG } from '../cli/run-teamfit.js';
import { comparable } from './comparable.js';

// A Backstage plugin hands teamfit the entities the catalog service gave it; they must be read exactly as
// the same entities read from files (or over the API): same verdicts, findings and model.
describe('entities handed over by a Backstage catalog', async () => {
  const file = join(TINY_ORG, 'catalog-info.yaml');
  const served: unknown[] = parseAllDocuments(await readFile(file, 'utf8')).map((document) => document.toJS());
  const target = `file:${file}`;
  const generated = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Location',
    metadata: { name: `generated-${createHash('sha1').update(target).digest('hex')}`, namespace: 'default' },
    spec: { type: 'file', target: file },
  };

  it('gives the result a read of the same files gives, naming the catalog as the input', async () => {
    const fromCatalog = await analyze({ catalogEntities: { source: 'backstage-catalog', items: [generated, ...[...served].reverse()] }, cwd: ROOT });
    const fromFiles = await analyze({ paths: [file], cwd: ROOT });
    expect(fromCatalog.systems.length).toBeGreaterThan(0);
    expect(comparable(fromCatalog)).toEqual(comparable(fromFiles));
    expect(fromCatalog.inputs).toEqual(['backstage-catalog']);
  });

  it('reports an item that is not an entity as a diagnostic and reads the rest', async () => {
    const result = await analyze({ catalogEntities: { source: 'backstage-catalog', items: ['not an entity', ...served] }, cwd: ROOT });
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'invalid-entity', file: 'backstage-catalog' }));
    expect(result.model.entities.length).toBe(served.length);
  });
});
