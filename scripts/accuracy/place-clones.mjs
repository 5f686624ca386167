// Places the clones the accuracy scripts read, from mirrors already on this machine: it never
// downloads. Usage: node scripts/accuracy/place-clones.mjs <mirrors-dir> [--dir <clones-dir>]
// A mirror of owner/name is looked for as <mirrors>/<owner>+<name>/repo, <owner>+<name>.git,
// <owner>+<name>, <owner>/<name>.git or <owner>/<name>. Each clone is `git clone --shared` (no copy of
// the objects; it also works where a mirror lacks its largest blobs: those files are just absent),
// checked out at the commit the corpus records.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { placement } from './lib/clone.mjs';
import { loadCatalogCorpus, loadRepositoryCorpus } from './lib/corpus.mjs';
import { cloneFolder } from './lib/options.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: process.env.TEAMFIT_ACCURACY_DIR ?? resolve(ROOT, '.teamfit/accuracy') },
    corpus: { type: 'string', default: resolve(ROOT, 'scripts/accuracy/corpus.yaml') },
    catalogs: { type: 'string', default: resolve(ROOT, 'scripts/accuracy/catalogs.yaml') },
  },
});
if (positionals.length !== 1) {
  process.stderr.write('usage: node scripts/accuracy/place-clones.mjs <mirrors-dir> [--dir <clones-dir>]\n');
  process.exit(2);
}
const mirrors = resolve(positionals[0]);
const dir = resolve(values.dir);
mkdirSync(dir, { recursive: true });

const wanted = new Map();
for (const r of loadRepositoryCorpus(values.corpus).repositories) wanted.set(r.repo, r.commit);
for (const c of loadCatalogCorpus(values.catalogs).catalogs) {
  if (c.repo !== undefined) wanted.set(c.repo, c.commit);
  for (const h of c.histories) wanted.set(h.repo, h.commit);
}

let failed = 0;
for (const [repo, commit] of wanted) {
  const target = cloneFolder(dir, repo);
  if (placement(target, commit).placed) {
    setOrigin(target, repo);
    continue;
  }
  const mirror = findMirror(repo);
  if (mirror === undefined) {
    process.stderr.write(`${repo}: no mirror under ${mirrors}\n`);
    continue;
  }
  try {
    if (!existsSync(target)) execFileSync('git', ['clone', '-q', '--shared', '--no-checkout', mirror, target], { stdio: 'inherit' });
    // Missing large blobs make checkout complain on stderr; the other files are still written.
    execFileSync('git', ['-C', target, 'checkout', '-q', '--force', commit], { stdio: ['ignore', 'inherit', 'ignore'] });
  } catch (error) {
    if (!placement(target, commit).placed) {
      failed++;
      process.stderr.write(`${repo}: ${error.message.split('\n')[0]}\n`);
      continue;
    }
  }
  setOrigin(target, repo);
  process.stderr.write(`${repo}: placed at ${commit.slice(0, 12)}\n`);
}
process.exit(failed > 0 ? 1 : 0);

function findMirror(repo) {
  const [owner, name] = repo.split('/');
  const flat = `${owner}+${name}`;
  return [join(mirrors, flat, 'repo'), join(mirrors, `${flat}.git`), join(mirrors, flat), join(mirrors, owner, `${name}.git`), join(mirrors, owner, name)]
    .find((candidate) => existsSync(candidate));
}

/**
 * The clone's origin names the public repository, as a user's clone would, so that teamfit matches it to
 * catalog source locations by remote URL. Only the configured URL changes: nothing is fetched from it.
 */
function setOrigin(target, repo) {
  execFileSync('git', ['-C', target, 'remote', 'set-url', 'origin', `https://github.com/${repo}.git`], { stdio: 'ignore' });
}
