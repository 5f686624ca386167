import { basename, isAbsolute, resolve } from 'node:path';
import type { Config } from '../../config/schema.js';
import type { Diagnostic, EntityRef, HistoryEvidence } from '../../result/index.js';
import type { ModelIndex } from '../../model/index.js';
import { findRepositories } from '../../ingest/git/find-repositories.js';
import { openRepository, type OpenRepository } from '../../ingest/git/open-repository.js';
import { forEachCommit, joinColumns, type ColumnCommit, type CommitColumns } from '../../ingest/git/commit-columns.js';
import { listPartials, PartialFormatError, readPartial, readPartialHeader, writePartial } from '../../ingest/git/history-partial.js';
import { readRepositoryPartial } from '../../ingest/git/repository-partial.js';
import type { GitCommit, GitDiagnostic } from '../../ingest/git/types.js';
import { foldHistory, type FoldedHistory, type RepositorySource } from './collect-history.js';
import { DEFAULT_HISTORY_OPTIONS, type HistoryOptions } from './options.js';
import { sharedLocationDiagnostics } from './shared-locations.js';
import { locateComponents, remoteKey, type LocalRepository } from './source-location.js';
import type { CodeOwnersOf, ComponentLocation, HistoryCommit } from './types.js';
import { CodeownersMatcher, parseCodeowners, type Codeowners } from '../../ingest/codeowners/index.js';
import { displayPath } from '../../util/display-path.js';
import { UsageError } from '../../util/errors.js';
import { VERSION } from '../../util/version.js';

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
  /** Partial files, or folders of them (`--history-from`), merged as if their clones had been given. */
  historyFrom?: string[];
  /** A folder where each clone read leaves its history as a partial (`--history-partial`). */
  historyPartial?: string;
}

/** A repository whose history is read: a clone, or a partial another run wrote. */
interface HistoryRepository {
  repository: string;
  /** Remote keys and folder name, what components are matched by. */
  keys: string[];
  name: string;
  shallow: boolean;
  /** Hands over the commits in the window; git's problems go to `diagnostics`. */
  read(isInWindow: (seconds: number) => boolean, onCommit: (commit: HistoryCommit) => void): Promise<void>;
  codeowners(): Promise<Codeowners | undefined>;
}

/** The history read once, and its evidence for a model (the one read, or one a what-if plan changed). */
export interface HistoryReading {
  evidence(index: ModelIndex, merged?: ReadonlyMap<EntityRef, EntityRef>): { evidence: HistoryEvidence; diagnostics: Diagnostic[] };
}

/**
 * Git history as evidence: opens the clones given, maps components to them by source location (or the
 * config's explicit mapping), streams each clone's log once through the accumulator. No clone: no history.
 */
export async function readHistoryEvidence(index: ModelIndex, config: Config, inputs: HistoryInputs, cwd: string, progress: (message: string) => void): Promise<{ evidence?: HistoryEvidence; diagnostics: Diagnostic[] }> {
  const { reading, diagnostics } = await readHistory(index, config, inputs, cwd, progress);
  if (!reading) return { diagnostics };
  const built = reading.evidence(index);
  return { evidence: built.evidence, diagnostics: [...diagnostics, ...built.diagnostics] };
}

/**
 * Reads the history once, locating components by `index` (the organisation as read); each model analysed
 * later gets its evidence from the same fold, so a what-if's before and after rest on the same commits.
 */
