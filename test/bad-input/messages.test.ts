import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTeamfit, temporaryDirectory, TINY_ORG } from '../cli/run-teamfit.js';

// Each message names what is wrong with the path the user gave, not what a system call said about it.
describe('messages that say what is wrong', () => {
  it('--repo naming a file: "not a directory", not "git-missing spawn ENOTDIR"', async () => {
    const dir = await temporaryDirectory();
    await writeFile(join(dir, 'file'), 'x');
    const run = await runTeamfit(['analyze', TINY_ORG, '--repo', join(dir, 'file'), '--format', 'json', '--fail-on', 'none', '--no-cache']);
    const result = JSON.parse(run.stdout) as { diagnostics: Array<{ code: string; message: string }> };
    expect(result.diagnostics.filter((d) => d.code.startsWith('git-'))).toEqual([expect.objectContaining({ code: 'git-not-a-repository', message: 'not a git repository: not a directory' })]);
  });

  it('a symlink loop as a path says so, in analyze and mine', async () => {
    const dir = await temporaryDirectory();
    await symlink('loop', join(dir, 'loop'));
    for (const command of ['analyze', 'mine']) {
      const run = await runTeamfit([command, join(dir, 'loop')]);
      expect(run).toMatchObject({ code: 2, stderr: `teamfit: a symlink loop: ${join(dir, 'loop')}\n` });
    }
  });

  it('--cache-dir naming a file: the warning says to give a folder, not that deleting it is safe', async () => {
    const dir = await temporaryDirectory();
    await writeFile(join(dir, 'not-a-folder'), 'x');
    const run = await runTeamfit(['mine', '.', '--analysis', 'summary', '--rev', 'HEAD', '--cache-dir', join(dir, 'not-a-folder')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('(it is not a folder: give --cache-dir a folder)');
    expect(run.stderr).not.toContain('deleting that folder is safe');
  });

  it('rules.__proto__ in a config is refused like any unknown key, in YAML and JSON', async () => {
    const dir = await temporaryDirectory();
    await writeFile(join(dir, 'c.yaml'), 'rules:\n  __proto__:\n    severity: off\n');
    await writeFile(join(dir, 'c.json'), '{"git": {"repos": {"__proto__": "x"}}}');
    const yaml = await runTeamfit(['analyze', TINY_ORG, '--config', join(dir, 'c.yaml')]);
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toMatch(/c\.yaml:2:3: rules\.__proto__: unknown key; expected one of devops-team-owns-system, /);
    const json = await runTeamfit(['analyze', TINY_ORG, '--config', join(dir, 'c.json')]);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/c\.json:1:\d+: git\.repos\.__proto__: unknown key\n$/);
  });
});

describe('patterns in the config are checked when it loads', () => {
  it('an invalid ticket pattern is a config error at its line and column, not an internal error later', async () => {
    const dir = await temporaryDirectory();
    await writeFile(join(dir, 'c.yaml'), 'git:\n  ticketPattern: "(unclosed"\n');
    const run = await runTeamfit(['analyze', TINY_ORG, '--config', join(dir, 'c.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/c\.yaml:2:18: git\.ticketPattern: expected a regular expression in RE2 syntax \(no backreferences or lookarounds\): .*missing closing \)/);
  });
});

describe('a pipe named as a path', () => {
  it('is read as a catalog file (analyze <(cat catalog.yaml), through bash)', async () => {
    const { execFile } = await import('node:child_process');
    const { BIN } = await import('../cli/run-teamfit.js');
    const script = 'exec "$0" "$1" analyze <(cat "$2") --format json --fail-on none';
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
      execFile('bash', ['-c', script, process.execPath, BIN, join(TINY_ORG, 'catalog-info.yaml')], (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr })),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { model: { entities: unknown[] } };
    expect(result.model.entities.length).toBeGreaterThan(0);
  });
});

describe('a clone that is not there', () => {
  it('--repo and --repos-dir naming nothing are usage errors (exit 2), not "git is not installed" and exit 0', async () => {
    for (const flag of ['--repo', '--repos-dir']) {
      const run = await runTeamfit(['analyze', TINY_ORG, flag, '/no/such/clone']);
      expect(run).toMatchObject({ code: 2, stderr: 'teamfit: no such file or directory: /no/such/clone\n' });
    }
  });
});

describe('a document nested thousands of levels deep', () => {
  it('is one diagnostic saying so, and the other documents of the file are read', async () => {
    const dir = await temporaryDirectory();
    const group = (name: string) => `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: ${name}}\nspec: {type: team, children: []}\n`;
    const deep = `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: deep\n  description: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    await writeFile(join(dir, 'catalog.yaml'), [group('before'), deep, group('after')].join('---\n'));
    const run = await runTeamfit(['analyze', join(dir, 'catalog.yaml'), '--format', 'json', '--fail-on', 'none']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { model: { entities: Array<{ ref: string }> }; diagnostics: Array<{ code: string; message: string }> };
    expect(result.model.entities.map((e) => e.ref)).toEqual(['group:default/before', 'group:default/after']);
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['yaml-syntax', 'Invalid YAML: values nested too deeply to read (thousands of levels); this document was skipped']]);
  });
});
