import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Which teamfit the figures belong to: the package version and the project's commit, marked when the
 * working tree had changes, so that a table is never mistaken for a measurement of another build.
 */
export function buildId() {
  const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  try {
    const git = (...args) => execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'package.json') !== '';
    return `teamfit ${version} at \`${git('rev-parse', '--short=12', 'HEAD')}\`${dirty ? ' with uncommitted changes in src/' : ''}`;
  } catch {
    return `teamfit ${version}`;
  }
}