export async function readHistory(index: ModelIndex, config: Config, inputs: HistoryInputs, cwd: string, progress: (message: string) => void): Promise<{ reading?: HistoryReading; diagnostics: Diagnostic[] }> {
  const gitDiagnostics: GitDiagnostic[] = [];
  const diagnostics: Diagnostic[] = [];
  const partialDiagnostics: GitDiagnostic[] = [];
  const reposDir = inputs.reposDir ?? config.git.reposDir;
  const paths = [
    ...(inputs.repos ?? []).map((repo) => resolve(cwd, repo)),
    ...(reposDir ? await findRepositories(resolve(cwd, reposDir)) : []),
    ...Object.values(config.git.repos),
  ];
  const unique = [...new Set(paths)];
  const partials = await readPartialRepositories((inputs.historyFrom ?? []).map((path) => resolve(cwd, path)), partialDiagnostics, progress);
  if (unique.length === 0 && partials.length === 0) return { diagnostics: [] };
  const cacheDir = inputs.cacheDir === undefined ? undefined : resolve(cwd, inputs.cacheDir);
  const partialDir = inputs.historyPartial === undefined ? undefined : resolve(cwd, inputs.historyPartial);
  const repositories: HistoryRepository[] = [];
  const opened: Array<[string, OpenRepository]> = [];
  for (const path of unique) {
    const repo = await openRepository(path, gitDiagnostics);
    if (repo) opened.push([display(cwd, path), repo]);
  }
  repositories.push(...cloneRepositories(opened, cacheDir, partialDir, gitDiagnostics, progress));
  for (const partial of partials) {
    // Two shards that both had a clone of one repository: the first partial read counts, once.
    if (repositories.some((known) => known.repository === partial.repository)) diagnostics.push({ severity: 'warning', code: 'history-partial-duplicate', message: `more than one history of this repository was given (clone or partial); only the first was read`, file: partial.repository });
    else repositories.push(partial);
  }
  const locals: LocalRepository[] = repositories.map(({ repository, keys, name }) => ({ repository, keys, name }));
  const locations = [...explicitLocations(config, cwd), ...locateComponents(index.ofKind('component'), locals)];
  const located = new Set(locations.map((location) => location.repository));
  for (const { repository } of repositories) {
    if (!located.has(repository)) diagnostics.push({ severity: 'warning', code: 'git-repository-unmatched', message: `no component's backstage.io/source-location (or github.com/project-slug) names this repository, nor its remotes; its history was not read`, file: repository });
  }
  const window = windowOf(inputs, config);
  const options: HistoryOptions = {
    ...DEFAULT_HISTORY_OPTIONS,
    botPatterns: config.git.bots,
    loginMatchesUserName: config.git.loginMatchesUserName,
    maxChangesetSize: inputs.maxChangesetSize ?? config.git.maxChangesetSize,
    ticketPattern: config.git.ticketPattern,
    authorWindowHours: config.git.authorWindowHours,
  };
  const read = repositories.filter(({ repository }) => located.has(repository));
  const isInWindow = (seconds: number): boolean => seconds >= window.from && seconds <= window.to;
  const sources: RepositorySource[] = read.map((repo) => ({ repository: repo.repository, shallow: repo.shallow, read: (onCommit) => repo.read(isInWindow, onCommit) }));
  const owners = await codeOwnership(read, diagnostics);
  const folded: FoldedHistory = await foldHistory(sources, locations, options, { since: window.since, ...(window.until ? { until: window.until } : {}) }, owners);
  const reading: HistoryReading = {
    // Which owners share a location is the model's to say: before and after a plan differ.
    evidence: (model, merged) => ({ evidence: folded.evidence(model, merged), diagnostics: sharedLocationDiagnostics(locations, (ref) => model.target(ref, 'ownedBy')) }),
  };
  return { reading, diagnostics: [...gitDiagnostics.map(({ file, ...d }) => (file === undefined ? d : { ...d, file: isAbsolute(file) ? display(cwd, file) : file })), ...partialDiagnostics, ...diagnostics] };
}

/**
 * The clones as repositories to read. Through the cache, the next repository loads while this one is read
 * (two git processes for two cores); the accumulator still takes them one after another. With a partial
 * folder, each clone's whole history is read as columns and written there before its commits are handed over.
 */
