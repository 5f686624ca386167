// npm run bench [-- --sizes 1000,10000,50000 --reps 5 --seed 1 --keep --against DIR]
// Generates an organisation per size (10 components per team), then analyses each in fresh child processes,
// sizes interleaved within each repetition so machine noise hits them alike; prints medians and growth ratios.
// --against DIR: also measures another built checkout (e.g. a `git worktree` of the previous commit after
// `npm ci && npm run build` there), run for run beside this one, and prints its table and the ratios.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateOrg, writeOrg } from '../../dist/gen/index.js';
import { printComparison, printMachine, printTable, probeParallelism } from './table.mjs';

const { values } = parseArgs({
  // `npm run bench` passes the same arguments to the git bench after this one: its --git-* options are its own.
  strict: false,
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    reps: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    against: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const reps = Number(values.reps);
const measure = fileURLToPath(new URL('./measure.mjs', import.meta.url));
const root = mkdtempSync(path.join(os.tmpdir(), 'teamfit-bench-'));

try {
  printMachine();
  console.log(`parallelism at start: ${await probeParallelism()}\n`);
  const orgs = [];
  for (const size of sizes) {
    const dir = path.join(root, `org-${size}`);
    const files = generateOrg({ teams: Math.max(1, Math.round(size / 10)), components: size, seed: Number(values.seed) });
    await writeOrg(dir, files);
    orgs.push({ size, dir, files: files.length, mb: files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0) / 1024 / 1024, runs: [], against: [] });
  }
  const measureOnce = (org, rep, checkout) => {
    const args = ['--expose-gc', measure, org.dir, ...(checkout ? [checkout] : [])];
    const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
    const run = JSON.parse(out.trim().split('\n').pop());
    const label = checkout ? '  (against)' : '';
    process.stderr.write(`rep ${rep}/${reps}  ${String(org.size).padStart(6)} components  ${(run.ms / 1000).toFixed(2)} s wall  ${(run.cpuMs / 1000).toFixed(2)} s cpu  ${run.peakRssMiB.toFixed(0)} MiB${label}\n`);
    return run;
  };
  for (let rep = 1; rep <= reps; rep++) {
    for (const org of orgs) {
      // Alternate which build goes first, so neither always runs on a cache the other warmed.
      const againstFirst = values.against && rep % 2 === 0;
      if (againstFirst) org.against.push(measureOnce(org, rep, values.against));
      org.runs.push(measureOnce(org, rep));
      if (values.against && !againstFirst) org.against.push(measureOnce(org, rep, values.against));
    }
  }
  console.log(`parallelism at end: ${await probeParallelism()}\n`);
  printTable(orgs);
  if (values.against) printComparison(orgs, values.against);
} finally {
  if (values.keep) console.log(`\norganisations kept in ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
