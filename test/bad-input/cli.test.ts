import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTeamfit, temporaryDirectory } from '../cli/run-teamfit.js';

const BAD = 'test/fixtures/bad';

describe('teamfit analyze on bad input', () => {
  it('analyses the rest of the catalog and prints each diagnostic at file:line:column', async () => {
    const run = await runTeamfit(['analyze', `${BAD}/dangling-refs`, '--fail-on', 'none']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${BAD}/dangling-refs/catalog.yaml:12:7  warning  dangling-ref`);
    expect(run.stdout).toContain('system:default/good-shop\n    architecture: monolith');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 on an alias bomb beside good documents (an error diagnostic fails --fail-on error), with the diagnostic in the Markdown report', async () => {
    const run = await runTeamfit(['analyze', `${BAD}/yaml-bomb`, '--format', 'markdown', '--detail', 'full']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`| ${BAD}/yaml-bomb/catalog.yaml:2:1 | error | yaml-alias-limit |`);
  });

  it('exits 0 on the same input with --fail-on-diagnostics none, or failOnDiagnostics: none in the config', async () => {
    const flag = await runTeamfit(['analyze', `${BAD}/yaml-bomb`, '--fail-on-diagnostics', 'none']);
    expect(flag.code).toBe(0);
    const dir = await temporaryDirectory();
    await writeFile(join(dir, 'teamfit.config.yaml'), 'failOnDiagnostics: none\n');
    const config = await runTeamfit(['analyze', `${BAD}/yaml-bomb`, '--config', join(dir, 'teamfit.config.yaml')]);
    expect(config.code).toBe(0);
  });

  it('exits 1, not 2, when malformed references leave an error finding', async () => {
    const run = await runTeamfit(['analyze', `${BAD}/malformed-refs`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${BAD}/malformed-refs/catalog.yaml:9:10  error  malformed-ref`);
    expect(run.stdout).toContain('missing-owner  component:default/garbled');
  });

  it('exits 0 on a Location escaping the root, and never reads the target', async () => {
    const run = await runTeamfit(['analyze', `${BAD}/location-absolute`, '--format', 'json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { diagnostics: Array<{ code: string; line?: number }> };
    expect(result.diagnostics.map((d) => `${d.code}:${d.line}`)).toEqual(['location-outside-root:8', 'location-outside-root:9', 'location-outside-root:10']);
  });

  it('exits 2 with one line on stderr when nothing usable remains', async () => {
    const dir = await temporaryDirectory();
    await writeFile(join(dir, 'catalog.yaml'), 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: [oops\n');
    const run = await runTeamfit(['analyze', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'teamfit: no Backstage catalog entity found in . (catalog.yaml:5:1: Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ])',
    ]);
  });

  it('exits 2 with one line on stderr when the only file is not UTF-8', async () => {
    const dir = await temporaryDirectory();
    await writeFile(join(dir, 'catalog.yaml'), Buffer.from('apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: caf\xe9\n', 'latin1'));
    const run = await runTeamfit(['analyze', 'catalog.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'teamfit: no Backstage catalog entity found in catalog.yaml (catalog.yaml:4:12: catalog.yaml is not valid UTF-8 (byte 0xE9 at line 4, column 12); the file was skipped)',
    ]);
  });
});
