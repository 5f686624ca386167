// Helpers shared by scripts/compare-code-maat.mjs and the git history bench: fetch code-maat's jar (it ships
// inside the npm package code-forensics 3.1.0; GPL, so it is unpacked into a cache dir outside the repository
// and never committed) and write code-maat's input log with its documented command.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CODE_FORENSICS = 'code-forensics@3.1.0';

export function cacheDir() {
  return process.env.TEAMFIT_BENCH_CACHE ?? path.join(os.homedir(), '.cache', 'teamfit-bench');
}

/** The path of code-maat's jar, fetched with `npm pack` on first use; undefined (with a message) without Java. */
export function codeMaatJar() {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    process.stderr.write('code-maat skipped: no java on PATH (install a JRE 8+ to compare with code-maat)\n');
    return undefined;
  }
  const dir = path.join(cacheDir(), 'code-forensics-3.1.0');
  const jar = path.join(dir, 'package', 'lib', 'analysers', 'code_maat', 'code-maat-1.0.1-standalone.jar');
  if (!existsSync(jar)) {
    mkdirSync(dir, { recursive: true });
    const packed = execFileSync('npm', ['pack', CODE_FORENSICS, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['xzf', path.join(dir, packed), '-C', dir, 'package/lib/analysers/code_maat']);
  }
  return jar;
}

/** code-maat's documented git2 log command, for every ref (less excluded ones), written to `file`. */
export function writeCodeMaatLog(repo, file, excludeRefs = []) {
  const fd = openSync(file, 'w');
  try {
    execFileSync(
      'git',
      ['log', ...excludeRefs.map((glob) => `--exclude=${glob}`), '--all', '--numstat', '--date=short', '--pretty=format:--%h--%ad--%aN', '--no-renames'],
      { cwd: repo, stdio: ['ignore', fd, 'inherit'], maxBuffer: 1 << 30 },
    );
  } finally {
    closeSync(fd);
  }
}

/** Runs code-maat; resolves with its CSV output. */
export function runCodeMaat(jar, log, analysis, extra = []) {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-jar', jar, '-l', log, '-c', 'git2', '-a', analysis, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`code-maat ${analysis} exited ${code}`))));
  });
}
