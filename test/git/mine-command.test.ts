import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTeamfit, temporaryDirectory } from '../cli/run-teamfit.js';
import { buildAnalysisFixture } from './analysis-fixture.js';
import type { FixtureRepo } from './fixture-repo.js';

let repo: FixtureRepo;
beforeAll(() => {
  repo = buildAnalysisFixture();
});
afterAll(() => repo.remove());

describe('teamfit mine', () => {
  it("prints code-maat's CSV, and JSON rows keyed by its column names", async () => {
    const csv = await runTeamfit(['mine', repo.path, '--analysis', 'revisions', '--rows', '2', '--no-cache']);
    expect(csv).toMatchObject({ code: 0, stderr: '' });
    expect(csv.stdout).toBe('entity,n-revs\nsrc/core/order.ts,6\nsrc/core/price.ts,5\n');
    const json = await runTeamfit(['mine', repo.path, '--analysis', 'summary,coupling', '--format', 'json', '--min-revs', '1', '--min-shared-revs', '4', '--no-cache']);
    expect(JSON.parse(json.stdout)).toEqual({
      summary: [
        { statistic: 'number-of-commits', value: 10 },
        { statistic: 'number-of-entities', value: 14 },
        { statistic: 'number-of-entities-changed', value: 27 },
        { statistic: 'number-of-authors', value: 4 },
      ],
      coupling: [{ entity: 'src/core/order.ts', coupled: 'src/core/price.ts', degree: 90, 'average-revs': 6 }],
    });
  });

  it('writes the same JSON to --output as to stdout, through a temporary file', async () => {
    const dir = await temporaryDirectory();
    const args = ['mine', repo.path, '--analysis', 'revisions,entity-effort,fragmentation', '--format', 'json', '--no-cache'];
    const printed = await runTeamfit(args);
    const written = await runTeamfit([...args, '--output', join(dir, 'rows.json')]);
    expect([written.code, written.stdout]).toEqual([0, '']);
    expect(await readFile(join(dir, 'rows.json'), 'utf8')).toBe(printed.stdout);
    expect(Object.keys(JSON.parse(printed.stdout) as object)).toEqual(['revisions', 'entity-effort', 'fragmentation']);
    expect(await readdir(dir)).toEqual(['rows.json']);
  });

  it('uses the cache in --cache-dir and prints the same rows warm', async () => {
    const cacheDir = await temporaryDirectory();
    const args = ['mine', repo.path, '--analysis', 'entity-ownership', '--cache-dir', cacheDir];
    const cold = await runTeamfit(args);
    const warm = await runTeamfit(args);
    expect(cold.code).toBe(0);
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('bad input exits 2 with one line', async () => {
    const unknown = await runTeamfit(['mine', repo.path, '--analysis', 'churn']);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([2, expect.stringMatching(/^teamfit: unknown analysis: churn \(expected one of revisions, /)]);
    const notRepo = await runTeamfit(['mine', await temporaryDirectory(), '--no-cache']);
    expect([notRepo.code, notRepo.stderr.trim().split('\n').pop()]).toEqual([2, expect.stringMatching(/^teamfit: not a git repository/)]);
    const badNumber = await runTeamfit(['mine', repo.path, '--min-revs', 'five']);
    expect(badNumber.code).toBe(2);
    const noJobs = await runTeamfit(['mine', repo.path, '--jobs', '0']);
    expect([noJobs.code, noJobs.stderr]).toEqual([2, 'teamfit: --jobs: expected a whole number of at least 1, got 0\n']);
    for (const day of ['2024-1-1', '2024-13-40']) {
      const badDay = await runTeamfit(['mine', repo.path, '--analysis', 'age', '--age-time-now', day]);
      expect([badDay.code, badDay.stderr]).toEqual([2, `teamfit: --age-time-now: expected a day as YYYY-MM-DD, got ${day}\n`]);
    }
    // A revision that git would take for an option is the user's input, not a bug in teamfit.
    const dir = await temporaryDirectory();
    const optionAsRevision = await runTeamfit(['mine', repo.path, `--rev=--output=${join(dir, 'x')}`, '--no-cache']);
    expect([optionAsRevision.code, optionAsRevision.stderr]).toEqual([2, `teamfit: not a revision: "--output=${join(dir, 'x')}" (a revision cannot be empty or start with "-")\n`]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('--skip-bots leaves out the built-in bots, and --bot-pattern adds one in the git.bots syntax', async () => {
    const authors = async (...flags: string[]) => (await runTeamfit(['mine', repo.path, '--analysis', 'summary', '--format', 'json', '--no-cache', ...flags])).stdout;
    const count = (stdout: string) => (JSON.parse(stdout) as { statistic: string; value: number }[]).find((row) => row.statistic === 'number-of-authors')?.value;
    expect(count(await authors())).toBe(4);
    expect(count(await authors('--skip-bots'))).toBe(3);
    // Whole-name wildcards on top of the built-in list: Cy is left out with the bot, Ana and Bo stay.
    expect(count(await authors('--bot-pattern', 'cy *'))).toBe(2);
  });
});
