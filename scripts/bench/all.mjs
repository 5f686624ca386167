// npm run bench [-- OPTIONS]: the catalog bench, the large-organisation bench, then the git history bench, each given every option (each
// reads its own: --sizes/--reps/--seed/--keep/--against for the catalog, --large for the large one, --git-* for git history, --suggest for suggest).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

for (const script of ['./run.mjs', './large.mjs', './git-history.bench.mjs', './suggest.bench.mjs']) {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
