#!/usr/bin/env node
// The teamfit GitHub Action's step: install the CLI, analyse once to a JSON result, render from it the job
// summary (Markdown), the SARIF file for code scanning and the report in the chosen format, write the counts
// to GITHUB_OUTPUT, and exit with teamfit's own exit code (0 clean, 1 findings at or above fail-on, 2 bad
// input). Everything comes from the environment Actions sets; see action.yml for the inputs.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArguments, InputError, readInputs } from './inputs.mjs';

// GitHub refuses a step summary over 1 MiB; keep room for the note that says where the rest is.
const SUMMARY_LIMIT = 1024 * 1024 - 4096;
const EXTENSION = { terminal: 'txt', json: 'json', markdown: 'md', html: 'html', sarif: 'sarif' };

function main(env) {
  const inputs = readInputs(env);
  mkdirSync(inputs.out, { recursive: true });
  const cli = installCli(inputs.packageSpec || `teamfit@${ownVersion()}`, inputs, env);
  const teamfit = (args, stdout = 'inherit') => spawnSync(process.execPath, [cli, ...args], { cwd: inputs.workdir, env: { ...env, NO_COLOR: '1' }, stdio: ['ignore', stdout, 'inherit'], encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });

  const resultFile = join(inputs.out, 'result.json');
  const analysis = teamfit([...analyzeArguments(inputs), '--format', 'json', '--output', resultFile]);
  const code = analysis.status ?? 2;
  if ((code !== 0 && code !== 1) || !existsSync(resultFile)) {
    summarize(env, inputs, `## teamfit\n\nteamfit could not analyse (exit code ${code}); the step's log says why.\n`);
    output(env, { 'exit-code': code });
    return code;
  }

  const render = (format, file) => teamfit(['report', '--from', resultFile, '--format', format, '--fail-on', 'none', ...(inputs.config ? ['--config', inputs.config] : []), ...(file ? ['--output', file] : [])], 'pipe');
  mkdirSync(dirname(inputs.sarif), { recursive: true });
  check(render('sarif', inputs.sarif), 'SARIF');
  const report = inputs.format === 'json' ? resultFile : join(inputs.out, `teamfit.${EXTENSION[inputs.format]}`);
  if (report !== resultFile) check(render(inputs.format, report), inputs.format);
  // When teamfit gains `--format github` (workflow commands: annotations on the pull request's files),
  // render it here to this step's stdout, where Actions reads workflow commands.
  if (inputs.isSummaryWanted) summarize(env, inputs, check(render('markdown'), 'Markdown').stdout, report);

  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  // With a baseline only new findings count, for the exit code as for these numbers.
  const counted = result.findings.filter((finding) => finding.baseline !== 'unchanged');
  const bySeverity = (severity) => counted.filter((finding) => finding.severity === severity).length;
  output(env, {
    'exit-code': code,
    findings: result.findings.length,
    errors: bySeverity('error'),
    warnings: bySeverity('warning'),
    infos: bySeverity('info'),
    'new-findings': result.baseline?.new ?? '',
    diagnostics: result.diagnostics.length,
    result: resultFile,
    sarif: inputs.sarif,
    report,
  });
  return code;
}

/** Installs teamfit (a registry spec, or a packed tarball) into the runner's temp folder; returns its bin. */
function installCli(spec, inputs, env) {
  const prefix = join(inputs.out, 'cli');
  mkdirSync(prefix, { recursive: true });
  // A tarball or folder named relative to the working directory, as the user wrote it.
  const local = resolve(inputs.workdir, spec);
  const what = /^[./]/.test(spec) || spec.endsWith('.tgz') ? local : spec;
  const root = join(prefix, 'node_modules', 'teamfit');
  // A job that runs the action twice (two catalogs, say) installs it once.
  const marker = join(prefix, 'installed-spec');
  const isInstalled = existsSync(marker) && readFileSync(marker, 'utf8') === what && existsSync(join(root, 'package.json'));
  if (!isInstalled) {
    const installed = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', what], { cwd: inputs.workdir, env, stdio: ['ignore', 'inherit', 'inherit'] });
    if (installed.status !== 0) throw new InputError(`npm could not install ${spec}`);
    writeFileSync(marker, what);
  }
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return join(root, typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.teamfit);
}

// The action and the CLI live in one repository: a tagged action runs the CLI of the same version.
function ownVersion() {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')).version;
}

function check(run, what) {
  if (run.status !== 0) throw new Error(`teamfit could not render the ${what} report (exit code ${run.status})${run.stderr ? `: ${run.stderr.trim()}` : ''}`);
  return run;
}

function summarize(env, inputs, markdown, report) {
  if (!env.GITHUB_STEP_SUMMARY || !inputs.isSummaryWanted) return;
  let text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  if (Buffer.byteLength(text) > SUMMARY_LIMIT) {
    const cut = Buffer.from(text).subarray(0, SUMMARY_LIMIT).toString('utf8');
    text = `${cut.slice(0, cut.lastIndexOf('\n') + 1)}\n_The report is longer than a job summary may be; the whole of it is in ${report}._\n`;
  }
  appendFileSync(env.GITHUB_STEP_SUMMARY, text);
}

function output(env, values) {
  if (!env.GITHUB_OUTPUT) return;
  appendFileSync(env.GITHUB_OUTPUT, Object.entries(values).map(([name, value]) => `${name}=${value}\n`).join(''));
}

try {
  process.exitCode = main(process.env);
} catch (error) {
  process.stderr.write(`teamfit action: ${error instanceof Error ? error.message : String(error)}\n`);
  output(process.env, { 'exit-code': 2 });
  process.exitCode = 2;
}
