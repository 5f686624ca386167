// npm run bench [-- --large 100000,200000 | --large none]: `teamfit analyze` with its JSON result written, once
// per size, on organisations of about that many entities (default 100,000; TEAMFIT_BENCH_LARGE sets the
// default too). Each run is one fresh process (measure-cli.mjs); sizes are measured once, not repeated: at
// 200,000 entities one run takes minutes and gigabytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateOrg, writeOrg } from '../../dist/gen/index.js';

const { values } = parseArgs({
  strict: false,
  options: { large: { type: 'string', default: process.env.TEAMFIT_BENCH_LARGE ?? '100000' }, seed: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } },
});
// The generator writes about 2.2 entities per component (teams, users, systems, APIs, resources) at ten
// components per team: 50,000 components are 109,821 entities.
const ENTITIES_PER_COMPONENT = 109_821 / 50_000;
const targets = values.large === 'none' ? [] : values.large.split(',').map(Number);
const measure = fileURLToPath(new URL('./measure-cli.mjs', import.meta.url));
const root = targets.length > 0 ? mkdtempSync(path.join(os.tmpdir(), 'teamfit-bench-large-')) : undefined;

try {
  const rows = [];
  for (const target of targets) {
    const components = Math.round(target / ENTITIES_PER_COMPONENT);
    const dir = path.join(root, `org-${target}`);
    const files = generateOrg({ teams: Math.round(components / 10), components, seed: Number(values.seed) });
    const entities = files.reduce((sum, file) => sum + (file.text.match(/^kind: /gm)?.length ?? 0), 0);
    await writeOrg(dir, files);
    const mb = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0) / 1024 / 1024;
    const out = execFileSync(process.execPath, [measure, dir, path.join(root, `result-${target}.json`)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const run = JSON.parse(out.trim().split('\n').pop());
    process.stderr.write(`${entities} entities  ${(run.ms / 1000).toFixed(1)} s wall  ${(run.cpuMs / 1000).toFixed(1)} s cpu  ${run.peakRssMiB.toFixed(0)} MiB\n`);
    rows.push({ components, entities, files: files.length, mb, ...run });
    // The next size should not find this one's gigabytes on disk.
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
  if (rows.length > 0) {
    console.log('\nanalyze --format json --output FILE, one run per size (output written included):\n');
    console.log('| components | entities | files | MB | wall time | CPU time | peak RSS | JSON written |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      console.log(`| ${r.components} | ${r.entities} | ${r.files} | ${r.mb.toFixed(1)} | ${(r.ms / 1000).toFixed(1)} s | ${(r.cpuMs / 1000).toFixed(1)} s | ${r.peakRssMiB.toFixed(0)} MiB | ${r.outputMiB.toFixed(0)} MiB |`);
    }
  }
} finally {
  if (root !== undefined && values.keep) console.log(`\norganisations and results kept in ${root}`);
  else if (root !== undefined) rmSync(root, { recursive: true, force: true });
}
