import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/rules/meta.js';
import { ROOT, runTeamfit } from './run-teamfit.js';

describe('teamfit (built binary)', () => {
  it('--help exits 0 and lists the commands and exit codes', async () => {
    const { code, stdout, stderr } = await runTeamfit(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const command of ['analyze', 'report', 'rules', 'schema']) expect(stdout).toContain(command);
    expect(stdout).toContain('Exit codes:');
  });

  it('subcommand --help exits 0', async () => {
    const { code, stdout } = await runTeamfit(['analyze', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--fail-on <severity>');
  });

  it('--version prints the package version', async () => {
    const pkg: unknown = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    const { code, stdout } = await runTeamfit(['--version']);
    expect(code).toBe(0);
    expect(pkg).toMatchObject({ version: stdout.trim() });
  });

  it('no command is a usage error', async () => {
    const { code } = await runTeamfit([]);
    expect(code).toBe(2);
  });

  it.each([
    [['analyze', '--format', 'xml'], "option '--format <format>' argument 'xml' is invalid"],
    [['analyze', '--fail-on', 'sometimes'], "option '--fail-on <severity>' argument 'sometimes' is invalid"],
    [['analyze', '--frobnicate'], "unknown option '--frobnicate'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['report'], "required option '--from <result.json>' not specified"],
  ])('bad arguments %j exit 2 with one line', async (args, message) => {
    const { code, stdout, stderr } = await runTeamfit(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.startsWith('teamfit: ')).toBe(true);
  });

  it('rules lists every rule with its severity and docs', async () => {
    const { code, stdout } = await runTeamfit(['rules']);
    expect(code).toBe(0);
    for (const id of RULE_IDS) {
      expect(stdout).toContain(id);
      expect(stdout).toContain(`docs/rules/${id}.md`);
    }
  });

  it('rules --format json is machine-readable', async () => {
    const { code, stdout } = await runTeamfit(['rules', '--format', 'json']);
    expect(code).toBe(0);
    const rules: unknown = JSON.parse(stdout);
    expect(rules).toHaveLength(RULE_IDS.length);
    expect(rules).toContainEqual(
      expect.objectContaining({ id: 'missing-owner', defaultSeverity: 'error', category: 'ownership', docs: 'docs/rules/missing-owner.md' }),
    );
  });

  it('rules --format markdown is a table', async () => {
    const { stdout } = await runTeamfit(['rules', '--format', 'markdown']);
    expect(stdout).toContain('| missing-owner | error | ownership | Owner missing or unresolved | docs/rules/missing-owner.md |');
  });
});
