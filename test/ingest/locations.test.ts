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
    // `./*/x.yaml` is a glob like any other (Backstage's file reader globs the whole path): it matches nothing.
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'location-target-missing', message: 'Location "index" target ./*/x.yaml matches no file', file: 'index.yaml', line: 10, column: 7 }),
    ]);
  });

  it('expands ** and * across folders as Backstage does, in path order, without node_modules or dot folders', async () => {
    const dir = await tempDir();
    for (const sub of ['plugins/a', 'plugins/b/nested', 'plugins/node_modules/x', 'plugins/.hidden', 'other']) {
      await mkdir(path.join(dir, sub), { recursive: true });
    }
    await writeFile(path.join(dir, 'plugins/catalog-info.yaml'), component('top'));
    await writeFile(path.join(dir, 'plugins/a/catalog-info.yaml'), component('a'));
    await writeFile(path.join(dir, 'plugins/b/nested/catalog-info.yaml'), component('nested'));
    await writeFile(path.join(dir, 'plugins/node_modules/x/catalog-info.yaml'), component('dependency'));
    await writeFile(path.join(dir, 'plugins/.hidden/catalog-info.yaml'), component('hidden'));
    await writeFile(path.join(dir, 'other/catalog-info.yaml'), component('other'));
    await writeFile(path.join(dir, 'index.yaml'), location('index', ['./plugins/**/catalog-info.yaml', './*/catalog-info.{yaml,yml}']));
    const result = await readCatalog({ paths: [path.join(dir, 'index.yaml')], cwd: dir });
    expect(names(result)).toEqual(['Location:index', 'Component:a', 'Component:nested', 'Component:top', 'Component:other']);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports a glob that matches nothing at the Location target, as info when the Location is optional', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'index.yaml'), location('index', ['./plugins/**/catalog-info.yaml']));
    await writeFile(path.join(dir, 'optional.yaml'), location('optional', ['./gone/*.yaml'], '  presence: optional\n'));
    const result = await readCatalog({ paths: [dir], cwd: dir });
    expect(result.diagnostics.map((d) => [d.severity, d.code, `${d.file}:${d.line}:${d.column}`, d.message])).toEqual([
      ['warning', 'location-target-missing', 'index.yaml:7:7', 'Location "index" target ./plugins/**/catalog-info.yaml matches no file'],
      ['info', 'location-target-missing', 'optional.yaml:8:7', 'Location "optional" target ./gone/*.yaml matches no file'],
    ]);
  });

  it('never leaves the given paths through a glob: not by ../, not through a symlinked folder', async () => {
    const base = await tempDir();
    await mkdir(path.join(base, 'root/plugins/a'), { recursive: true });
    await mkdir(path.join(base, 'outside/x'), { recursive: true });
    await writeFile(path.join(base, 'outside/x/catalog-info.yaml'), component('secret'));
    await writeFile(path.join(base, 'root/plugins/a/catalog-info.yaml'), component('a'));
    await symlink(path.join(base, 'outside'), path.join(base, 'root/plugins/link'));
    // A link back up the tree must not loop either.
    await symlink(path.join(base, 'root/plugins'), path.join(base, 'root/plugins/a/up'));
    await writeFile(path.join(base, 'root/index.yaml'), location('index', ['./plugins/**/catalog-info.yaml', '../*/x/catalog-info.yaml']));
    const result = await readCatalog({ paths: [path.join(base, 'root')], cwd: base });
    expect(names(result)).toEqual(['Location:index', 'Component:a']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'location-outside-root', line: 8, column: 7 }),
    ]);
  });

  it('treats a missing target of an optional Location as info', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'index.yaml'), location('index', ['./gone.yaml'], '  presence: optional\n'));
    const result = await readCatalog({ paths: [dir], cwd: dir });
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'info', code: 'location-target-missing' })]);
  });
});
