/** One changed path in a commit. `added`/`deleted` are line counts (null for binary files); absent without --numstat. */
export interface FileChange {
  path: string;
  /** The path before a rename, when renames are detected. */
  oldPath?: string;
  added?: number | null;
  deleted?: number | null;
}

/** A commit as read from `git log`: identities after .mailmap, dates as git printed them (strict ISO 8601). */
export interface GitCommit {
  hash: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  /** Author date in the author's own time zone, e.g. 2024-05-01T10:00:00+02:00. */
  authorDate: string;
  subject: string;
  files: FileChange[];
}

/** What `git log` is asked to print per file. `names` is several times faster; `numstat` adds line counts. */
export type ChangeDetail = 'names' | 'numstat';

/** A problem met while reading a repository; the run goes on. */
export interface GitDiagnostic {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  /** The repository path as given; absent when the problem is this machine's, not one repository's (the cache driver). */
  file?: string;
}