function cloneRepositories(repos: Array<[string, OpenRepository]>, cacheDir: string | undefined, partialDir: string | undefined, gitDiagnostics: GitDiagnostic[], progress: (message: string) => void): HistoryRepository[] {
  type Loaded = { columns: CommitColumns; diagnostics: GitDiagnostic[] };
  // Returned rather than recorded, so that loads running side by side keep the repositories' order.
  const loadColumns = async (index: number, dir: string): Promise<Loaded> => {
    const [repository, repo] = repos[index] ?? [];
    if (repository === undefined || repo === undefined) return { columns: joinColumns([]), diagnostics: [] };
    if (partialDir !== undefined) {
      const partial = await readRepositoryPartial(repo, repository, cacheDir);
      const file = await writePartial(partialDir, partial, `teamfit ${VERSION}`);
      progress(`wrote the history of ${repository} to ${file}`);
      return partial;
    }
    return repo.loadCached(dir);
  };
  const loads = new Map<number, Promise<Loaded>>();
  const load = (index: number, dir: string): Promise<Loaded> | undefined => {
    if (index < repos.length && !loads.has(index)) {
      const loading = loadColumns(index, dir);
      // Awaited when its turn comes; a failure before then must not count as unhandled.
      loading.catch(() => undefined);
      loads.set(index, loading);
    }
    return loads.get(index);
  };
  return repos.map(([repository, repo], index) => ({
    repository,
    keys: repo.remotes.map(remoteKey).filter((key): key is string => key !== undefined),
    name: basename(repo.info.path).replace(/\.git$/, ''),
    shallow: repo.info.isShallow,
    codeowners: () => repo.codeowners(),
    read: async (isInWindow, each) => {
      progress(`reading the history of ${repository} (${index + 1} of ${repos.length})`);
      let commits = 0;
      const onCommit: typeof each = (commit) => {
        // A long history says how far it got: every 20,000 commits.
        if (++commits % 20_000 === 0) progress(`${repository}: ${commits} commits so far`);
        each(commit);
      };
      if (cacheDir === undefined && partialDir === undefined) {
        await repo.read((commit) => {
          const converted = fromGit(commit);
          if (isInWindow(converted.date)) onCommit(converted);
        });
      } else {
        const dir = cacheDir ?? '';
        const loading = load(index, dir);
        load(index + 1, dir);
        const loaded = await (loading ?? loadColumns(index, dir));
        loads.delete(index);
        gitDiagnostics.push(...loaded.diagnostics);
        forEachCommit(loaded.columns, (commit) => onCommit(fromColumns(commit)), (time) => isInWindow(Math.floor(time / 1000)));
      }
      progress(`${repository}: ${commits} commits in the window`);
    },
  }));
}

// A partial that is not one, or of another version, is the reducer's input gone wrong: stop and name it.
function asUsageError(error: unknown): never {
  throw error instanceof PartialFormatError ? new UsageError(error.message) : error;
}

/** The partials named, as repositories: their histories as the workers read them, windowed here. */
async function readPartialRepositories(paths: readonly string[], gitDiagnostics: GitDiagnostic[], progress: (message: string) => void): Promise<HistoryRepository[]> {
  const repositories: HistoryRepository[] = [];
  for (const file of await listPartials(paths)) {
    const partial = await readPartialHeader(file).catch(asUsageError);
    progress(`read the history of ${partial.repository} from ${file}`);
    repositories.push({
      repository: partial.repository,
      keys: partial.remotes.map(remoteKey).filter((key): key is string => key !== undefined),
      name: partial.name,
      shallow: partial.shallow,
      codeowners: async () => (partial.codeowners ? parseCodeowners(partial.codeowners.text, partial.codeowners.file) : undefined),
      // The history is read when its turn comes, so the reducer holds one repository's columns at a time.
      read: async (isInWindow, onCommit) => {
        const { columns } = await readPartial(file).catch(asUsageError);
        forEachCommit(columns, (commit) => onCommit(fromColumns(commit)), (time) => isInWindow(Math.floor(time / 1000)));
      },
    });
    gitDiagnostics.push(...partial.diagnostics);
  }
  return repositories;
}

/** CODEOWNERS of each repository read, as one lookup; its parse problems become diagnostics. */
async function codeOwnership(repos: readonly HistoryRepository[], diagnostics: Diagnostic[]): Promise<CodeOwnersOf> {
  const matchers = new Map<string, CodeownersMatcher>();
  for (const repo of repos) {
    const { repository } = repo;
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

const display = displayPath;
