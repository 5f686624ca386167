import { basename, relative, resolve } from 'node:path';
import type { Config } from './config/schema.js';
import type { Diagnostic, HistoryEvidence } from './result/index.js';
import type { ModelIndex } from './model/index.js';
import { findRepositories } from './ingest/git/find-repositories.js';
import { openRepository, type OpenRepository } from './ingest/git/open-repository.js';
import { forEachCommit, type ColumnCommit } from './ingest/git/commit-columns.js';
import type { GitCommit, GitDiagnostic } from './ingest/git/types.js';
import { collectHistory, type RepositorySource } from './analyze/history/collect-history.js';
import { DEFAULT_HISTORY_OPTIONS, type HistoryOptions } from './analyze/history/options.js';
import { sharedLocationDiagnostics } from './analyze/history/shared-locations.js';
import { locateComponents, remoteKey, type LocalRepository } from './analyze/history/source-location.js';
import type { CodeOwnersOf, ComponentLocation, HistoryCommit } from './analyze/history/types.js';
import { CodeownersMatcher } from './ingest/codeowners/index.js';

export interface HistoryInputs {
  /** Local clones (`--repo`), relative to cwd. */
  repos?: string[];
  /** A folder of clones (`--repos-dir`). */
  reposDir?: string;
  since?: string;
  until?: string;
  maxChangesetSize?: number;
  /** "Now", for the default window; tests pin it. */
  now?: Date;
  /** Where the commit cache lives; absent, every history is read whole from git. */
  cacheDir?: string;
}

/**
 * Git history as evidence: opens the clones given, maps components to them by source location (or the
 * config's explicit mapping), streams each clone's log once through the accumulator. No clone: no history.
 */
export async function readHistoryEvidence(index: ModelIndex, config: Config, inputs: HistoryInputs, cwd: string, progress: (message: string) => void): Promise<{ evidence?: HistoryEvidence; diagnostics: Diagnostic[] }> {
  const gitDiagnostics: GitDiagnostic[] = [];
  const reposDir = inputs.reposDir ?? config.git.reposDir;
  const paths = [
    ...(inputs.repos ?? []).map((repo) => resolve(cwd, repo)),
    ...(reposDir ? await findRepositories(resolve(cwd, reposDir)) : []),
    ...Object.values(config.git.repos),
  ];
  const unique = [...new Set(paths)];
  if (unique.length === 0) return { diagnostics: [] };
  const opened = new Map<string, OpenRepository>();
  for (const path of unique) {
    const repo = await openRepository(path, gitDiagnostics);
    if (repo) opened.set(display(cwd, path), repo);
  }
  const locals: LocalRepository[] = [...opened].map(([repository, repo]) => ({
    repository,
    keys: repo.remotes.map(remoteKey).filter((key): key is string => key !== undefined),
    name: basename(repo.info.path).replace(/\.git$/, ''),
  }));
  const locations = [...explicitLocations(config, cwd), ...locateComponents(index.ofKind('component'), locals)];
  const located = new Set(locations.map((location) => location.repository));
  const diagnostics: Diagnostic[] = [];
  for (const repository of opened.keys()) {
    if (!located.has(repository)) diagnostics.push({ severity: 'warning', code: 'git-repository-unmatched', message: `no component's backstage.io/source-location (or github.com/project-slug) names this repository, nor its remotes; its history was not read`, file: repository });
  }
  diagnostics.push(...sharedLocationDiagnostics(locations, (ref) => index.target(ref, 'ownedBy')));
  const window = windowOf(inputs, config);
  const options: HistoryOptions = {
    ...DEFAULT_HISTORY_OPTIONS,
    botPatterns: config.git.bots,
    loginMatchesUserName: config.git.loginMatchesUserName,
    maxChangesetSize: inputs.maxChangesetSize ?? config.git.maxChangesetSize,
    ticketPattern: config.git.ticketPattern,
    authorWindowHours: config.git.authorWindowHours,
  };
  const read = [...opened].filter(([repository]) => located.has(repository));
  const cacheDir = inputs.cacheDir === undefined ? undefined : resolve(cwd, inputs.cacheDir);
  const sources = historySources(read, window, cacheDir, gitDiagnostics, progress);
  const owners = await codeOwnership(read, diagnostics);
  const evidence = await collectHistory(index, sources, locations, options, { since: window.since, ...(window.until ? { until: window.until } : {}) }, owners);
  return { evidence, diagnostics: [...gitDiagnostics.map(({ file, ...d }) => (file === undefined ? d : { ...d, file: display(cwd, file) })), ...diagnostics] };
}

