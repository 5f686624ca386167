// npm run bench -- [--git-repo PATH] [--git-reps N] [--git-exclude-refs-file FILE] [--git-skip-code-maat] [--git-new-commits N]   (or TEAMFIT_BENCH_GIT_REPO=PATH)
// The git history bench, side by side in one run, on one real repository (100,000+ commits to mean anything):
//   git log --name-only alone; teamfit mine (the name-only analyses) without cache, cold with cache, warm, and
//   warm after new commits (a --shared mirror whose refs are set back to where they stood N commits ago,
//   cached, set forward); code-maat's pipeline (git log --numstat, then code-maat coupling and entity-ownership); and
//   teamfit analyze --repo on HEAD's history (a generated catalog, one component per top-level folder)
//   beside git log HEAD --name-only, without cache, cold and warm.
// Every command runs under /usr/bin/time for wall time and peak RSS (of its largest process). code-maat's jar
// is fetched with npm pack into a cache dir (TEAMFIT_BENCH_CACHE, default ~/.cache/teamfit-bench); without
// Java that peer is skipped with a message. Every ref is read (git log --all), as code-maat's command does.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { codeMaatJar } from './git-code-maat.mjs';

const { values } = parseArgs({
  strict: false,
  options: {
    'git-repo': { type: 'string', default: process.env.TEAMFIT_BENCH_GIT_REPO },
    'git-reps': { type: 'string', default: '1' },
    'git-exclude-refs-file': { type: 'string' },
    'git-skip-code-maat': { type: 'boolean', default: false },
    'git-new-commits': { type: 'string', default: '200' },
  },
});
const repo = values['git-repo'];
if (!repo) {
  console.log('\n## Git history\n\nskipped: no repository given (--git-repo PATH or TEAMFIT_BENCH_GIT_REPO; e.g. a clone of git/git, 200,000+ commits)');
  process.exit(0);
}
const ANALYSES = 'revisions,authors,coupling,soc,main-dev-by-revs,entity-effort,fragmentation,age,summary';
const runner = fileURLToPath(new URL('./git-run-teamfit.mjs', import.meta.url));
const teamfit = process.env.TEAMFIT_BIN ?? fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const excludes = values['git-exclude-refs-file'] ? readFileSync(values['git-exclude-refs-file'], 'utf8').split('\n').filter(Boolean) : [];
const revs = [...excludes.map((glob) => `--exclude=${glob}`), '--all'];
const work = mkdtempSync(path.join(os.tmpdir(), 'teamfit-git-bench-'));
const jar = values['git-skip-code-maat'] ? undefined : codeMaatJar();

/** Runs a command under /usr/bin/time, its stdout dropped. */
function timed(command, args) {
  const report = path.join(work, 'time.txt');
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', report, command, ...args], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${command} ${args.slice(0, 3).join(' ')} exited ${run.status}: ${run.stderr}`);
  const [seconds, kib] = readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  // teamfit runs through git-run-teamfit.mjs, which reports node's own peak apart from its git children's.
  const nodePeak = /node-peak-rss-mib (\d+)/.exec(run.stderr)?.[1];
  return { seconds, peakMiB: kib / 1024, ...(nodePeak ? { nodePeakMiB: Number(nodePeak) } : {}) };
}

// The shell is only used to redirect git's log into a file; every argument is passed through "$@", never parsed.
function timedToFile(file, command, args) {
  const report = path.join(work, 'time.txt');
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', report, 'sh', '-c', 'out="$1"; shift; exec "$@" > "$out"', 'sh', file, command, ...args], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`${command} exited ${run.status}`);
  const [seconds, kib] = readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { seconds, peakMiB: kib / 1024 };
}

const commits = Number(execFileSync('git', ['rev-list', '--count', ...revs], { cwd: repo, encoding: 'utf8' }).trim());
const rows = { git: [], noCache: [], cold: [], warm: [], grown: [], codeMaat: [], headGit: [], analyzeNoCache: [], analyzeCold: [], analyzeWarm: [] };
let grownBy = 0;

