import { DEFAULT_SWEEP_PATTERNS } from '../../util/sweep-subjects.js';
import { DEFAULT_OPS_PATTERNS } from './classify-files.js';

/** How history becomes evidence; the coupling defaults are code-maat's. */
export interface HistoryOptions {
  minRevs: number;
  minSharedRevs: number;
  minCoupling: number;
  maxCoupling: number;
  maxChangesetSize: number;
  /** Bots beyond the built-in ones (`git.bots`, src/util/bots.ts syntax). */
  botPatterns: readonly string[];
  /** Match a noreply login to the one User of that metadata.name (a weak match, marked in the result). */
  loginMatchesUserName: boolean;
  sweepPatterns: readonly string[];
  opsPatterns: readonly string[];
  /** Ticket ids in commit subjects (e.g. JIRA keys), for coupling across repositories. */
  ticketPattern: string;
  /** Commits by one author in two repositories this close together count as changed together. */
  authorWindowHours: number;
  /** Fewest matched revisions before a component's team alignment is judged. */
  minAlignmentRevisions: number;
}

export const DEFAULT_HISTORY_OPTIONS: HistoryOptions = {
  minRevs: 5,
  minSharedRevs: 5,
  minCoupling: 30,
  maxCoupling: 100,
  maxChangesetSize: 30,
  botPatterns: [],
  loginMatchesUserName: true,
  sweepPatterns: DEFAULT_SWEEP_PATTERNS,
  opsPatterns: DEFAULT_OPS_PATTERNS,
  ticketPattern: '\\b[A-Z][A-Z0-9]+-\\d+\\b',
  authorWindowHours: 24,
  minAlignmentRevisions: 5,
};
