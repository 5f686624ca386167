import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const git = (dir, ...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/**
 * Whether the clone is placed at the recorded commit. A clone at another commit is not measured:
 * the label was written for that commit's artefacts, not for whatever the folder holds today.
 */
export function placement(dir, commit) {
  if (!existsSync(dir)) return { placed: false, why: 'not placed' };
  let head;
  try {
    head = git(dir, 'rev-parse', 'HEAD');
  } catch {
    return { placed: false, why: 'not a git clone' };
  }
  if (head !== commit) return { placed: false, why: `at ${head.slice(0, 12)}, not ${commit.slice(0, 12)}` };
  return { placed: true };
}

/** Evidence paths that the recorded commit does not hold (a typo in the corpus, or a moved file). */
export function missingEvidence(dir, commit, paths) {
  return paths.filter((path) => {
    try {
      git(dir, 'cat-file', '-e', `${commit}:${path}`);
      return false;
    } catch {
      return true;
    }
  });
}

/**
 * The history window teamfit would use had it run on the day of the recorded commit: the twelve months
 * before its commit date. Without it the verdicts would drift as today moves away from the commit.
 */
export function windowAt(dir, commit) {
  const until = new Date(git(dir, 'log', '-1', '--format=%cI', commit));
  const since = new Date(until);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  return ['--since', since.toISOString().slice(0, 10), '--until', until.toISOString().slice(0, 10)];
}