// A mirror sharing the repository's objects, with every ref that moved in its last N commits (by committer
// date of HEAD~N) set back to where it stood then, cached, and set forward again: the warm run after new
// commits that a user meets every day, without touching the repository.
function grownMirror(moveBack) {
  const mirror = path.join(work, 'grown.git');
  rmSync(mirror, { recursive: true, force: true });
  execFileSync('git', ['clone', '-q', '--mirror', '--shared', repo, mirror]);
  const git = (...args) => execFileSync('git', args, { cwd: mirror, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
  const cutoff = Number(git('log', '-1', '--format=%ct', `HEAD~${moveBack}`));
  // Annotated tags made since then are removed; branches and other refs go back to their last older commit.
  const moved = git('for-each-ref', '--format=%(refname) %(objectname) %(*objectname) %(creatordate:unix)')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([, , , date]) => Number(date) > cutoff)
    .map(([ref, tip, peeled]) => ({ ref, tip, back: peeled ? '' : git('rev-list', '-1', `--before=${cutoff}`, tip) }));
  return {
    path: mirror,
    back: () => moved.forEach(({ ref, back }) => (back ? git('update-ref', ref, back) : git('update-ref', '-d', ref))),
    forward: () => moved.forEach(({ ref, tip }) => git('update-ref', ref, tip)),
  };
}

// A catalog for analyze: one component per top-level folder holding 20 files or more, matched to the clone by
// its folder name, all owned by one team.
function benchCatalog() {
  const files = execFileSync('git', ['ls-tree', '-r', '--name-only', 'HEAD'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n');
  const counts = new Map();
  for (const file of files) if (file.includes('/')) counts.set(file.split('/')[0], (counts.get(file.split('/')[0]) ?? 0) + 1);
  const name = path.basename(repo).replace(/\.git$/, '');
  const folders = [...counts].filter(([, count]) => count >= 20).map(([folder]) => folder);
  const docs = [
    'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: bench-team }\nspec: { type: team, children: [] }',
    'apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata: { name: bench }\nspec: { owner: group:default/bench-team }',
    ...folders.map((folder, index) =>
      `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: part-${index}\n  annotations: { backstage.io/source-location: ${JSON.stringify(`url:https://bench.invalid/bench/${name}/tree/HEAD/${folder}/`)} }\nspec: { type: service, lifecycle: production, owner: group:default/bench-team, system: bench }`,
    ),
  ];
  const dir = path.join(work, 'catalog');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'catalog-info.yaml'), `${docs.join('\n---\n')}\n`);
  return { dir, components: folders.length };
}
const catalog = benchCatalog();
try {
  for (let rep = 1; rep <= Number(values['git-reps']); rep++) {
    const cacheDir = path.join(work, `cache-${rep}`);
    const mine = (extra) => timed(process.execPath, [runner, teamfit, 'mine', repo, '--format', 'json', '--analysis', ANALYSES, '--age-time-now', '2026-01-01', ...excludes.flatMap((glob) => ['--exclude-refs', glob]), ...extra]);
    rows.git.push(timed('git', ['log', ...revs, '--name-only', '--format=%H', '--no-renames']));
    rows.noCache.push(mine(['--no-cache']));
    rows.cold.push(mine(['--cache-dir', cacheDir]));
    rows.warm.push(mine(['--cache-dir', cacheDir]));
    const grown = grownMirror(Number(values['git-new-commits']));
    const grownCache = path.join(work, `grown-cache-${rep}`);
    const mineGrown = (extra) => timed(process.execPath, [runner, teamfit, 'mine', grown.path, '--format', 'json', '--analysis', ANALYSES, '--age-time-now', '2026-01-01', ...excludes.flatMap((glob) => ['--exclude-refs', glob]), '--cache-dir', grownCache, ...extra]);
    grown.back();
    const count = () => Number(execFileSync('git', ['rev-list', '--count', ...revs], { cwd: grown.path, encoding: 'utf8' }).trim());
    const before = count();
    mineGrown([]);
    grown.forward();
    grownBy = count() - before;
    rows.grown.push(mineGrown([]));
    const analyze = (extra) => timed(process.execPath, [runner, teamfit, 'analyze', catalog.dir, '--repo', repo, '--format', 'json', '--fail-on', 'none', ...extra]);
    rows.headGit.push(timed('git', ['log', 'HEAD', '--name-only', '--format=%H', '--no-renames']));
    rows.analyzeNoCache.push(analyze(['--no-cache']));
    rows.analyzeCold.push(analyze(['--cache-dir', path.join(work, `analyze-cache-${rep}`)]));
    rows.analyzeWarm.push(analyze(['--cache-dir', path.join(work, `analyze-cache-${rep}`)]));
    if (jar) {
      const log = path.join(work, 'code-maat.log');
      const steps = [
        timedToFile(log, 'git', ['log', ...revs, '--numstat', '--date=short', '--pretty=format:--%h--%ad--%aN', '--no-renames']),
        timed('java', ['-jar', jar, '-l', log, '-c', 'git2', '-a', 'coupling']),
        timed('java', ['-jar', jar, '-l', log, '-c', 'git2', '-a', 'entity-ownership']),
      ];
      rows.codeMaat.push({ seconds: steps.reduce((sum, step) => sum + step.seconds, 0), peakMiB: Math.max(...steps.map((step) => step.peakMiB)), steps });
    }
    process.stderr.write(`git bench rep ${rep}: ${JSON.stringify(Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.at(-1)])))}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const seconds = (name) => median(rows[name].map((row) => row.seconds));
const peak = (name) => Math.max(...rows[name].map((row) => row.peakMiB));
console.log(`\n## Git history\n\nrepository: ${repo}, ${commits.toLocaleString('en')} commits (every ref${excludes.length ? `, less ${excludes.length} excluded refs` : ''}); median of ${values['git-reps']} run(s)\n`);
const nodePeak = (name) => (rows[name][0]?.nodePeakMiB === undefined ? '' : `${Math.max(...rows[name].map((row) => row.nodePeakMiB)).toFixed(0)} MiB`);
console.log('| run | wall time | peak RSS (largest process) | node alone | vs git log --name-only | vs teamfit cold |');
console.log('|---|---:|---:|---:|---:|---:|');
const line = (label, name) => rows[name].length && console.log(`| ${label} | ${seconds(name).toFixed(1)} s | ${peak(name).toFixed(0)} MiB | ${nodePeak(name)} | ${(seconds(name) / seconds('git')).toFixed(2)}x | ${(seconds(name) / seconds('cold')).toFixed(2)}x |`);
line('git log --name-only alone', 'git');
line(`teamfit mine (${ANALYSES.split(',').length} analyses), no cache`, 'noCache');
line('teamfit mine, cold, writing the cache', 'cold');
line('teamfit mine, warm cache', 'warm');
line(`teamfit mine, warm cache, ${grownBy.toLocaleString('en')} new commits (refs set back to HEAD~${values['git-new-commits']}'s date)`, 'grown');
if (rows.codeMaat.length) {
  line('code-maat: git log --numstat + coupling + entity-ownership', 'codeMaat');
  const [log, coupling, ownership] = rows.codeMaat.at(-1).steps;
  console.log(`\ncode-maat steps (last run): git log --numstat ${log.seconds.toFixed(1)} s, coupling ${coupling.seconds.toFixed(1)} s (${coupling.peakMiB.toFixed(0)} MiB), entity-ownership ${ownership.seconds.toFixed(1)} s (${ownership.peakMiB.toFixed(0)} MiB)`);
  console.log(`code-maat pipeline / teamfit no cache: ${(seconds('codeMaat') / seconds('noCache')).toFixed(1)}x`);
} else console.log(values['git-skip-code-maat'] ? '\ncode-maat skipped: --git-skip-code-maat' : '\ncode-maat skipped: no Java');

const headCommits = Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim());
console.log(`\nteamfit analyze --repo (HEAD's history, ${headCommits.toLocaleString('en')} commits, renames followed, default 12-month window; a catalog of ${catalog.components} components, one per top-level folder)\n`);
console.log('| run | wall time | peak RSS (largest process) | node alone | vs git log HEAD --name-only | vs analyze cold |');
console.log('|---|---:|---:|---:|---:|---:|');
const analyzeLine = (label, name) => console.log(`| ${label} | ${seconds(name).toFixed(1)} s | ${peak(name).toFixed(0)} MiB | ${nodePeak(name)} | ${(seconds(name) / seconds('headGit')).toFixed(2)}x | ${(seconds(name) / seconds('analyzeCold')).toFixed(2)}x |`);
analyzeLine('git log HEAD --name-only alone', 'headGit');
analyzeLine('teamfit analyze --repo, no cache', 'analyzeNoCache');
analyzeLine('teamfit analyze --repo, cold, writing the cache', 'analyzeCold');
analyzeLine('teamfit analyze --repo, warm cache', 'analyzeWarm');
