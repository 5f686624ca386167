import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/ingest/read-catalog.js';
import { UsageError } from '../../src/util/errors.js';
import { component, names, readFixtures, tempDir } from './helpers.js';

describe('directory scan', () => {
  it('reads catalog files recursively and skips other YAML, dot-directories and non-YAML quietly', async () => {
    const result = await readFixtures('scan');
    expect(names(result)).toEqual(['Group:team-a', 'Component:api']);
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toEqual([
      'test/fixtures/ingest/scan/catalog-info.yaml',
      'test/fixtures/ingest/scan/services/api/catalog-info.yml',
    ]);
  });

  it('skips node_modules and .git and sorts by name', async () => {
    const dir = await tempDir();
    for (const sub of ['node_modules/pkg', '.git', 'b', 'a']) await mkdir(path.join(dir, sub), { recursive: true });
    await writeFile(path.join(dir, 'node_modules/pkg/catalog-info.yaml'), component('in-node-modules'));
    await writeFile(path.join(dir, '.git/catalog-info.yaml'), component('in-git'));
    await writeFile(path.join(dir, 'b/catalog-info.yaml'), component('in-b'));
    await writeFile(path.join(dir, 'a/catalog-info.yaml'), component('in-a'));
    await writeFile(path.join(dir, 'z.yml'), component('z'));
    const result = await readCatalog({ paths: [dir], cwd: dir });
    expect(names(result)).toEqual(['Component:in-a', 'Component:in-b', 'Component:z']);
    expect(result.files).toEqual(['a/catalog-info.yaml', 'b/catalog-info.yaml', 'z.yml']);
  });

  it('does not follow symlinks out of the root, and survives symlink loops', async () => {
    const base = await tempDir();
    const root = path.join(base, 'root');
    const outside = path.join(base, 'outside');
    await mkdir(root);
    await mkdir(outside);
    await writeFile(path.join(outside, 'secret.yaml'), component('secret'));
    await writeFile(path.join(root, 'own.yaml'), component('own'));
    await symlink(outside, path.join(root, 'escape-dir'));
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'escape-file.yaml'));
    await symlink(root, path.join(root, 'loop'));
    await symlink(path.join(root, 'own.yaml'), path.join(root, 'same.yaml'));
    const result = await readCatalog({ paths: [root], cwd: base });
    expect(names(result)).toEqual(['Component:own']);
    expect(result.files).toEqual(['root/own.yaml']);
  });

  it('returns no entities and no diagnostics for a directory without catalog files', async () => {
    const result = await readFixtures('not-catalog');
    expect(result).toEqual({ entities: [], diagnostics: [], files: [] });
  });
});

describe('paths given explicitly', () => {
  it('notes a named file that holds no entity', async () => {
    const result = await readFixtures('not-catalog/config.yaml');
    expect(result.entities).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'info', code: 'not-a-catalog-file', file: 'test/fixtures/ingest/not-catalog/config.yaml' }),
    ]);
  });

  it('reports syntax errors in a named file even when no entity could be read', async () => {
    const result = await readFixtures('scan/ci/helm-template.yaml');
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.every((d) => d.code === 'yaml-syntax' && d.line !== undefined)).toBe(true);
  });

  it('throws UsageError with a one-line message for a path that does not exist', async () => {
    const promise = readFixtures('scan', 'no/such/dir');
    await expect(promise).rejects.toBeInstanceOf(UsageError);
    await expect(readFixtures('no-such.yaml')).rejects.toThrow(/^No such file or directory: \S+$/);
  });

  it('reads a file given twice, or as a file and inside a directory, once', async () => {
    const result = await readFixtures('scan/catalog-info.yaml', 'scan', 'scan/catalog-info.yaml');
    expect(names(result)).toEqual(['Group:team-a', 'Component:api']);
    expect(result.files).toHaveLength(2);
  });

  it('skips scaffolder skeletons found by the scan with one info line (count and folder), but reads one given by name', async () => {
    const dir = await tempDir();
    const skeleton = (kind: string): string =>
      `apiVersion: backstage.io/v1alpha1\nkind: ${kind}\nmetadata:\n  name: \${{ values.name | dump }}\nspec:\n  owner: \${{ values.owner }}\n`;
    for (const sub of ['templates/go-service/skeleton', 'templates/python-service/skeleton/api']) await mkdir(path.join(dir, sub), { recursive: true });
    await writeFile(path.join(dir, 'templates/go-service/skeleton/catalog-info.yaml'), skeleton('Component'));
    await writeFile(path.join(dir, 'templates/python-service/skeleton/catalog-info.yaml'), skeleton('Component'));
    await writeFile(path.join(dir, 'templates/python-service/skeleton/api/catalog-info.yaml'), skeleton('API'));
    await writeFile(path.join(dir, 'catalog-info.yaml'), component('real'));
    const result = await readCatalog({ paths: [dir], cwd: dir });
    expect(names(result)).toEqual(['Component:real']);
    expect(result.diagnostics).toEqual([
      {
        severity: 'info',
        code: 'scaffolder-skeleton',
        file: 'templates',
        message:
          '3 scaffolder skeleton files under templates/ skipped: they hold ${{ values.* }} placeholders that Backstage fills in when a template runs (templates/go-service/skeleton/catalog-info.yaml, templates/python-service/skeleton/api/catalog-info.yaml, templates/python-service/skeleton/catalog-info.yaml)',
      },
    ]);
    const named = await readCatalog({ paths: [path.join(dir, 'templates/go-service/skeleton/catalog-info.yaml')], cwd: dir });
    expect(named.diagnostics.map((d) => d.code)).toEqual(['invalid-entity']);
  });
});
