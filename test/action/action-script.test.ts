import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AnalysisResult } from '../../src/result/index.js';
import { BIN, ROOT, TINY_ORG } from '../cli/run-teamfit.js';
import { ALICE, BOB, TestRepo } from '../discover/git-repo.js';
import { npmChildEnv } from '../pack/npm-env.js';

// Installing the CLI dominates: every run shares one RUNNER_TEMP, so npm installs it once (as in one job).
const SLOW = 240_000;
const SCRIPT = join(ROOT, 'action/run.mjs');
const work = mkdtempSync(join(tmpdir(), 'teamfit-action-'));
const workspace = join(work, 'workspace');
const runnerTemp = join(work, 'runner-temp');
let tarball = '';
let runs = 0;

interface StepRun {
  code: number;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs the action's script as the runner does: inputs as INPUT_<NAME>, files for the summary and outputs. */
function step(inputs: Record<string, string>): Promise<StepRun> {
  const summaryFile = join(work, `summary-${++runs}.md`);
  const outputFile = join(work, `output-${runs}.txt`);
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env = npmChildEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    // npm's own settings, as a runner would have them in its environment: this test installs from the npm
    // cache and without better-sqlite3's native build.
    npm_config_prefer_offline: 'true',
    npm_config_ignore_scripts: 'true',
    INPUT_PACKAGE: tarball,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  });
  return new Promise((done) => {
    execFile(process.execPath, [SCRIPT], { cwd: workspace, env }, (error, _stdout, stderr) => {
      const outputs = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stderr, outputs, summary: readFileSync(summaryFile, 'utf8') });
    });
  });
}

beforeAll(() => {
  cpSync(TINY_ORG, join(workspace, 'catalog'), { recursive: true });
  // The CLI as npm would publish it, from this checkout's build (the packing itself is test/pack's subject).
  const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', env: npmChildEnv() });
  tarball = join(work, (JSON.parse(packed.slice(packed.indexOf('['))) as Array<{ filename: string }>)[0]?.filename ?? '');
}, SLOW);

afterAll(() => rmSync(work, { recursive: true, force: true }), SLOW);

describe('the GitHub Action', () => {
  it('declares every input its script reads, and runs the script', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; runs: { using: string; steps: Array<{ env: Record<string, string>; run: string }> } };
    const read = [...readFileSync(join(ROOT, 'action/inputs.mjs'), 'utf8').matchAll(/\(env, '([a-z-]+)'/g)].map((match) => match[1]);
    expect(Object.keys(action.inputs).sort()).toEqual([...new Set(read)].sort());
    const [only] = action.runs.steps;
    expect(action.runs.using).toBe('composite');
    expect(only?.run).toContain('action/run.mjs');
    for (const name of Object.keys(action.inputs)) expect(only?.env[`INPUT_${name.toUpperCase()}`]).toBe(`\${{ inputs.${name} }}`);
  });

  it('fails on an error finding, and leaves the job summary, SARIF, the report and the counts', async () => {
    const run = await step({ paths: 'catalog' });
    expect(run.code, run.stderr).toBe(1);
    const result = AnalysisResult.parse(JSON.parse(readFileSync(run.outputs.result ?? '', 'utf8')));
    expect(run.outputs).toMatchObject({ 'exit-code': '1', findings: String(result.findings.length), errors: String(result.summary.findings.error), warnings: String(result.summary.findings.warning), 'new-findings': '', diagnostics: String(result.diagnostics.length) });
    expect(run.summary).toBe(execFileSync(process.execPath, [BIN, 'report', '--from', run.outputs.result ?? '', '--format', 'markdown', '--fail-on', 'none'], { encoding: 'utf8' }));
    const sarif = JSON.parse(readFileSync(run.outputs.sarif ?? '', 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect([sarif.version, sarif.runs[0]?.results.length]).toEqual(['2.1.0', result.findings.length]);
    expect(run.outputs.report).toMatch(/teamfit\.html$/);
    expect(readFileSync(run.outputs.report ?? '', 'utf8')).toContain('<!doctype html>');
  }, SLOW);

  it('passes with a baseline holding today\'s findings, and counts only new ones', async () => {
    execFileSync(process.execPath, [BIN, 'baseline', 'catalog', '--output', 'baseline.json'], { cwd: workspace, stdio: 'ignore' });
    const run = await step({ paths: 'catalog', baseline: 'baseline.json', format: 'markdown', 'sarif-file': 'out/teamfit.sarif' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ 'exit-code': '0', findings: '1', errors: '0', 'new-findings': '0', sarif: join(workspace, 'out/teamfit.sarif') });
    expect(existsSync(join(workspace, 'out/teamfit.sarif'))).toBe(true);
    expect(run.outputs.report).toMatch(/teamfit\.md$/);
  }, SLOW);

  it('reads the history of the clones given as repos', async () => {
    const repo = new TestRepo('monorepo');
    repo.git('remote', 'add', 'origin', 'git@git.shop.example:shop/monorepo.git');
    for (let i = 0; i < 4; i++) repo.commit(`change ${i}`, { 'services/checkout/price.ts': `// ${i}\n`, 'services/catalogue/prices.ts': `// ${i}\n` }, i % 2 ? ALICE : BOB);
    cpSync(join(ROOT, 'test/fixtures/history/shop'), join(workspace, 'shop'), { recursive: true });
    const run = await step({ paths: 'shop', repos: repo.dir, since: '2023-06-01', 'fail-on': 'none', summary: 'false' });
    expect(run.code, run.stderr).toBe(0);
    const result = AnalysisResult.parse(JSON.parse(readFileSync(run.outputs.result ?? '', 'utf8')));
    expect(result.history?.repositories).toEqual([expect.objectContaining({ commits: 4 })]);
    expect(run.summary).toBe('');
    // Install scripts were blocked here, so the cache is off and the step's log says so.
    expect(run.stderr.match(/git-cache-unavailable/g)).toHaveLength(1);
  }, SLOW);

  it('exits 2 on bad input: a wrong input value before installing anything, a missing catalog after', async () => {
    const wrong = await step({ paths: 'catalog', 'fail-on': 'sometimes' });
    expect([wrong.code, wrong.outputs['exit-code']]).toEqual([2, '2']);
    expect(wrong.stderr).toContain('input fail-on: expected one of error, warning, info, none, got sometimes');
    const missing = await step({ paths: 'no-such-catalog' });
    expect([missing.code, missing.outputs['exit-code']]).toEqual([2, '2']);
    expect(missing.stderr).toContain('no such file or directory: no-such-catalog');
    expect(missing.summary).toContain('teamfit could not analyse (exit code 2)');
    expect(readdirSync(join(runnerTemp, 'teamfit'))).toContain('cli');
  }, SLOW);
});
