import { readColumnsCached } from './cached-history.js';
import type { CommitColumns } from './commit-columns.js';
import { newLogFormat } from './log-format.js';
import { readLog } from './read-log.js';
import { inspectRepository, type RepositoryInfo } from './repository.js';
import { gitText } from './run-git.js';
import type { GitCommit, GitDiagnostic } from './types.js';
import { CODEOWNERS_LOCATIONS, parseCodeowners, type Codeowners } from '../codeowners/index.js';

export interface OpenRepository {
  info: RepositoryInfo;
  /** Remote URLs as configured (`remote.*.url`), for matching catalog source locations. */
  remotes: string[];
  /** Streams HEAD's history, file names only, handing over each commit as it is parsed; false when git stopped early. */
  read(onCommit: (commit: GitCommit) => void): Promise<boolean>;
  /**
   * The same history through the commit cache in `cacheDir`: only commits the cache does not hold are read
   * from git; the whole history comes back as compact columns (`forEachCommit` hands them over).
   */
  loadCached(cacheDir: string): Promise<{ columns: CommitColumns; isComplete: boolean; diagnostics: GitDiagnostic[] }>;
  /** The CODEOWNERS file GitHub would use, as committed at HEAD (so bare clones have one too). */
  codeowners(): Promise<Codeowners | undefined>;
}

// What the analyze stage reads: HEAD's first-hand history, names only, renames followed to the new path.
const HEAD_HISTORY = { detail: 'names', renames: true, revisions: ['HEAD'], jobs: 2 } as const;

/** Opens a local clone (bare or not) for streaming; undefined, with a diagnostic, when it is not one. */
export async function openRepository(path: string, diagnostics: GitDiagnostic[]): Promise<OpenRepository | undefined> {
  const info = await inspectRepository(path, diagnostics);
  if (!info) return undefined;
  const remotes = await gitText(path, ['config', '--get-regexp', '^remote\\..*\\.url$']);
  return {
    info,
    remotes: remotes.code === 0 ? remotes.stdout.split('\n').map((line) => line.split(' ').slice(1).join(' ').trim()).filter(Boolean) : [],
    read: async (onCommit) => {
      if (!info.hasCommits) return true;
      return readLog(path, newLogFormat(HEAD_HISTORY.detail, HEAD_HISTORY.renames), { revisions: ['HEAD'] }, onCommit, diagnostics);
    },
    loadCached: async (cacheDir) => {
      // Inspected above, with its diagnostics: the read reports only what it meets itself. Returned rather
      // than recorded, so that loads running side by side keep the repositories' order.
      const history = await readColumnsCached(path, { ...HEAD_HISTORY, subjects: true, repository: info }, cacheDir);
      return { columns: history.columns, isComplete: history.isComplete, diagnostics: history.diagnostics };
    },
    codeowners: async () => {
      if (!info.hasCommits) return undefined;
      for (const location of CODEOWNERS_LOCATIONS) {
        const shown = await gitText(path, ['show', `HEAD:${location}`]);
        if (shown.code === 0) return parseCodeowners(shown.stdout, location);
      }
      return undefined;
    },
  };
}
