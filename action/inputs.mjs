// The action's inputs, read as GitHub Actions hands them to a step: INPUT_<NAME> with the name upper-cased
// and spaces turned into underscores (hyphens stay: INPUT_FAIL-ON), as @actions/core reads them.
import { resolve } from 'node:path';

const FAIL_ON = ['error', 'warning', 'info', 'none'];
const FORMATS = ['terminal', 'json', 'markdown', 'html', 'sarif'];

export class InputError extends Error {}

export function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Several values: one a line, or separated by spaces (paths with spaces go one a line). */
function list(env, name) {
  const text = input(env, name);
  if (text === '') return [];
  return text.includes('\n') ? text.split('\n').map((line) => line.trim()).filter(Boolean) : text.split(/\s+/);
}

function choice(env, name, choices, fallback) {
  const value = input(env, name) || fallback;
  if (value !== undefined && !choices.includes(value)) throw new InputError(`input ${name}: expected one of ${choices.join(', ')}, got ${value}`);
  return value;
}

function flag(env, name, fallback) {
  const value = input(env, name) || String(fallback);
  if (!['true', 'false'].includes(value)) throw new InputError(`input ${name}: expected true or false, got ${value}`);
  return value === 'true';
}

/** Everything the step needs from its environment, checked before anything is installed or run. */
export function readInputs(env) {
  const temp = env.RUNNER_TEMP;
  if (!temp) throw new InputError('RUNNER_TEMP is not set: this script runs as a step of a GitHub Actions job');
  const workdir = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), input(env, 'working-directory') || '.');
  const out = resolve(temp, 'teamfit');
  return {
    workdir,
    out,
    packageSpec: input(env, 'package'),
    paths: list(env, 'paths'),
    format: choice(env, 'format', FORMATS, 'html'),
    baseline: input(env, 'baseline'),
    failOn: choice(env, 'fail-on', FAIL_ON, undefined),
    failOnDiagnostics: choice(env, 'fail-on-diagnostics', FAIL_ON, undefined),
    config: input(env, 'config'),
    repos: list(env, 'repos'),
    reposDir: input(env, 'repos-dir'),
    since: input(env, 'since'),
    cacheDir: input(env, 'cache-dir') || resolve(temp, 'teamfit-cache'),
    sarif: resolve(workdir, input(env, 'sarif-file') || resolve(out, 'teamfit.sarif')),
    isSummaryWanted: flag(env, 'summary', true),
  };
}

/** The `teamfit analyze` arguments the inputs stand for; the report formats are the step's business. */
export function analyzeArguments(inputs) {
  const optional = (option, value) => (value ? [option, value] : []);
  return [
    'analyze',
    ...inputs.paths,
    ...optional('--baseline', inputs.baseline),
    ...optional('--fail-on', inputs.failOn),
    ...optional('--fail-on-diagnostics', inputs.failOnDiagnostics),
    ...optional('--config', inputs.config),
    ...inputs.repos.flatMap((repo) => ['--repo', repo]),
    ...optional('--repos-dir', inputs.reposDir),
    ...optional('--since', inputs.since),
    '--cache-dir',
    inputs.cacheDir,
  ];
}
