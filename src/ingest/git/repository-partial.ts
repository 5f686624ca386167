import { basename } from 'node:path';
import { CODEOWNERS_LOCATIONS } from '../codeowners/index.js';
import type { HistoryPartial } from './history-partial.js';
import { HEAD_HISTORY } from './head-history.js';
import type { OpenRepository } from './open-repository.js';
import { readColumns } from './read-history.js';
import { gitText } from './run-git.js';
import type { GitDiagnostic } from './types.js';

/**
 * Reads an opened clone into a partial: HEAD's whole history as analyze reads it (through the cache in
 * `cacheDir` when one is given), its remotes and CODEOWNERS as committed. `repository` is how results will
 * name it; the diagnostics met (`opening`: those met when it was opened) are shown under that name.
 */
export async function readRepositoryPartial(repo: OpenRepository, repository: string, cacheDir: string | undefined, opening: readonly GitDiagnostic[] = []): Promise<HistoryPartial> {
  const { path } = repo.info;
  const history = cacheDir === undefined ? await readColumns(path, { ...HEAD_HISTORY, subjects: true, repository: repo.info }) : await repo.loadCached(cacheDir);
  const tips = repo.info.hasCommits ? await gitText(path, ['rev-parse', 'HEAD']) : undefined;
  const diagnostics = [...opening, ...history.diagnostics].map((diagnostic) => ({ ...diagnostic, file: repository }));
  const codeowners = await codeownersText(repo);
  return {
    repository,
    name: basename(path).replace(/\.git$/, ''),
    remotes: repo.remotes,
    shallow: repo.info.isShallow,
    tips: tips?.code === 0 ? [tips.stdout.trim()] : [],
    read: {
      revisions: [...HEAD_HISTORY.revisions],
      // Reading falls back to no rename detection when file contents are missing, and says so.
      renames: !history.diagnostics.some((diagnostic) => diagnostic.code === 'git-renames-not-followed'),
      detail: HEAD_HISTORY.detail,
      subjects: true,
    },
    isComplete: history.isComplete,
    ...(codeowners ? { codeowners } : {}),
    diagnostics,
    columns: history.columns,
  };
}

// The text, not the parsed rules: the reducer parses it as a clone's would be, line numbers included.
async function codeownersText(repo: OpenRepository): Promise<{ file: string; text: string } | undefined> {
  if (!repo.info.hasCommits) return undefined;
  for (const location of CODEOWNERS_LOCATIONS) {
    const shown = await gitText(repo.info.path, ['show', `HEAD:${location}`]);
    if (shown.code === 0) return { file: location, text: shown.stdout };
  }
  return undefined;
}
