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
  /**
   * Commits that touched more than one component, as the components they touched: what re-keying needs
   * to count such a commit once when a plan folds its components into one.
   */
  readonly multi: Array<{ author: string; sweep: boolean; components: readonly string[] }> = [];

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
    if (touched.size > 1) this.multi.push({ author, sweep, components: [...touched] });
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

  /**
   * The same tallies with some components folded into others (a plan's consolidation), as if the commits
   * had been read with the survivor's location covering the folded ones: counts add up, a commit that
   * touched several of them counts once, pairs inside one survivor are gone.
   */
  rekeyed(merged: ReadonlyMap<string, string>): HistoryAccumulator {
    const to = (component: string) => merged.get(component) ?? component;
    const copy = new HistoryAccumulator(this.paths, this.files, this.filters, this.crossRepository);
    for (const [key, value] of this.repos) copy.repos.set(key, value);
    for (const [key, value] of this.bots) copy.bots.set(key, value);
    for (const [component, tally] of this.components) {
      const into = copy.components.get(to(component));
      copy.components.set(to(component), into ? mergeTallies(into, tally) : tally);
    }
    for (const [id, tally] of this.authors) copy.authors.set(id, { ...tally, byComponent: sumByKey(tally.byComponent, to) });
    for (const [key, shared] of this.pairs) {
      const [a = '', b = ''] = key.split('\u0000').map(to);
      if (a === b) continue;
      const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
      copy.pairs.set(pair, (copy.pairs.get(pair) ?? 0) + shared);
    }
    for (const commit of this.multi) copy.uncount(commit, to, this.paths);
    for (const [author, touches] of this.touches) copy.touches.set(author, touches.map((touch) => ({ ...touch, components: [...new Set(touch.components.map(to))].sort() })));
    for (const [ticket, entries] of this.tickets) {
      copy.tickets.set(ticket, new Set([...entries].map((entry) => {
        const [repository = '', component = ''] = entry.split('\u0000');
        return `${repository}\u0000${to(component)}`;
      })));
    }
    return copy;
  }

  /** Takes back what a multi-component commit counted twice once its components are folded together. */
  private uncount(commit: { author: string; sweep: boolean; components: readonly string[] }, to: (component: string) => string, paths: PathMap): void {
    const mapped = commit.components.map(to);
    const bySurvivor = new Map<string, number>();
    for (const component of mapped) bySurvivor.set(component, (bySurvivor.get(component) ?? 0) + 1);
    const survivors = [...bySurvivor.keys()];
    if (survivors.length > 1) this.multi.push({ ...commit, components: survivors });
    for (const [component, n] of bySurvivor) {
      if (n < 2) continue;
      const tally = this.components.get(component);
      if (tally) {
        // Tallies of the original are shared with the reader's accumulator: replace, never mutate.
        const byAuthor = new Map(tally.byAuthor).set(commit.author, (tally.byAuthor.get(commit.author) ?? 0) - (n - 1));
        this.components.set(component, { ...tally, revisions: tally.revisions - (n - 1), couplingRevisions: tally.couplingRevisions - (commit.sweep ? 0 : n - 1), byAuthor });
      }
      const author = this.authors.get(commit.author);
      if (author) author.byComponent.set(component, (author.byComponent.get(component) ?? 0) - (n - 1));
    }
    if (commit.sweep) return;
    // Pairs the commit counted, by the survivors they now join: one commit, one shared change.
    const counted = new Map<string, number>();
    for (let i = 0; i < commit.components.length; i++) {
      for (let j = i + 1; j < commit.components.length; j++) {
        const a = commit.components[i] ?? '';
        const b = commit.components[j] ?? '';
        const x = to(a);
        const y = to(b);
        if (x === y || paths.shareLocation(a, b)) continue;
        const key = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
        counted.set(key, (counted.get(key) ?? 0) + 1);
      }
    }
    for (const [key, n] of counted) if (n > 1) this.pairs.set(key, (this.pairs.get(key) ?? 0) - (n - 1));
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

function sumByKey<V extends number>(map: ReadonlyMap<string, V>, to: (key: string) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, value] of map) out.set(to(key), (out.get(to(key)) ?? 0) + value);
  return out;
}

function mergeTallies(a: ComponentTally, b: ComponentTally): ComponentTally {
  const byFile = new Map([...a.byFile].map(([file, authors]) => [file, new Map(authors)]));
  for (const [file, authors] of b.byFile) {
    const into = byFile.get(file) ?? new Map<string, number>();
    for (const [author, n] of authors) into.set(author, (into.get(author) ?? 0) + n);
    byFile.set(file, into);
  }
  const work = new Map([...a.work].map(([author, w]) => [author, { ...w }]));
  for (const [author, w] of b.work) {
    const into = work.get(author) ?? { files: 0, opsFiles: 0 };
    work.set(author, { files: into.files + w.files, opsFiles: into.opsFiles + w.opsFiles });
  }
  const byAuthor = new Map(a.byAuthor);
  for (const [author, n] of b.byAuthor) byAuthor.set(author, (byAuthor.get(author) ?? 0) + n);
  return {
    revisions: a.revisions + b.revisions,
    couplingRevisions: a.couplingRevisions + b.couplingRevisions,
    byAuthor,
    byFile,
    work,
    first: Math.min(a.first, b.first),
    last: Math.max(a.last, b.last),
  };
}
