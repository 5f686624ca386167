// node scripts/bench/git-targets.mjs --repo PATH [--repo PATH ...] [--rounds 2] [--against DIST]   (after npm run build)
// Issue 17's git targets, each beside its git baseline in the same run, rounds interleaved:
//   git log --all --name-only               vs  teamfit mine, cold (an empty --cache-dir), the nine name-only analyses
//   git log HEAD --name-only -M             vs  teamfit analyze --repo, cold (an empty --cache-dir)
//   teamfit mine, cold                      vs  the same mine run again twice on its cache (warm, nothing new)
// Every command runs under /usr/bin/time: wall time, and CPU time (user + system) of the process and its git
// children; teamfit runs through git-run-teamfit.mjs, which reports node's own peak RSS and CPU time.
// --against DIST also runs another build's dist/ (say the previous commit's) right after this one's.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const { values } = parseArgs({ options: { repo: { type: 'string', multiple: true, default: [] }, rounds: { type: 'string', default: '2' }, against: { type: 'string' } } });
const ANALYSES = 'revisions,authors,coupling,soc,main-dev-by-revs,entity-effort,fragmentation,age,summary';
const runner = fileURLToPath(new URL('./git-run-teamfit.mjs', import.meta.url));
const builds = { this: fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)), ...(values.against ? { before: path.resolve(values.against, 'cli/main.js') } : {}) };
const work = mkdtempSync(path.join(os.tmpdir(), 'teamfit-git-targets-'));
const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' ');

function timed(cwd, command, args, mayFail = false) {
  const report = path.join(work, 'time.txt');
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, command, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0 && mayFail) return undefined;
  if (run.status !== 0) throw new Error(`${command} ${args.slice(0, 3).join(' ')} exited ${run.status}: ${run.stderr}`);
  const [wall, user, system, kib] = readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  const own = (name) => Number(new RegExp(`${name} ([\\d.]+)`).exec(run.stderr)?.[1] ?? NaN);
  return { wall, cpu: user + system, peakMiB: kib / 1024, nodePeakMiB: own('node-peak-rss-mib'), nodeCpu: own('node-cpu-s') };
}

// One component per top-level folder of HEAD holding 20 files or more, matched to the clone by folder name.
function benchCatalog(repo, dir) {
  const files = execFileSync('git', ['ls-tree', '-r', '--name-only', 'HEAD'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n');
  const counts = new Map();
  for (const file of files) if (file.includes('/')) counts.set(file.split('/')[0], (counts.get(file.split('/')[0]) ?? 0) + 1);
  const name = path.basename(repo).replace(/\.git$/, '');
  const docs = [
    'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: bench-team }\nspec: { type: team, children: [] }',
    'apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata: { name: bench }\nspec: { owner: group:default/bench-team }',
    ...[...counts].filter(([, count]) => count >= 20).map(([folder], index) =>
      `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: part-${index}\n  annotations: { backstage.io/source-location: ${JSON.stringify(`url:https://bench.invalid/bench/${name}/tree/HEAD/${folder}/`)} }\nspec: { type: service, lifecycle: production, owner: group:default/bench-team, system: bench }`),
  ];
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'catalog-info.yaml'), `${docs.join('\n---\n')}\n`);
  return dir;
}

const rows = [];
const skipped = new Set();
try {
  console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${execFileSync('git', ['--version'], { encoding: 'utf8' }).trim()}; load average at start ${load()}`);
  const repos = values.repo.map((repo) => ({ repo, catalog: benchCatalog(repo, path.join(work, `catalog-${path.basename(repo)}`)), all: execFileSync('git', ['rev-list', '--count', '--all'], { cwd: repo, encoding: 'utf8' }).trim(), head: execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim() }));
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const { repo, catalog } of repos) {
      const record = (label, run) => {
        rows.push({ repo: path.basename(repo), round, label, load: load(), ...run });
        process.stderr.write(`${path.basename(repo)} round ${round} ${label}: ${run.wall.toFixed(1)} s wall, ${run.cpu.toFixed(1)} s cpu${Number.isNaN(run.nodeCpu) ? '' : `, node ${run.nodeCpu.toFixed(1)} s cpu ${run.nodePeakMiB} MiB`} (load ${load()})\n`);
      };
      const cache = (build) => path.join(work, `cache-${round}-${build}-${path.basename(repo)}-${Math.random().toString(36).slice(2)}`);
      record('git log --all --name-only', timed(repo, 'git', ['log', '--all', '--name-only', '--format=%H', '--no-renames']));
      for (const [build, bin] of Object.entries(builds)) {
        const args = [runner, bin, 'mine', repo, '--format', 'json', '--analysis', ANALYSES, '--age-time-now', '2026-01-01', '--cache-dir', cache(build)];
        record(`mine cold (${build})`, timed(repo, process.execPath, args));
        for (let warm = 0; warm < 2; warm++) record(`mine warm (${build})`, timed(repo, process.execPath, args));
      }
      const headLog = timed(repo, 'git', ['log', 'HEAD', '--name-only', '--format=%H', '-M'], true);
      // A clone missing some file contents (a partial clone, a snapshot) cannot follow renames: no baseline.
      if (headLog === undefined) {
        skipped.add(path.basename(repo));
        continue;
      }
      record('git log HEAD --name-only -M', headLog);
      for (const [build, bin] of Object.entries(builds)) record(`analyze --repo cold (${build})`, timed(repo, process.execPath, [runner, bin, 'analyze', catalog, '--repo', repo, '--format', 'json', '--fail-on', 'none', '--cache-dir', cache(build)]));
    }
  }
  console.log(`load average at end ${load()}\n`);
  console.log('| repository | round | run | wall | CPU (with git) | node CPU | node peak | wall vs its git log | CPU vs its git log | load average |');
  console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---|');
  for (const row of rows) {
    const baseline = rows.find((other) => other.repo === row.repo && other.round === row.round && other.label === (row.label.startsWith('mine') ? 'git log --all --name-only' : 'git log HEAD --name-only -M'));
    const isGit = row.label.startsWith('git');
    console.log(`| ${row.repo} | ${row.round} | ${row.label} | ${row.wall.toFixed(1)} s | ${row.cpu.toFixed(1)} s | ${isGit ? '' : `${row.nodeCpu.toFixed(1)} s`} | ${isGit ? '' : `${row.nodePeakMiB} MiB`} | ${isGit ? '1.00x' : `${(row.wall / baseline.wall).toFixed(2)}x`} | ${isGit ? '1.00x' : `${(row.cpu / baseline.cpu).toFixed(2)}x`} | ${row.load} |`);
  }
  for (const row of rows.filter((row) => row.label.startsWith('mine warm'))) {
    const cold = rows.find((other) => other.repo === row.repo && other.round === row.round && other.label === row.label.replace('warm', 'cold'));
    console.log(`\n${row.repo} round ${row.round} ${row.label}: ${(row.wall / cold.wall * 100).toFixed(1)}% of cold in wall time, ${(row.cpu / cold.cpu * 100).toFixed(1)}% in CPU time`);
  }
  for (const name of skipped) console.log(`\n${name}: analyze --repo not measured: git log HEAD --name-only -M fails there (file contents missing, rename detection needs them)`);
  for (const { repo, all, head } of repos) console.log(`\n${path.basename(repo)}: ${Number(all).toLocaleString('en')} commits on every ref, ${Number(head).toLocaleString('en')} on HEAD`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