/**
 * Each clone as a source of the commits in the window. Through the cache, the next repository loads while
 * this one is read (two git processes for two cores); the accumulator still takes them one after another.
 */
function historySources(repos: Array<[string, OpenRepository]>, window: { from: number; to: number }, cacheDir: string | undefined, gitDiagnostics: GitDiagnostic[], progress: (message: string) => void): RepositorySource[] {
  const isInWindow = (seconds: number): boolean => seconds >= window.from && seconds <= window.to;
  const loads = new Map<number, ReturnType<OpenRepository['loadCached']>>();
  const load = (index: number, dir: string): ReturnType<OpenRepository['loadCached']> | undefined => {
    const entry = repos[index];
    if (entry !== undefined && !loads.has(index)) {
      const loading = entry[1].loadCached(dir);
      // Awaited when its turn comes; a failure before then must not count as unhandled.
      loading.catch(() => undefined);
      loads.set(index, loading);
    }
    return loads.get(index);
  };
  return repos.map(([repository, repo], index) => ({
    repository,
    shallow: repo.info.isShallow,
    read: async (each) => {
      progress(`reading the history of ${repository} (${index + 1} of ${repos.length})`);
      let commits = 0;
      const onCommit: typeof each = (commit) => {
        // A long history says how far it got: every 20,000 commits.
        if (++commits % 20_000 === 0) progress(`${repository}: ${commits} commits so far`);
        each(commit);
      };
      if (cacheDir === undefined) {
        await repo.read((commit) => {
          const converted = fromGit(commit);
          if (isInWindow(converted.date)) onCommit(converted);
        });
      } else {
        const loading = load(index, cacheDir);
        load(index + 1, cacheDir);
        const loaded = await (loading ?? repo.loadCached(cacheDir));
        loads.delete(index);
        gitDiagnostics.push(...loaded.diagnostics);
        forEachCommit(loaded.columns, (commit) => onCommit(fromColumns(commit)), (time) => isInWindow(Math.floor(time / 1000)));
      }
      progress(`${repository}: ${commits} commits in the window`);
    },
  }));
}

/** CODEOWNERS of each repository read, as one lookup; its parse problems become diagnostics. */
async function codeOwnership(repos: Array<[string, OpenRepository]>, diagnostics: Diagnostic[]): Promise<CodeOwnersOf> {
  const matchers = new Map<string, CodeownersMatcher>();
  for (const [repository, repo] of repos) {
    const codeowners = await repo.codeowners();
    if (!codeowners) continue;
    matchers.set(repository, new CodeownersMatcher(codeowners));
    diagnostics.push(...codeowners.diagnostics.map((d) => ({ ...d, file: `${repository}/${codeowners.file}` })));
  }
  return (repository, file) => {
    const matcher = matchers.get(repository);
    const match = matcher?.ownersOf(file);
    return match?.rule && matcher ? { owners: match.owners, file: `${repository}/${matcher.codeowners.file}`, line: match.rule.line } : undefined;
  };
}

function explicitLocations(config: Config, cwd: string): ComponentLocation[] {
  return Object.entries(config.git.repos).map(([ref, path]) => ({ component: ref.toLowerCase(), repository: display(cwd, path), path: '' }));
}

function windowOf(inputs: HistoryInputs, config: Config): { since: string; until?: string; from: number; to: number } {
  const now = inputs.now ?? new Date();
  const since = inputs.since ?? config.git.since ?? new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate())).toISOString().slice(0, 10);
  const until = inputs.until ?? config.git.until;
  const to = until ? Date.parse(until) / 1000 + (until.length <= 10 ? 86_399 : 0) : Infinity;
  return { since, ...(until ? { until } : {}), from: Date.parse(since) / 1000, to };
}

function fromGit(commit: GitCommit): HistoryCommit {
  return {
    authorName: commit.authorName,
    authorEmail: commit.authorEmail,
    date: Math.floor(Date.parse(commit.authorDate) / 1000),
    isMerge: commit.parents.length > 1,
    subject: commit.subject,
    files: commit.files.map((file) => file.path),
  };
}

function fromColumns(commit: ColumnCommit): HistoryCommit {
  return { authorName: commit.authorName, authorEmail: commit.authorEmail, date: Math.floor(commit.time / 1000), isMerge: commit.parents > 1, subject: commit.subject, files: commit.files };
}

function display(cwd: string, path: string): string {
  return relative(cwd, path).split('\\').join('/') || '.';
}
