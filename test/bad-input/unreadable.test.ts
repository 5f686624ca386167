import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../cli/run-teamfit.js';

// Permissions only bind a user other than root: as root (CI), the run drops to `nobody` with setpriv.
const isRoot = process.getuid?.() === 0;
const asUser = isRoot ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath] : [process.execPath];
const canRun = spawnSync(asUser[0] ?? '', [...asUser.slice(1), '-e', `require('fs').accessSync(${JSON.stringify(BIN)})`]).status === 0;

const group = (name: string) => `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: ${name}}\nspec: {type: team, children: []}\n`;

describe('files and folders that cannot be read', () => {
  it.skipIf(!canRun)('are diagnostics with their path; every other file is still analysed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teamfit-unreadable-'));
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'good.yaml'), group('good'));
    writeFileSync(join(dir, 'secret.yaml'), group('secret'));
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'inside.yaml'), group('inside'));
    chmodSync(join(dir, 'locked'), 0o000);
    const run = spawnSync(asUser[0] ?? '', [...asUser.slice(1), BIN, 'analyze', dir, '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    execFileSync('chmod', ['-R', 'u+rwX', dir]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { model: { entities: Array<{ ref: string }> }; diagnostics: Array<{ code: string; severity: string; file?: string; message: string }> };
    expect(result.model.entities.map((e) => e.ref)).toEqual(['group:default/good']);
    const problems = result.diagnostics.filter((d) => d.code.endsWith('-unreadable'));
    expect(problems.map((d) => [d.code, d.severity, d.file?.endsWith(d.code === 'file-unreadable' ? 'secret.yaml' : 'locked')])).toEqual([
      ['directory-unreadable', 'warning', true],
      ['file-unreadable', 'error', true],
    ]);
    expect(problems.map((d) => d.message)).toEqual([expect.stringContaining('cannot be listed (EACCES)'), expect.stringContaining('cannot be read (EACCES); it was skipped')]);
  });
});
