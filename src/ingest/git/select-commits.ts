import { botMatcher, type BotMatcher } from '../../util/bots.js';
import type { GitCommit } from './types.js';

/** Which commits count as people's work. */
export interface CommitFilter {
  /** Inclusive bounds on the author date, YYYY-MM-DD or ISO 8601. */
  since?: string;
  until?: string;
  skipMerges: boolean;
  /** Who is a bot (src/util/bots.ts); absent, every author counts as a person. */
  bots?: BotMatcher;
}

/** teamfit's own window: the last twelve months before `now`, merges skipped, bots apart. */
export function defaultCommitFilter(now: Date): CommitFilter {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  return { since: since.toISOString(), skipMerges: true, bots: botMatcher() };
}

export interface SelectedCommits {
  people: GitCommit[];
  bots: GitCommit[];
  /** Distinct bot identities met, for the report. */
  botAuthors: string[];
}

export function selectCommits(commits: Iterable<GitCommit>, filter: CommitFilter): SelectedCommits {
  const select = commitSelector(filter);
  const result: SelectedCommits = { people: [], bots: [], botAuthors: [] };
  for (const commit of commits) {
    const kind = select(Date.parse(commit.authorDate), commit.parents.length, commit.authorName, commit.authorEmail);
    if (kind === 'people') result.people.push(commit);
    else if (kind === 'bot') result.bots.push(commit);
  }
  result.botAuthors = select.botAuthors();
  return result;
}

export type CommitKind = 'people' | 'bot' | 'outside';

export interface CommitSelector {
  (time: number, parents: number, name: string, email: string): CommitKind;
  /** Distinct bot identities met so far ("name <email>"), sorted. */
  botAuthors(): string[];
}

/** Sorts commits by their fields alone, so that commit objects and columns are filtered alike. */
export function commitSelector(filter: CommitFilter): CommitSelector {
  const since = filter.since === undefined ? -Infinity : Date.parse(filter.since);
  const until = filter.until === undefined ? Infinity : endOf(filter.until);
  const bots = new Set<string>();
  const select = (time: number, parents: number, name: string, email: string): CommitKind => {
    if (time < since || time > until) return 'outside';
    if (filter.skipMerges && parents > 1) return 'outside';
    if (!filter.bots?.(name, email)) return 'people';
    bots.add(`${name} <${email}>`);
    return 'bot';
  };
  return Object.assign(select, { botAuthors: () => [...bots].sort() });
}

// A bare date as --until means the whole of that day.
function endOf(until: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? Date.parse(`${until}T23:59:59.999Z`) : Date.parse(until);
}
