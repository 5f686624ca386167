import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/ingest/read-catalog.js';
import { MAX_VALUE_CHARS } from '../../src/ingest/value-cap.js';
import { names, tempDir } from './helpers.js';

describe('one catalog value over the size cap', () => {
  it('is left out with a warning at its position; the entity and the rest of the file are read', async () => {
    const dir = await tempDir();
    const huge = 'x'.repeat(MAX_VALUE_CHARS + 1);
    await writeFile(
      path.join(dir, 'catalog.yaml'),
      `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\n  description: ${huge}\nspec:\n  type: team\n  children: []\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-b\n  description: short\nspec:\n  type: team\n  children: []\n`,
    );
    const result = await readCatalog({ paths: [dir], cwd: dir });
    expect(names(result)).toEqual(['Group:team-a', 'Group:team-b']);
    expect(result.entities.map((entity) => entity.metadata.description)).toEqual([undefined, 'short']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'value-too-large', file: 'catalog.yaml', line: 5, message: 'metadata.description holds 1.0 M characters, over the limit of 1 M for one value; it was left out' }),
    ]);
  });
});
