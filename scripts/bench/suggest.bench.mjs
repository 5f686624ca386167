// npm run bench -- [--suggest 10000 | --suggest none] [--suggest-commits 20] [--seed S] [--keep]
// `teamfit suggest` on a generated organisation of about that many components (src/gen, ten per team) with a
// synthetic history: per component repository a history partial (the format `--history-from` reads, as
// `mine --partial` writes it), written here directly because building 10,000 git repositories would take
// longer than what is measured. Each component gets --suggest-commits commits over 2026, most by members of its
// owning team; one in twenty is mostly changed by a neighbouring team (what a suggestion should move back).
// One fresh process (measure-suggest.mjs) is timed: reading the catalog and the partials, the analysis before,
// Louvain, the assignment and the analysis of each plan after.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { generateOrg, writeOrg } from '../../dist/gen/index.js';
import { CommitColumnsBuilder } from '../../dist/ingest/git/commit-columns.js';
import { writePartial } from '../../dist/ingest/git/history-partial.js';
import { Prng } from '../../dist/util/prng.js';

const { values } = parseArgs({
  strict: false,
  options: {
    suggest: { type: 'string', default: process.env.TEAMFIT_BENCH_SUGGEST ?? '10000' },
    'suggest-commits': { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.suggest === 'none' ? [] : values.suggest.split(',').map(Number);
const commitsPer = Number(values['suggest-commits']);
const measure = fileURLToPath(new URL('./measure-suggest.mjs', import.meta.url));
const root = sizes.length > 0 ? mkdtempSync(path.join(os.tmpdir(), 'teamfit-bench-suggest-')) : undefined;

/** Components (owner, repository) and each team's members' e-mails, read back from the generated catalog. */
function readOrg(files) {
  const components = [];
  const members = new Map();
  for (const file of files) {
    for (const doc of parseAllDocuments(file.text)) {
      const e = doc.toJS();
      if (e?.kind === 'Component') {
        const location = e.metadata.annotations?.['backstage.io/source-location']?.replace(/^url:/, '');
        if (location) components.push({ name: e.metadata.name, owner: String(e.spec.owner).replace(/^group:/, ''), repo: new URL(location).pathname.slice(1), deps: e.spec.dependsOn ?? [] });
      }
      if (e?.kind === 'User') {
        for (const team of e.spec.memberOf ?? []) {
          const key = String(team).replace(/^group:/, '');
          members.set(key, [...(members.get(key) ?? []), { name: e.metadata.name, email: e.spec.profile?.email ?? `${e.metadata.name}@example.com` }]);
        }
      }
    }
  }
  return { components, members };
}

async function writeHistory(dir, org, seed) {
  const prng = new Prng(seed);
  const teams = [...org.members.keys()].filter((team) => (org.members.get(team) ?? []).length > 0);
  const byRepo = new Map();
  for (const c of org.components) byRepo.set(c.repo, [...(byRepo.get(c.repo) ?? []), c]);
  const start = Date.UTC(2026, 0, 1);
  const year = 360 * 86_400_000;
  let commits = 0;
  for (const [repo, components] of byRepo) {
    const builder = new CommitColumnsBuilder(true);
    const list = [];
    for (const c of components) {
      const own = org.members.get(c.owner) ?? [];
      // One in twenty is really worked on by another team.
      const other = org.members.get(teams[Math.floor(prng.next() * teams.length)]) ?? own;
      const isMisplaced = prng.next() < 0.05;
      for (let i = 0; i < commitsPer; i++) {
        const pool = (isMisplaced ? prng.next() < 0.8 : prng.next() < 0.1) && other.length > 0 ? other : own;
        const author = pool[Math.floor(prng.next() * pool.length)] ?? { name: 'someone', email: 'someone@example.com' };
        const prefix = components.length > 1 ? `${c.name}/` : '';
        const files = Array.from({ length: 1 + Math.floor(prng.next() * 3) }, (_, f) => ({ path: `${prefix}src/file${Math.floor(prng.next() * 20) + f}.ts` }));
        list.push({ hash: '', parents: ['p'], authorName: author.name, authorEmail: author.email, authorDate: new Date(start + Math.floor(prng.next() * year)).toISOString(), subject: `change ${i}`, files });
      }
    }
    // Newest first, as git log prints them.
    list.sort((a, b) => (a.authorDate < b.authorDate ? 1 : -1)).forEach((commit) => builder.add(commit));
    commits += list.length;
    const columns = builder.build();
    await writePartial(dir, { repository: repo, name: repo.split('/').pop(), remotes: [`https://git.example.com/${repo}.git`], shallow: false, tips: [], read: { revisions: ['HEAD'], renames: false, detail: 'names', subjects: true }, isComplete: true, diagnostics: [], columns }, 'teamfit bench');
  }
  return { repositories: byRepo.size, commits };
}

try {
  const rows = [];
  for (const size of sizes) {
    const dir = path.join(root, `org-${size}`);
    const partials = path.join(root, `history-${size}`);
    const files = generateOrg({ teams: Math.round(size / 10), components: size, seed: Number(values.seed) });
    await writeOrg(dir, files);
    const org = readOrg(files);
    const history = await writeHistory(partials, org, Number(values.seed));
    process.stderr.write(`${org.components.length} components, ${history.repositories} repositories, ${history.commits} commits written as partials\n`);
    const out = execFileSync(process.execPath, [measure, dir, partials, path.join(root, `suggest-${size}.json`)], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
    const run = JSON.parse(out.trim().split('\n').pop());
    process.stderr.write(`${size} components  ${(run.ms / 1000).toFixed(1)} s wall  ${(run.cpuMs / 1000).toFixed(1)} s cpu  ${run.peakRssMiB.toFixed(0)} MiB  ${run.moves} moves\n`);
    rows.push({ components: org.components.length, ...history, ...run });
  }
  if (rows.length > 0) {
    console.log('\nsuggest --history-from PARTIALS --since 2026-01-01 --until 2026-12-31 --format json --output FILE, one run per size:\n');
    console.log('| components | repositories | commits | suggestions | moves | wall time | CPU time | peak RSS | load average (1 min) |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) console.log(`| ${r.components} | ${r.repositories} | ${r.commits} | ${r.suggestions} | ${r.moves} | ${(r.ms / 1000).toFixed(1)} s | ${(r.cpuMs / 1000).toFixed(1)} s | ${r.peakRssMiB.toFixed(0)} MiB | ${r.load.toFixed(2)} |`);
  }
} finally {
  if (root !== undefined && values.keep) console.log(`\norganisations, partials and results kept in ${root}`);
  else if (root !== undefined) rmSync(root, { recursive: true, force: true });
}
