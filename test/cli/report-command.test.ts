import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleResult, sampleResultCopy } from '../fixtures/report/sample-result.js';
import { runTeamfit, temporaryDirectory, writeResultFile } from './run-teamfit.js';

describe('teamfit report --from', () => {
  it.each(['terminal', 'json', 'markdown'])('renders a saved result as %s', async (format) => {
    const file = await writeResultFile(sampleResult);
    const { code, stdout, stderr } = await runTeamfit(['report', '--from', file, '--format', format, '--fail-on', 'none']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('component:default/orphan');
    if (format === 'json') expect(JSON.parse(stdout)).toEqual(sampleResult);
    if (format === 'markdown') expect(stdout.startsWith('# teamfit report')).toBe(true);
    if (format === 'terminal') expect(stdout).not.toContain('\u001b[');
  });

  it.each([
    [undefined, 1],
    ['error', 1],
    ['warning', 1],
    ['info', 1],
    ['none', 0],
  ])('--fail-on %s exits %i on a result with an error', async (failOn, expected) => {
    const file = await writeResultFile(sampleResult);
    const { code } = await runTeamfit(['report', '--from', file, ...(failOn ? ['--fail-on', failOn] : [])]);
    expect(code).toBe(expected);
  });

  it('exit code follows the highest finding severity', async () => {
    const result = sampleResultCopy();
    result.findings = result.findings.filter((finding) => finding.severity === 'info');
    const file = await writeResultFile(result);
    expect((await runTeamfit(['report', '--from', file])).code).toBe(0);
    expect((await runTeamfit(['report', '--from', file, '--fail-on', 'warning'])).code).toBe(0);
    expect((await runTeamfit(['report', '--from', file, '--fail-on', 'info'])).code).toBe(1);
  });

  it('an error diagnostic fails --fail-on error unless --fail-on-diagnostics none', async () => {
    const result = sampleResultCopy();
    result.findings = [];
    result.diagnostics = [{ severity: 'error', code: 'duplicate-entity', message: 'Component "a" is defined twice', file: 'catalog.yaml', line: 9, column: 1 }];
    const file = await writeResultFile(result);
    expect((await runTeamfit(['report', '--from', file])).code).toBe(1);
    expect((await runTeamfit(['report', '--from', file, '--fail-on-diagnostics', 'none'])).code).toBe(0);
    result.diagnostics = [{ severity: 'warning', code: 'dangling-ref', message: 'x' }];
    const warned = await writeResultFile(result);
    expect((await runTeamfit(['report', '--from', warned, '--fail-on', 'warning'])).code).toBe(0);
    expect((await runTeamfit(['report', '--from', warned, '--fail-on', 'warning', '--fail-on-diagnostics', 'warning'])).code).toBe(1);
  });

  it('--output writes the file and prints nothing, leaving no temporary file', async () => {
    const file = await writeResultFile(sampleResult);
    const out = join(await temporaryDirectory(), 'report.md');
    const { code, stdout } = await runTeamfit(['report', '--from', file, '--format', 'markdown', '--output', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(await readFile(out, 'utf8')).toContain('# teamfit report');
    expect(await readdir(dirname(out))).toEqual(['report.md']);
  });

  it('--output into a missing directory is a usage error', async () => {
    const file = await writeResultFile(sampleResult);
    const { code, stderr } = await runTeamfit(['report', '--from', file, '--output', '/nonexistent-dir/x.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe('teamfit: cannot write /nonexistent-dir/x.txt: ENOENT\n');
  });

  it('a broken JSON file exits 2 naming the file, without a stack trace', async () => {
    const file = await writeResultFile('{"schemaVersion": "1.0", ', 'broken.json');
    const { code, stdout, stderr } = await runTeamfit(['report', '--from', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^teamfit: .*broken\.json: not valid JSON: /);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a result that breaks the schema names the first bad field', async () => {
    const result: unknown = JSON.parse(JSON.stringify(sampleResult).replace('"label":"monolith"', '"label":"big-ball-of-mud"'));
    const file = await writeResultFile(JSON.stringify(result), 'bad.json');
    const { code, stderr } = await runTeamfit(['report', '--from', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}: systems.0.architecture.label: Invalid option: expected one of`);
  });

  it('a result of another schema version is refused clearly', async () => {
    const file = await writeResultFile(JSON.stringify({ ...sampleResult, schemaVersion: '9.9' }));
    const { code, stderr } = await runTeamfit(['report', '--from', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('schemaVersion "9.9" is not supported');
  });

  it('a missing file exits 2 naming it', async () => {
    const { code, stderr } = await runTeamfit(['report', '--from', 'no-such-result.json']);
    expect(code).toBe(2);
    expect(stderr).toBe('teamfit: no-such-result.json: cannot read: ENOENT\n');
  });
});
