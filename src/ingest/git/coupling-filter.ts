import type { ColumnCommit } from './commit-columns.js';
import type { BotMatcher } from '../../util/bots.js';
import { commitSelector } from './select-commits.js';

export { DEFAULT_SWEEP_PATTERNS } from '../../util/sweep-subjects.js';

/** Why a commit is left out of change coupling; the filters apply in this order, the first that matches counts. */
export type CouplingExclusion = 'merge' | 'bot' | 'sweeping' | 'message';

export interface CouplingFilterOptions {
  /** Who is a bot: the built-in list and `git.bots` (src/util/bots.ts). */
  bots: BotMatcher;
  /** Case-insensitive regular expressions tried on the subject. */
  sweepPatterns: readonly string[];
  /** Commits changing more files than this are sweeps (code-maat's max-changeset-size). */
  maxChangesetSize: number;
}

/**
 * The commit filter of change coupling, as `analyze --repo` applies it: merges skipped, bots apart,
 * commits over the changeset size or with a sweeping subject left out. Undefined: the commit counts.
 */
export function couplingFilter(options: CouplingFilterOptions): (commit: ColumnCommit) => CouplingExclusion | undefined {
  const select = commitSelector({ skipMerges: true, bots: options.bots });
  const sweep = options.sweepPatterns.length === 0 ? undefined : new RegExp(options.sweepPatterns.map((pattern) => `(?:${pattern})`).join('|'), 'i');
  return (commit) => {
    // No window is given, so "outside" can only mean a merge.
    const kind = select(commit.time, commit.parents, commit.authorName, commit.authorEmail);
    if (kind === 'outside') return 'merge';
    if (kind === 'bot') return 'bot';
    if (commit.files.length > options.maxChangesetSize) return 'sweeping';
    if (sweep?.test(commit.subject)) return 'message';
    return undefined;
  };
}
