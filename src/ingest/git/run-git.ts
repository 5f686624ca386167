import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn } from 'node:child_process';

/** Thrown when no `git` executable can be started. */
export class GitMissingError extends Error {
  override readonly name = 'GitMissingError';
}

export interface GitRun {
  code: number;
  stderr: string;
}

const MAX_STDERR = 64 * 1024;

/**
 * teamfit reads repositories it did not create: their own `.git/config` must not run commands through
 * it. An fsmonitor hook runs on any command that looks at the index (`ls-files`); the rest that can run
 * a command are turned off where they are used (`--no-ext-diff`, `--no-textconv`) or by the environment
 * (no lazy fetch, so no ssh command).
 */
const NEUTRAL_CONFIG = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];

// Work started ahead of need (a prefetched history) runs in a scope that can be called off: every git it starts
// is killed then, however deep in the read, so an abandoned read never keeps the process waiting for git.
const scope = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` so that each git process it starts, now or later, is killed once `abandon` is aborted. */
export function abandonable<T>(abandon: AbortSignal, work: () => Promise<T>): Promise<T> {
  return scope.run(abandon, work);
}

/**
 * Runs git with an argument array (never a shell) in `cwd`, streaming stdout chunks to `onStdout`.
 * `git` is looked up on PATH unless TEAMFIT_GIT names another executable; `input`, when given, is its stdin.
 * Once `stop` is aborted git is killed and no more of its output is handed on.
 */
export function runGit(cwd: string, args: readonly string[], onStdout: (chunk: Buffer) => void, env: NodeJS.ProcessEnv = process.env, input?: string, stop?: AbortSignal): Promise<GitRun> {
  const { GIT_EXTERNAL_DIFF: _externalDiff, ...inherited } = env;
  const abandon = scope.getStore();
  if (abandon?.aborted === true) return Promise.resolve({ code: 128, stderr: 'abandoned: nobody needs this read any more\n' });
  return new Promise((resolve, reject) => {
    const child = spawn(env.TEAMFIT_GIT ?? 'git', [...NEUTRAL_CONFIG, ...args], {
      cwd,
      // A partial clone would fetch missing objects, through whatever ssh command its config names. Into a
      // pipe, git log and rev-list flush after every commit unless GIT_FLUSH=0: a few hundred bytes per read,
      // which cost node more CPU than parsing them.
      env: { ...inherited, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1', GIT_FLUSH: '0', LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    // git may exit before reading all of its input (a bad revision): its exit code and stderr say why, not EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (stop?.aborted !== true && abandon?.aborted !== true) onStdout(chunk);
    });
    const kill = (): void => void child.kill();
    stop?.addEventListener('abort', kill, { once: true });
    abandon?.addEventListener('abort', kill, { once: true });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_STDERR) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new GitMissingError(`git is not installed or not on PATH (${error.message})`) : error);
    });
    child.on('close', (code, signal) => {
      stop?.removeEventListener('abort', kill);
      abandon?.removeEventListener('abort', kill);
      resolve({ code: code ?? (signal === null ? 1 : 128), stderr });
    });
  });
}

/** Runs git and returns its whole stdout as text: for short answers only, never for a log. */
export async function gitText(cwd: string, args: readonly string[]): Promise<GitRun & { stdout: string }> {
  const chunks: Buffer[] = [];
  const run = await runGit(cwd, args, (chunk) => chunks.push(chunk));
  return { ...run, stdout: Buffer.concat(chunks).toString('utf8') };
}
