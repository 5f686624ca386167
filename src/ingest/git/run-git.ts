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
 * Runs git with an argument array (never a shell) in `cwd`, streaming stdout chunks to `onStdout`.
 * `git` is looked up on PATH unless TEAMFIT_GIT names another executable.
 */
export function runGit(cwd: string, args: readonly string[], onStdout: (chunk: Buffer) => void, env: NodeJS.ProcessEnv = process.env): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(env.TEAMFIT_GIT ?? 'git', args, {
      cwd,
      env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => onStdout(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_STDERR) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new GitMissingError(`git is not installed or not on PATH (${error.message})`) : error);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal === null ? 1 : 128), stderr }));
  });
}

/** Runs git and returns its whole stdout as text: for short answers only, never for a log. */
export async function gitText(cwd: string, args: readonly string[]): Promise<GitRun & { stdout: string }> {
  const chunks: Buffer[] = [];
  const run = await runGit(cwd, args, (chunk) => chunks.push(chunk));
  return { ...run, stdout: Buffer.concat(chunks).toString('utf8') };
}
