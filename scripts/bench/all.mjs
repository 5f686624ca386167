// npm run bench [-- OPTIONS]: the catalog bench, then the git history bench, each given every option (each
// reads its own: --sizes/--reps/--seed/--keep/--against for the catalog, --git-* for git history).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

for (const script of ['./run.mjs', './git-history.bench.mjs']) {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
