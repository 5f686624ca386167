// One `teamfit suggest DIR --history-from PARTIALS --format json --output OUT` in this fresh process:
// node measure-suggest.mjs DIR PARTIALS OUT -> one JSON line (wall and CPU time, peak RSS, what was suggested).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { runCli } from '../../dist/cli/run-cli.js';

const [dir, partials, out] = process.argv.slice(2);
if (!dir || !partials || !out) throw new Error('usage: node measure-suggest.mjs DIR PARTIALS OUT');
const stderr = [];
const load = os.loadavg()[0];
const start = performance.now();
const cpuStart = process.cpuUsage();
const code = await runCli(['suggest', dir, '--history-from', partials, '--since', '2026-01-01', '--until', '2026-12-31', '--format', 'json', '--output', out], {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => void stderr.push(text),
  env: process.env,
  cwd: process.cwd(),
  isStdoutTty: false,
  isStderrTty: false,
});
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
if (code !== 0) throw new Error(`suggest exited ${code}: ${stderr.join('')}`);
const result = JSON.parse(readFileSync(out, 'utf8'));
console.log(JSON.stringify({
  ms,
  cpuMs: (cpu.user + cpu.system) / 1000,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
  load: Math.max(load, os.loadavg()[0]),
  suggestions: result.suggestions.length,
  moves: result.suggestions.reduce((sum, s) => sum + s.moves.length, 0),
}));
