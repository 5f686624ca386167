// node scripts/bench/catalog-vs-yaml.mjs [--sizes 10000,50000] [--reps 3] [--seed 1] [--keep] [--against OTHER]   (after npm run build)
// Issue 17's catalog target, side by side in one run: for each generated organisation (npm run gen's generator,
// ten components per team), teamfit's analyze() (scripts/bench/measure.mjs) against merely parsing the same
// files with `yaml` on one thread (scripts/bench/measure-yaml.mjs), each in a fresh process, interleaved and
// alternating which goes first. Prints medians and the ratio analyze / yaml per size, and analyze's peak RSS.
// --against OTHER (a built checkout, or its dist/) measures that build's analyze() too, in the same rounds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateOrg, writeOrg } from '../../dist/gen/index.js';
import { probeParallelism } from './table.mjs';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,50000' }, reps: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false }, against: { type: 'string' } } });
const against = values.against ? path.resolve(values.against.replace(/\/dist\/?$/, '')) : undefined;
const reps = Number(values.reps);
const root = mkdtempSync(path.join(os.tmpdir(), 'teamfit-catalog-bench-'));
const script = (name) => fileURLToPath(new URL(`./${name}`, import.meta.url));
const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' ');
const once = (file, dir, ...rest) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', script(file), dir, ...rest], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').pop());
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

try {
  console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}; load average at start ${load()}`);
  console.log(`parallelism at start: ${await probeParallelism()}`);
  const orgs = [];
  for (const size of values.sizes.split(',').map(Number)) {
    const dir = path.join(root, `org-${size}`);
    await writeOrg(dir, generateOrg({ teams: Math.max(1, Math.round(size / 10)), components: size, seed: Number(values.seed) }));
    orgs.push({ size, dir, teamfit: [], yaml: [], against: [] });
  }
  for (let rep = 1; rep <= reps; rep++) {
    for (const org of orgs) {
      const order = rep % 2 ? ['yaml', 'teamfit', 'against'] : ['against', 'teamfit', 'yaml'];
      for (const which of order) {
        if (which === 'against' && !against) continue;
        const run = which === 'yaml' ? once('measure-yaml.mjs', org.dir) : which === 'teamfit' ? once('measure.mjs', org.dir) : once('measure.mjs', org.dir, against);
        org[which].push(run);
        process.stderr.write(`rep ${rep}/${reps} ${org.size} ${which.padEnd(7)} ${(run.ms / 1000).toFixed(2)} s wall ${(run.cpuMs / 1000).toFixed(2)} s cpu ${run.peakRssMiB.toFixed(0)} MiB (load ${load()})\n`);
      }
    }
  }
  console.log(`parallelism at end: ${await probeParallelism()}; load average at end ${load()}\n`);
  console.log('| components | yaml parse wall (cpu) | teamfit analyze wall (cpu) | wall ratio, each rep | wall ratio (medians) | cpu ratio (medians) | teamfit peak RSS (max) |');
  console.log('|---:|---:|---:|---|---:|---:|---:|');
  for (const org of orgs) {
    const wall = (which) => median(org[which].map((run) => run.ms)) / 1000;
    const cpu = (which) => median(org[which].map((run) => run.cpuMs)) / 1000;
    const each = org.teamfit.map((run, index) => (run.ms / org.yaml[index].ms).toFixed(2)).join(', ');
    const peak = Math.max(...org.teamfit.map((run) => run.peakRssMiB));
    console.log(`| ${org.size} | ${wall('yaml').toFixed(2)} s (${cpu('yaml').toFixed(2)} s) | ${wall('teamfit').toFixed(2)} s (${cpu('teamfit').toFixed(2)} s) | ${each} | ${(wall('teamfit') / wall('yaml')).toFixed(2)}x | ${(cpu('teamfit') / cpu('yaml')).toFixed(2)}x | ${peak.toFixed(0)} MiB |`);
  }
  if (against) {
    console.log(`\n${against} (--against), same rounds:\n`);
    console.log('| components | its analyze wall (cpu) | wall ratio to yaml, each rep | wall ratio (medians) | cpu ratio (medians) | its peak RSS (max) |');
    console.log('|---:|---:|---|---:|---:|---:|');
    for (const org of orgs) {
      const wall = (which) => median(org[which].map((run) => run.ms)) / 1000;
      const cpu = (which) => median(org[which].map((run) => run.cpuMs)) / 1000;
      const each = org.against.map((run, index) => (run.ms / org.yaml[index].ms).toFixed(2)).join(', ');
      const peak = Math.max(...org.against.map((run) => run.peakRssMiB));
      console.log(`| ${org.size} | ${wall('against').toFixed(2)} s (${cpu('against').toFixed(2)} s) | ${each} | ${(wall('against') / wall('yaml')).toFixed(2)}x | ${(cpu('against') / cpu('yaml')).toFixed(2)}x | ${peak.toFixed(0)} MiB |`);
    }
  }
} finally {
  if (values.keep) console.log(`\norganisations kept in ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
