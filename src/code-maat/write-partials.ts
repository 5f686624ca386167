import { resolve } from 'node:path';
import { findRepositories } from '../ingest/git/find-repositories.js';
import { writePartial } from '../ingest/git/history-partial.js';
import { openRepository } from '../ingest/git/open-repository.js';
import { readRepositoryPartial } from '../ingest/git/repository-partial.js';
import { isInShard, type Shard } from '../util/shard.js';
import type { GitDiagnostic } from '../ingest/git/types.js';
import { displayPath } from '../util/display-path.js';

export interface PartialsOptions {
  /** Where the partial files go. */
  outDir: string;
  /** Working directory: repositories are named relative to it, as `analyze --repo` names them. */
  cwd: string;
  cacheDir?: string;
  /** Only the repositories of this share. */
  shard?: Shard;
  /** Repositories read at once. */
  jobs: number;
  /** Written by, recorded in each file. */
  writtenBy: string;
  onProgress?: (message: string) => void;
}

export interface PartialWritten {
  repository: string;
  file: string;
  commits: number;
}

/**
 * The map step of mining many repositories: each clone given (and each under `reposDir`) that falls in the
 * shard is read as `analyze --repo` reads it and written as a partial; `analyze --history-from` reduces them.
 */
export async function writeHistoryPartials(repos: readonly string[], reposDir: string | undefined, options: PartialsOptions): Promise<{ written: PartialWritten[]; skipped: number; diagnostics: GitDiagnostic[] }> {
  const paths = [...new Set([...repos.map((repo) => resolve(options.cwd, repo)), ...(reposDir ? await findRepositories(resolve(options.cwd, reposDir)) : [])])];
  const { shard } = options;
  const mine = shard === undefined ? paths : paths.filter((path) => isInShard(path, shard));
  const written: Array<PartialWritten | undefined> = [];
  const diagnostics: GitDiagnostic[][] = [];
  let next = 0;
  // A few repositories at a time: a small clone's read is mostly waiting for git to start and finish.
  const worker = async (): Promise<void> => {
    for (let index = next++; index < mine.length; index = next++) {
      const path = mine[index] ?? '';
      const repository = displayPath(options.cwd, path);
      const opening: GitDiagnostic[] = [];
      const repo = await openRepository(path, opening);
      if (repo === undefined) {
        diagnostics[index] = opening.map((diagnostic) => ({ ...diagnostic, file: repository }));
        continue;
      }
      const partial = await readRepositoryPartial(repo, repository, options.cacheDir, opening);
      const file = await writePartial(options.outDir, partial, options.writtenBy);
      options.onProgress?.(`wrote the history of ${repository} (${partial.columns.person.length} commits)`);
      written[index] = { repository, file, commits: partial.columns.person.length };
      diagnostics[index] = partial.diagnostics;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, mine.length)) }, worker));
  return { written: written.filter((entry): entry is PartialWritten => entry !== undefined), skipped: paths.length - mine.length, diagnostics: diagnostics.flat() };
}
