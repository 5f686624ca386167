import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, TINY_ORG, runTeamfit, temporaryDirectory } from '../cli/run-teamfit.js';

const FIXTURES = join(ROOT, 'test/fixtures/config');
const NESTED = join(FIXTURES, 'nested/team/catalog');

// tiny-org has one error finding, so it exits 1 under the default failOn (error).
describe('the CLI and the config file', () => {
  it('analyze finds the config above the working directory (failOn: none)', async () => {
    const { code, stderr } = await runTeamfit(['analyze'], { cwd: NESTED });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('--fail-on overrides the file', async () => {
    const { code } = await runTeamfit(['analyze', '--fail-on', 'error'], { cwd: NESTED });
    expect(code).toBe(1);
  });

  it('--config names the file, and its rule settings apply', async () => {
    const file = join(await temporaryDirectory(), 'my.yaml');
    await writeFile(file, 'rules:\n  missing-owner:\n    severity: off\n');
    const { code, stdout } = await runTeamfit(['analyze', TINY_ORG, '--config', file, '--format', 'json']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('"missing-owner"');
  });

  it('a wrong config exits 2 with one line naming file, position and key', async () => {
    const { code, stdout, stderr } = await runTeamfit(['analyze', TINY_ORG, '--config', 'test/fixtures/config/bad-severity/teamfit.config.yaml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'teamfit: test/fixtures/config/bad-severity/teamfit.config.yaml:4:15: rules.shared-resource.severity: expected one of error, warning, info, off (did you mean warning?)\n',
    );
  });

  it('a found config that is wrong is named relative to the working directory', async () => {
    const { code, stderr } = await runTeamfit(['analyze', TINY_ORG], { cwd: join(FIXTURES, 'unknown-rule') });
    expect(code).toBe(2);
    expect(stderr).toBe('teamfit: teamfit.config.yaml:2:3: rules.shared-resorce: unknown key, did you mean shared-resource?\n');
  });

  it('a missing --config file exits 2', async () => {
    const { code, stderr } = await runTeamfit(['analyze', TINY_ORG, '--config', 'nope.yaml']);
    expect(code).toBe(2);
    expect(stderr).toBe('teamfit: nope.yaml: cannot read config: ENOENT\n');
  });

  it('report --from takes failOn from the config', async () => {
    const saved = join(await temporaryDirectory(), 'r.json');
    await runTeamfit(['analyze', TINY_ORG, '--format', 'json', '--output', saved]);
    expect((await runTeamfit(['report', '--from', saved], { cwd: NESTED })).code).toBe(0);
    expect((await runTeamfit(['report', '--from', saved])).code).toBe(1);
  });
});
