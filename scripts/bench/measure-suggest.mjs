// One `teamfit suggest DIR --history-from PARTIALS --format json --output OUT` in this fresh process:
// node measure-suggest.mjs DIR PARTIALS OUT -> one JSON line (wall and CPU time, peak RSS, what was suggested).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { timedCli } from './timed-cli.mjs';

const [dir, partials, out] = process.argv.slice(2);
if (!dir || !partials || !out) throw new Error('usage: node measure-suggest.mjs DIR PARTIALS OUT');
const load = os.loadavg()[0];
const { code, stderr, ms, cpuMs, peakRssMiB } = await timedCli(['suggest', dir, '--history-from', partials, '--since', '2026-01-01', '--until', '2026-12-31', '--format', 'json', '--output', out]);
if (code !== 0) throw new Error(`suggest exited ${code}: ${stderr}`);
const result = JSON.parse(readFileSync(out, 'utf8'));
console.log(JSON.stringify({
  ms,
  cpuMs,
  peakRssMiB,
  load: Math.max(load, os.loadavg()[0]),
  suggestions: result.suggestions.length,
  moves: result.suggestions.reduce((sum, s) => sum + s.moves.length, 0),
}));
