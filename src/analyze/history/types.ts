/**
 * One commit as the analyze stage needs it; the git reader (src/ingest/git) yields these.
 * `files` are paths relative to the repository root, as git prints them.
 */
export interface HistoryCommit {
  authorName: string;
  authorEmail: string;
  /** Author date, seconds since the epoch. */
  date: number;
  isMerge: boolean;
  subject: string;
  files: readonly string[];
}

/** Where a component's code lives: a repository and a path prefix in it ('' = the whole repository). */
export interface ComponentLocation {
  component: string;
  repository: string;
  path: string;
}

/** Who CODEOWNERS makes a required reviewer of a file, and on which line of it; undefined when no rule matches. */
export type CodeOwnersOf = (repository: string, file: string) => { owners: readonly string[]; file: string; line: number } | undefined;
