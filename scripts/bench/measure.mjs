// One measurement in a fresh process, so sizes do not share a heap: node measure.mjs DIR -> one JSON line.
import { performance } from 'node:perf_hooks';
import { analyze } from '../../dist/index.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node measure.mjs DIR');
const start = performance.now();
const result = await analyze({ paths: [dir], cwd: dir });
const ms = performance.now() - start;
// maxRSS (getrusage) is the peak resident set of this process in KiB, whatever happened between samples.
const { maxRSS } = process.resourceUsage();
const count = (kind) => result.model.entities.filter((e) => e.kind === kind).length;
console.log(JSON.stringify({
  ms,
  peakRssMiB: maxRSS / 1024,
  entities: result.model.entities.length,
  components: count('component'),
  systems: result.systems.length,
  teams: result.teams.length,
  findings: result.findings.length,
  diagnostics: result.diagnostics.filter((d) => d.severity !== 'info').length,
}));
