import { execFileSync, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/ingest/read-catalog.js';
import { analyze } from '../../src/run.js';
import { codes, names, tempDir } from './helpers.js';

const GROUP = 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n  children: []\n';

function mkfifo(at: string): void {
  execFileSync('mkfifo', [at]);
}

/** A writer that never stops (as a device like /dev/zero would): it ends only when the reader goes away. */
function endlessWriter(fifo: string): ReturnType<typeof spawn> {
  return spawn('sh', ['-c', `yes '# padding' > '${fifo}'`], { stdio: 'ignore' });
}

describe('paths that are not regular files', () => {
  it('a Location target that is a pipe is named and not read (reading it would hang the run)', async () => {
    const dir = await tempDir();
    mkfifo(path.join(dir, 'pipe.yaml'));
    await writeFile(path.join(dir, 'team.yaml'), GROUP);
    await writeFile(path.join(dir, 'index.yaml'), 'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: root\nspec:\n  targets: [./pipe.yaml, ./team.yaml]\n');
    const result = await readCatalog({ paths: [path.join(dir, 'index.yaml')], cwd: dir });
    expect(names(result)).toEqual(['Location:root', 'Group:team-a']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'not-a-regular-file', message: 'Location "root" target ./pipe.yaml is a named pipe (FIFO), not a regular file; it was not read', file: 'index.yaml' }),
    ]);
  });

  it('a pipe named on the command line is read, as `analyze <(cat f.yaml)` needs', async () => {
    const dir = await tempDir();
    const fifo = path.join(dir, 'catalog.yaml');
    mkfifo(fifo);
    const writer = spawn('sh', ['-c', `printf '%s' '${GROUP}' > '${fifo}'`], { stdio: 'ignore' });
    const written = new Promise((done) => writer.on('close', done));
    const result = await readCatalog({ paths: [fifo], cwd: dir });
    await written;
    expect([names(result), codes(result.diagnostics)]).toEqual([['Group:team-a'], []]);
  });

  it('a pipe that never ends is read only up to the size cap, then skipped with a warning', async () => {
    const dir = await tempDir();
    const fifo = path.join(dir, 'endless.yaml');
    mkfifo(fifo);
    const writer = endlessWriter(fifo);
    const result = await readCatalog({ paths: [fifo], cwd: dir, maxFileBytes: 256 * 1024 });
    writer.kill();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'file-too-large', message: 'endless.yaml is over the 0.3 MiB limit for one catalog file (catalog.maxFileMegabytes); it was skipped' }),
    ]);
  }, 30_000);

  it('catalog.maxFileMegabytes caps one catalog file', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'team.yaml'), GROUP);
    await writeFile(path.join(dir, 'big.yaml'), `${GROUP.replace('team-a', 'team-b')}${'# padding\n'.repeat(20_000)}`);
    const result = await analyze({ paths: ['.'], cwd: dir, config: { catalog: { maxFileMegabytes: 0.1 } } });
    expect(result.diagnostics.filter((d) => d.code === 'file-too-large').map((d) => d.file)).toEqual(['big.yaml']);
    expect(result.model.entities.map((e) => e.ref)).toContain('group:default/team-a');
    expect(result.model.entities.map((e) => e.ref)).not.toContain('group:default/team-b');
  });
});
