import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisResult } from '../../src/result/index.js';
import { TINY_ORG, runTeamfit, temporaryDirectory } from './run-teamfit.js';

// These run the whole pipeline (ingest -> model -> analyze -> rules) on test/fixtures/report/tiny-org.

describe('teamfit analyze', () => {
  it('a nonexistent path exits 2 with one line', async () => {
    const { code, stdout, stderr } = await runTeamfit(['analyze', 'no/such/catalog']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('teamfit: no such file or directory: no/such/catalog\n');
  });

  it('a directory without catalog entities exits 2 with one line', async () => {
    const { code, stderr } = await runTeamfit(['analyze', await temporaryDirectory()]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^teamfit: no Backstage catalog entity found in .*\n$/);
  });

  it('reports the unowned component as an error and exits 1 by default', async () => {
    const { code, stdout, stderr } = await runTeamfit(['analyze', TINY_ORG]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('missing-owner  component:default/orphan-job');
    expect(stdout).toContain('group:default/shop-team');
    expect(stdout).not.toContain('\u001b[');
  });

  it('exits 0 with --fail-on none', async () => {
    const { code } = await runTeamfit(['analyze', TINY_ORG, '--fail-on', 'none']);
    expect(code).toBe(0);
  });

  it('--format json is a valid result of schema 1.0', async () => {
    const { code, stdout } = await runTeamfit(['analyze', TINY_ORG, '--format', 'json']);
    expect(code).toBe(1);
    const result = AnalysisResult.parse(JSON.parse(stdout));
    expect(result.schemaVersion).toBe('1.0');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'missing-owner', severity: 'error', subject: 'component:default/orphan-job' }),
    );
    const team = result.teams.find((candidate) => candidate.ref === 'group:default/shop-team');
    expect(team?.members).toHaveLength(2);
  });

  it('--output writes the report atomically and prints nothing', async () => {
    const out = join(await temporaryDirectory(), 'result.json');
    const { code, stdout } = await runTeamfit(['analyze', TINY_ORG, '--format', 'json', '--output', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(AnalysisResult.parse(JSON.parse(await readFile(out, 'utf8'))).schemaVersion).toBe('1.0');
    expect(await readdir(dirname(out))).toEqual(['result.json']);
  });

  it('a saved result re-renders with report --from', async () => {
    const out = join(await temporaryDirectory(), 'result.json');
    await runTeamfit(['analyze', TINY_ORG, '--format', 'json', '--output', out]);
    const direct = await runTeamfit(['analyze', TINY_ORG, '--format', 'markdown']);
    const again = await runTeamfit(['report', '--from', out, '--format', 'markdown']);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe(direct.stdout);
  });

  it('--verbose sends progress to stderr, never to stdout', async () => {
    const quiet = await runTeamfit(['analyze', TINY_ORG, '--format', 'json']);
    const verbose = await runTeamfit(['analyze', TINY_ORG, '--format', 'json', '--verbose']);
    expect(verbose.stdout).toBe(quiet.stdout);
    expect(quiet.stderr).toBe('');
  });

  it('FORCE_COLOR colours the terminal report even without a TTY', async () => {
    const { stdout } = await runTeamfit(['analyze', TINY_ORG], { env: { FORCE_COLOR: '1' } });
    expect(stdout).toContain('\u001b[');
  });
});
