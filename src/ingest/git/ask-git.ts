import { gitText } from './run-git.js';

export interface GitOutput {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/**
 * Discovery's short git questions (file lists, tags, diffs between tags), answered by the one place that
 * runs git (src/ingest/git/run-git.ts: no shell, TEAMFIT_GIT, no prompts or optional locks). A missing git
 * rejects, as before; logs are read by the shared reader, never here.
 */
export async function askGit(cwd: string, args: readonly string[]): Promise<GitOutput> {
  const run = await gitText(cwd, ['-c', 'core.quotepath=off', ...args]);
  return { ok: run.code === 0, stdout: run.stdout, stderr: run.stderr };
}
