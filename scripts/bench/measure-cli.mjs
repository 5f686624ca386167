// One `teamfit analyze DIR --format json --output OUT` in this fresh process, output written included:
// node measure-cli.mjs DIR OUT -> one JSON line (wall and CPU time, peak RSS, size of the JSON written).
import { statSync } from 'node:fs';
import { timedCli } from './timed-cli.mjs';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: node measure-cli.mjs DIR OUT');
const { code, stderr, ms, cpuMs, peakRssMiB } = await timedCli(['analyze', dir, '--format', 'json', '--output', out, '--fail-on', 'none']);
if (code > 1) throw new Error(`analyze exited ${code}: ${stderr}`);
console.log(JSON.stringify({ ms, cpuMs, peakRssMiB, outputMiB: statSync(out).size / 1024 / 1024 }));
