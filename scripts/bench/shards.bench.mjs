// node scripts/bench/shards.bench.mjs [--repos 200] [--commits 60] [--workers 1,2,4] [--keep]   (after npm run build)
// Histories beyond one machine, simulated on this one: generates --repos small repositories (git fast-import,
// --commits each, a few authors, folders, a rename) and a catalog naming them; reads them in one run
// (`analyze --repos-dir --no-cache`, the reference); then, for each worker count N, starts N local
// `mine --partial` processes at once with JOB_COMPLETION_INDEX=0..N-1 and JOB_COMPLETION_COUNT=N (what a
// Kubernetes Indexed Job sets), times them until the last ends (map), then one `analyze --history-from`
// (reduce), and checks the merged result equals the reference. Prints a Markdown table for BENCHMARKS.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const { values } = parseArgs({ options: { repos: { type: 'string', default: '200' }, commits: { type: 'string', default: '60' }, workers: { type: 'string', default: '1,2,4' }, keep: { type: 'boolean', default: false } } });
const repoCount = Number(values.repos);
const commitCount = Number(values.commits);
const workerCounts = values.workers.split(',').map(Number);
const teamfit = process.env.TEAMFIT_BIN ?? fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const root = mkdtempSync(path.join(os.tmpdir(), 'teamfit-shards-bench-'));
const AUTHORS = ['Ana <ana@org.example>', 'Bo <bo@org.example>', 'Cy <cy@org.example>', 'Di <di@org.example>', 'renovate[bot] <bot@renovateapp.com>'];

// One fast-import stream per repository: a real history (commits, authors, dates, folders, a rename) without a process per commit.
function generateRepository(dir, index) {
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', dir]);
  execFileSync('git', ['remote', 'add', 'origin', `https://git.org.example/org/svc-${index}.git`], { cwd: dir });
  const lines = [];
  let mark = 0;
  for (let c = 0; c < commitCount; c++) {
    const when = Date.UTC(2025, 0, 1) / 1000 + index * 600 + c * 86_400;
    const author = AUTHORS[(index + c) % AUTHORS.length];
    const message = c % 10 === 9 ? 'Update dependency x' : `ORG-${c} change ${c}`;
    lines.push('commit refs/heads/main', `mark :${++mark}`, `author ${author} ${when} +0000`, `committer ${author} ${when} +0000`, `data ${Buffer.byteLength(message)}`, message);
    if (c > 0) lines.push(`from :${mark - 1}`);
    const files = [`src/module-${c % 4}/file-${c % 7}.ts`, ...(c % 3 === 0 ? ['src/shared/util.ts'] : []), ...(c % 11 === 0 ? ['deploy/chart/values.yaml', '.github/workflows/ci.yml'] : []), ...(c === 0 ? ['CODEOWNERS'] : [])];
    for (const file of files) {
      const text = file === 'CODEOWNERS' ? `* @org/team-${index % 5}\n` : `// ${index} ${c} ${file}\n`;
      lines.push(`M 100644 inline ${file}`, `data ${Buffer.byteLength(text)}`, text);
    }
    if (c === Math.floor(commitCount / 2)) lines.push('R src/module-0/file-0.ts src/module-0/renamed.ts');
    lines.push('');
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: `${lines.join('\n')}\n` });
}

function generateOrganisation() {
  const repos = path.join(root, 'repos');
  mkdirSync(repos);
  const docs = Array.from({ length: 5 }, (_, t) => `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-${t}\nspec:\n  type: team\n  children: []\n`);
  docs.push(...['ana', 'bo', 'cy', 'di'].map((user, i) => `apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: ${user}\nspec:\n  profile:\n    email: ${user}@org.example\n  memberOf: [team-${i}]\n`));
  for (let i = 0; i < repoCount; i++) {
    if (i % 20 === 0) docs.push(`apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: system-${i / 20}\nspec:\n  owner: team-${(i / 20) % 5}\n`);
    generateRepository(path.join(repos, `svc-${i}.git`), i);
    docs.push(`apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc-${i}\n  annotations:\n    backstage.io/source-location: url:https://git.org.example/org/svc-${i}/tree/main/\nspec:\n  type: service\n  lifecycle: production\n  owner: team-${i % 5}\n  system: system-${Math.floor(i / 20)}\n`);
  }
  writeFileSync(path.join(root, 'catalog.yaml'), docs.join('---\n'));
}

const ANALYZE = [teamfit, 'analyze', 'catalog.yaml', '--since', '2024-06-01', '--until', '2026-12-31', '--format', 'json', '--fail-on', 'none'];

function analyzeJson(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [...ANALYZE, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`analyze ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const { generatedAt: _generatedAt, ...result } = JSON.parse(run.stdout);
  return { seconds: (performance.now() - started) / 1000, result };
}

async function map(workers, out) {
  const started = performance.now();
  await Promise.all(Array.from({ length: workers }, (_, index) => new Promise((done, fail) => {
    const child = spawn(process.execPath, [teamfit, 'mine', '--partial', out, '--repos-dir', 'repos', '--no-cache'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, JOB_COMPLETION_INDEX: String(index), JOB_COMPLETION_COUNT: String(workers) } });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`worker ${index} exited ${code}`))));
  })));
  return (performance.now() - started) / 1000;
}

const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' ');
console.log(`generating ${repoCount} repositories of ${commitCount} commits in ${root} (load ${load()})`);
const generating = performance.now();
generateOrganisation();
console.log(`generated in ${((performance.now() - generating) / 1000).toFixed(1)} s`);
const reference = analyzeJson(['--repos-dir', 'repos', '--no-cache']);
console.log(`one run over the clones: ${reference.seconds.toFixed(1)} s (load ${load()})`);
const rows = [];
for (const workers of workerCounts) {
  const out = path.join(root, `partials-${workers}`);
  const mapSeconds = await map(workers, out);
  const files = readdirSync(out).length;
  const reduce = analyzeJson(['--history-from', out]);
  const isEqual = isDeepStrictEqual(reduce.result, reference.result);
  rows.push({ workers, mapSeconds, files, reduceSeconds: reduce.seconds, isEqual, load: load() });
  console.log(`N=${workers}: map ${mapSeconds.toFixed(1)} s, ${files} partials, reduce ${reduce.seconds.toFixed(1)} s, merged result ${isEqual ? 'equal to' : 'DIFFERENT from'} one run (load ${load()})`);
  if (!isEqual) process.exitCode = 1;
}
const bytes = readdirSync(path.join(root, `partials-${workerCounts[0]}`)).reduce((sum, name) => sum + readFileSync(path.join(root, `partials-${workerCounts[0]}`, name)).length, 0);
console.log(`\n| workers N | map wall time | repositories/s | vs N=1 | reduce (analyze --history-from) | merged = one run | load average |`);
console.log('|---:|---:|---:|---:|---:|---|---|');
const base = rows[0];
for (const row of rows) console.log(`| ${row.workers} | ${row.mapSeconds.toFixed(1)} s | ${(repoCount / row.mapSeconds).toFixed(1)} | x${(base.mapSeconds / row.mapSeconds).toFixed(2)} | ${row.reduceSeconds.toFixed(1)} s | ${row.isEqual ? 'yes' : 'NO'} | ${row.load} |`);
console.log(`\nreference: analyze --repos-dir over the ${repoCount} clones in one process, ${reference.seconds.toFixed(1)} s; partials ${(bytes / 1024).toFixed(0)} KiB in all (${(bytes / repoCount / 1024).toFixed(1)} KiB each)`);
if (!values.keep) rmSync(root, { recursive: true, force: true });
