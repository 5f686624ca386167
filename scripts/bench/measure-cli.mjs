// One `teamfit analyze DIR --format json --output OUT` in this fresh process, output written included:
// node measure-cli.mjs DIR OUT -> one JSON line (wall and CPU time, peak RSS, size of the JSON written).
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runCli } from '../../dist/cli/run-cli.js';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: node measure-cli.mjs DIR OUT');
const stderr = [];
const start = performance.now();
const cpuStart = process.cpuUsage();
const code = await runCli(['analyze', dir, '--format', 'json', '--output', out, '--fail-on', 'none'], {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => void stderr.push(text),
  env: process.env,
  cwd: process.cwd(),
  isStdoutTty: false,
  isStderrTty: false,
});
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
if (code > 1) throw new Error(`analyze exited ${code}: ${stderr.join('')}`);
console.log(JSON.stringify({
  ms,
  cpuMs: (cpu.user + cpu.system) / 1000,
  // getrusage's peak resident set of this process, in KiB: no peak between samples is missed.
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
  outputMiB: statSync(out).size / 1024 / 1024,
}));
