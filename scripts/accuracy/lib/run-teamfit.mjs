import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Runs the built CLI on one input and parses its JSON result. Findings never fail the run
 * (`--fail-on none`); a crash or a timeout is returned as `error` so that the table still shows it.
 */
export function analyzeJson(bin, args, { cacheDir, timeoutMs }) {
  const cache = cacheDir === undefined ? ['--no-cache'] : ['--cache-dir', cacheDir];
  const argv = [bin, 'analyze', ...args, '--format', 'json', '--fail-on', 'none', ...cache];
  const started = Date.now();
  return new Promise((done) => {
    execFile(process.execPath, argv, { maxBuffer: 1 << 30, timeout: timeoutMs, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const seconds = (Date.now() - started) / 1000;
      if (error !== null) {
        const why = error.killed ? `timed out after ${Math.round(seconds)} s` : lastLine(stderr) || error.message;
        done({ error: why, seconds });
        return;
      }
      try {
        done({ result: JSON.parse(stdout), seconds });
      } catch (parseError) {
        done({ error: `not JSON: ${parseError.message}`, seconds });
      }
    });
  });
}

const lastLine = (text) => text.trim().split('\n').at(-1) ?? '';

/** With `--results DIR`, each JSON result is kept as `DIR/<owner>+<name>.json` for reading the evidence. */
export function keepResult(dir, name, result) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name.replace('/', '+')}.json`), `${JSON.stringify(result, null, 2)}\n`, 'utf8');
}
