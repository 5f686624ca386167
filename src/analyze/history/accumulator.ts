import type { LinearRegex } from '../../util/linear-regex.js';
import type { BotMatch, BotMatcher } from '../../util/bots.js';
import type { FileClassifier } from './classify-files.js';
import type { PathMap } from './path-map.js';
import type { HistoryCommit } from './types.js';

export interface ComponentTally {
  revisions: number;
  /** Revisions counted for coupling: commits by people that are not sweeps. */
  couplingRevisions: number;
  byAuthor: Map<string, number>;
  byFile: Map<string, Map<string, number>>;
  /** Per author: files changed in it, and how many of those were operations files. */
  work: Map<string, { files: number; opsFiles: number }>;
  first: number;
  last: number;
}

export interface AuthorTally {
  name: string;
  revisions: number;
  files: number;
  opsFiles: number;
  byComponent: Map<string, number>;
}

export interface RepoTally {
  commits: number;
  kept: number;
  bots: number;
  botAuthors: Set<string>;
  sweeps: number;
  unmapped: number;
}

/** An author taken as a bot, with the rule that says so. */
export interface BotTally extends BotMatch {
  name: string;
  email: string;
  commits: number;
}

export interface CommitFilters {
  isBot: BotMatcher;
  isSweep(subject: string): boolean;
  maxChangesetSize: number;
  ticket?: LinearRegex;
}

/** Commits of different repositories by one author, kept only to find cross-repository coupling later. */
export interface AuthorTouch {
  date: number;
  repository: string;
  components: string[];
}

/**
 * Folds a stream of commits into per-component, per-author and per-pair counts, one commit at a time:
 * memory grows with files, authors and coupled pairs, never with the number of commits.
 */
export class HistoryAccumulator {
  readonly components = new Map<string, ComponentTally>();
  readonly authors = new Map<string, AuthorTally>();
  readonly pairs = new Map<string, number>();
  readonly repos = new Map<string, RepoTally>();
  readonly touches = new Map<string, AuthorTouch[]>();
  readonly tickets = new Map<string, Set<string>>();
  readonly bots = new Map<string, BotTally>();

  constructor(
    private readonly paths: PathMap,
    private readonly files: FileClassifier,
    private readonly filters: CommitFilters,
    private readonly crossRepository: boolean,
  ) {}

  add(repository: string, commit: HistoryCommit): void {
    const repo = this.repoTally(repository);
    repo.commits++;
    const bot = this.filters.isBot(commit.authorName, commit.authorEmail);
    if (bot) {
      repo.bots++;
      repo.botAuthors.add(commit.authorName);
      this.countBot(commit, bot);
      return;
    }
    repo.kept++;
    const author = commit.authorEmail.toLowerCase() || commit.authorName;
    const touched = new Set<string>();
    const tally = this.authorTally(author, commit.authorName);
    tally.revisions++;
    for (const file of commit.files) {
      tally.files++;
      const isOps = this.files.isOps(file);
      if (isOps) tally.opsFiles++;
      for (const component of this.paths.componentsOf(repository, file)) {
        touched.add(component);
        const componentTally = this.componentTally(component, commit.date);
        const work = componentTally.work.get(author) ?? { files: 0, opsFiles: 0 };
        work.files++;
        if (isOps) work.opsFiles++;
        componentTally.work.set(author, work);
        const fileAuthors = componentTally.byFile.get(file) ?? new Map<string, number>();
        fileAuthors.set(author, (fileAuthors.get(author) ?? 0) + 1);
        componentTally.byFile.set(file, fileAuthors);
      }
    }
    if (touched.size === 0) repo.unmapped++;
    const sweep = commit.files.length > this.filters.maxChangesetSize || this.filters.isSweep(commit.subject);
    if (sweep) repo.sweeps++;
    for (const component of touched) {
      const c = this.componentTally(component, commit.date);
      c.revisions++;
      if (!sweep) c.couplingRevisions++;
      c.byAuthor.set(author, (c.byAuthor.get(author) ?? 0) + 1);
      tally.byComponent.set(component, (tally.byComponent.get(component) ?? 0) + 1);
    }
    if (sweep || touched.size === 0) return;
    const sorted = [...touched].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        if (this.paths.shareLocation(sorted[i] ?? '', sorted[j] ?? '')) continue;
        const key = `${sorted[i]}\u0000${sorted[j]}`;
        this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
      }
    }
    if (this.crossRepository) this.remember(author, repository, commit, sorted);
  }

  private remember(author: string, repository: string, commit: HistoryCommit, components: string[]): void {
    const list = this.touches.get(author) ?? [];
    list.push({ date: commit.date, repository, components });
    this.touches.set(author, list);
    if (!this.filters.ticket) return;
    for (const ticket of this.filters.ticket.matches(commit.subject)) {
      const set = this.tickets.get(ticket) ?? new Set<string>();
      components.forEach((component) => set.add(`${repository}\u0000${component}`));
      this.tickets.set(ticket, set);
    }
  }

  private countBot(commit: HistoryCommit, match: BotMatch): void {
    const key = `${commit.authorName}\u0000${commit.authorEmail.toLowerCase()}`;
    const tally = this.bots.get(key) ?? { name: commit.authorName, email: commit.authorEmail, commits: 0, ...match };
    tally.commits++;
    this.bots.set(key, tally);
  }

  private repoTally(repository: string): RepoTally {
    let tally = this.repos.get(repository);
    if (!tally) {
      tally = { commits: 0, kept: 0, bots: 0, botAuthors: new Set(), sweeps: 0, unmapped: 0 };
      this.repos.set(repository, tally);
    }
    return tally;
  }

  private authorTally(id: string, name: string): AuthorTally {
    let tally = this.authors.get(id);
    if (!tally) {
      tally = { name, revisions: 0, files: 0, opsFiles: 0, byComponent: new Map() };
      this.authors.set(id, tally);
    }
    return tally;
  }

  private componentTally(component: string, date: number): ComponentTally {
    let tally = this.components.get(component);
    if (!tally) {
      tally = { revisions: 0, couplingRevisions: 0, byAuthor: new Map(), byFile: new Map(), work: new Map(), first: date, last: date };
      this.components.set(component, tally);
    }
    tally.first = Math.min(tally.first, date);
    tally.last = Math.max(tally.last, date);
    return tally;
  }
}
