import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/ingest/read-catalog.js';
import { codes, component, names, readFixtures, tempDir } from './helpers.js';

const INDEX = 'test/fixtures/ingest/locations/root/index.yaml';
const location = (name: string, targets: string[], extra = ''): string =>
  `apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: ${name}\nspec:\n${extra}  targets:\n${targets.map((t) => `    - ${t}\n`).join('')}`;

describe('Location entities', () => {
  it('are returned and their relative targets followed once, through loops', async () => {
    const result = await readFixtures('locations/root/index.yaml');
    expect(names(result)).toEqual([
      'Location:index',
      'Location:remote',
      'Component:comp-a',
      'Component:comp-b',
      'Component:comp-c',
      'Location:loop',
    ]);
    expect(result.files).toEqual([
      INDEX,
      'test/fixtures/ingest/locations/root/a.yaml',
      'test/fixtures/ingest/locations/root/b.yaml',
      'test/fixtures/ingest/locations/root/sub/c.yaml',
      'test/fixtures/ingest/locations/root/sub/loop.yaml',
    ]);
  });

  it('refuses targets outside the root, absolute, remote or missing, at the target position', async () => {
    const result = await readFixtures('locations/root/index.yaml');
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line, d.column])).toEqual([
      ['warning', 'location-outside-root', 11, 7],
      ['warning', 'location-outside-root', 12, 7],
      ['info', 'location-remote', 13, 7],
      ['warning', 'location-target-missing', 14, 7],
      ['info', 'location-remote', 23, 11],
    ]);
    expect(result.diagnostics.every((d) => d.file === INDEX)).toBe(true);
    expect(result.diagnostics[0]?.entity).toBe('location:default/index');
    expect(result.diagnostics[0]?.message).toContain('../outside.yaml');
    expect(names(result)).not.toContain('Group:outsider');
  });

  it('does not duplicate files reached by both the directory scan and a Location', async () => {
    const result = await readFixtures('locations/root');
    expect(names(result).sort()).toEqual(
      ['Component:comp-a', 'Component:comp-b', 'Component:comp-c', 'Location:index', 'Location:loop', 'Location:remote'],
    );
    expect(new Set(result.files).size).toBe(result.files.length);
    expect(codes(result.diagnostics)).toEqual([
      'location-outside-root',
      'location-outside-root',
      'location-remote',
      'location-target-missing',
      'location-remote',
    ]);
  });

  it('refuses a target that escapes the root through a symlink', async () => {
    const base = await tempDir();
    await mkdir(path.join(base, 'root'));
    await mkdir(path.join(base, 'outside'));
    await writeFile(path.join(base, 'outside/secret.yaml'), component('secret'));
    await symlink(path.join(base, 'outside/secret.yaml'), path.join(base, 'root/link.yaml'));
    await writeFile(path.join(base, 'root/index.yaml'), location('index', ['./link.yaml']));
    const result = await readCatalog({ paths: [path.join(base, 'root/index.yaml')], cwd: base });
    expect(names(result)).toEqual(['Location:index']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'location-outside-root', file: 'root/index.yaml', line: 7, column: 7 }),
    ]);
  });

  it('follows file: targets and simple wildcards in one directory', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'parts'));
    await writeFile(path.join(dir, 'parts/b.yaml'), component('b'));
    await writeFile(path.join(dir, 'parts/a.yaml'), component('a'));
    await writeFile(path.join(dir, 'parts/notes.txt'), 'not yaml');
    await writeFile(path.join(dir, 'c.yaml'), component('c'));
    await writeFile(path.join(dir, 'index.yaml'), location('index', ['./parts/*.yaml', 'file:c.yaml', './*/x.yaml'], '  type: file\n'));
    const result = await readCatalog({ paths: [path.join(dir, 'index.yaml')], cwd: dir });
    expect(names(result)).toEqual(['Location:index', 'Component:a', 'Component:b', 'Component:c']);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'info', code: 'location-unsupported' })]);
  });

  it('treats a missing target of an optional Location as info', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'index.yaml'), location('index', ['./gone.yaml'], '  presence: optional\n'));
    const result = await readCatalog({ paths: [dir], cwd: dir });
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'info', code: 'location-target-missing' })]);
  });
});
