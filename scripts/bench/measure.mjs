// One measurement in a fresh process, so sizes do not share a heap: node measure.mjs DIR [TEAMFIT] -> one JSON
// line. TEAMFIT is the root of another built checkout to measure instead of this one (run.mjs --against).
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node measure.mjs DIR [TEAMFIT]');
const entry = process.argv[3] ? pathToFileURL(path.resolve(process.argv[3], 'dist/index.js')).href : '../../dist/index.js';
const { analyze } = await import(entry);
const start = performance.now();
const cpuStart = process.cpuUsage();
const result = await analyze({ paths: [dir], cwd: dir });
const ms = performance.now() - start;
// CPU time (user + system) is what the run cost; wall time also holds what other processes took from it.
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
// maxRSS (getrusage) is the peak resident set of this process in KiB, whatever happened between samples.
const { maxRSS } = process.resourceUsage();
const count = (kind) => result.model.entities.filter((e) => e.kind === kind).length;
console.log(JSON.stringify({
  ms,
  cpuMs,
  peakRssMiB: maxRSS / 1024,
  entities: result.model.entities.length,
  components: count('component'),
  systems: result.systems.length,
  teams: result.teams.length,
  findings: result.findings.length,
  diagnostics: result.diagnostics.filter((d) => d.severity !== 'info').length,
}));
