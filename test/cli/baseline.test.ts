import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BaselineFile } from '../../src/cli/baseline-file.js';
import { AnalysisResult } from '../../src/result/index.js';
import { ROOT, runTeamfit, temporaryDirectory } from './run-teamfit.js';

const FIXTURES = join(ROOT, 'test/fixtures/baseline');
const BEFORE = join(FIXTURES, 'before');
const AFTER = join(FIXTURES, 'after');

async function baselineOf(catalog: string): Promise<string> {
  const file = join(await temporaryDirectory(), '.teamfit-baseline.json');
  const { code, stderr } = await runTeamfit(['baseline', catalog, '--output', file]);
  expect(code).toBe(0);
  expect(stderr).toBe(`teamfit: recorded 2 findings in ${file}\n`);
  return file;
}

// before: shared-resource + missing-owner. after: missing-owner fixed, shared-resource still there (with
// other evidence), person-owns-system new. All warnings but missing-owner, so --fail-on warning is the test.
describe('teamfit baseline and analyze --baseline', () => {
  it('records the findings by fingerprint, sorted, and rewrites the same bytes for the same catalog', async () => {
    const file = await baselineOf(BEFORE);
    const text = await readFile(file, 'utf8');
    const baseline = BaselineFile.parse(JSON.parse(text));
    expect(baseline.findings.map(({ ruleId, subject }) => [ruleId, subject])).toEqual([
      ['missing-owner', 'component:default/invoicing-job'],
      ['shared-resource', 'resource:default/orders-db'],
    ]);
    expect(await readFile(await baselineOf(BEFORE), 'utf8')).toBe(text);
  });

  it('writes .teamfit-baseline.json in the working directory by default, or to stdout with --output -', async () => {
    const cwd = await temporaryDirectory();
    expect((await runTeamfit(['baseline', BEFORE], { cwd })).code).toBe(0);
    const written = await readFile(join(cwd, '.teamfit-baseline.json'), 'utf8');
    const { stdout } = await runTeamfit(['baseline', BEFORE, '--output', '-']);
    expect(stdout).toBe(written);
  });

  it('marks findings new or unchanged, counts the fixed ones, and fails only on new ones', async () => {
    const file = await baselineOf(BEFORE);
    const { code, stdout } = await runTeamfit(['analyze', AFTER, '--baseline', file, '--format', 'json', '--fail-on', 'warning']);
    expect(code).toBe(1);
    const result = AnalysisResult.parse(JSON.parse(stdout));
    expect(result.findings.map(({ ruleId, baseline }) => [ruleId, baseline])).toEqual([
      ['person-owns-system', 'new'],
      ['shared-resource', 'unchanged'],
    ]);
    expect(result.baseline).toEqual({ file, new: 1, unchanged: 1, fixed: 1 });
  });

  it('exits 0 when every finding is in the baseline, though findings remain', async () => {
    const file = await baselineOf(AFTER);
    expect((await runTeamfit(['analyze', AFTER, '--fail-on', 'warning'])).code).toBe(1);
    expect((await runTeamfit(['analyze', AFTER, '--fail-on', 'warning', '--baseline', file])).code).toBe(0);
  });

  it('the terminal and Markdown reports mark new and known findings and give the counts', async () => {
    const file = await baselineOf(BEFORE);
    const summary = (await runTeamfit(['analyze', AFTER, '--baseline', file])).stdout;
    expect(summary).toMatch(/warning person-owns-system \[1 new\]  component:default\/price-watch is owned by a person/);
    const terminal = (await runTeamfit(['analyze', AFTER, '--baseline', file, '--verbose'])).stdout;
    expect(terminal).toContain('person-owns-system  component:default/price-watch  [new]');
    expect(terminal).toContain('shared-resource  resource:default/orders-db  [known]');
    expect(terminal).toContain(`baseline: ${file}: 1 new, 1 known, 1 fixed; only new findings count for the exit code`);
    const markdownSummary = (await runTeamfit(['analyze', AFTER, '--baseline', file, '--format', 'markdown'])).stdout;
    expect(markdownSummary).toMatch(/\| warning \| person-owns-system \| 1 \(\*\*1 new\*\*\) \|/);
    const markdown = (await runTeamfit(['analyze', AFTER, '--baseline', file, '--format', 'markdown', '--detail', 'full'])).stdout;
    expect(markdown).toContain('- **[new]** **person-owns-system** on component:default/price-watch');
    expect(markdown).toContain('- [known] **shared-resource** on resource:default/orders-db');
    expect(markdown).toMatch(/\| Baseline \| .*1 new, 1 known, 1 fixed/);
  });

  it('without --baseline nothing is marked', async () => {
    const { stdout } = await runTeamfit(['analyze', AFTER, '--format', 'json']);
    const result = AnalysisResult.parse(JSON.parse(stdout));
    expect(result.baseline).toBeUndefined();
    expect(result.findings.every((finding) => finding.baseline === undefined && /^[0-9a-f]{64}$/.test(finding.fingerprint))).toBe(true);
  });

  it('report --from keeps the marks of a saved result for the exit code, or compares again with --baseline', async () => {
    const file = await baselineOf(AFTER);
    const saved = join(await temporaryDirectory(), 'result.json');
    await runTeamfit(['analyze', AFTER, '--baseline', file, '--format', 'json', '--output', saved]);
    expect((await runTeamfit(['report', '--from', saved, '--fail-on', 'warning'])).code).toBe(0);
    const older = await baselineOf(BEFORE);
    expect((await runTeamfit(['report', '--from', saved, '--fail-on', 'warning', '--baseline', older])).code).toBe(1);
  });

  it.each([
    ['not-json.json', /^teamfit: .*not-json\.json: not a teamfit baseline: invalid JSON: /],
    ['wrong-version.json', /^teamfit: .*wrong-version\.json: not a teamfit baseline: version: /],
    ['bad-fingerprint.json', /^teamfit: .*bad-fingerprint\.json: not a teamfit baseline: findings\.0\.fingerprint: /],
    ['missing.json', /^teamfit: .*missing\.json: cannot read baseline: ENOENT/],
  ])('a broken baseline (%s) exits 2 naming the file, before analysing', async (name, message) => {
    const { code, stdout, stderr } = await runTeamfit(['analyze', AFTER, '--baseline', join(FIXTURES, 'broken', name)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
