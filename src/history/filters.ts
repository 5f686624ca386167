// The commit filters belong to the git reader; re-exported for the CLI, which reads history through this stage.
export { DEFAULT_BOT_PATTERNS, defaultCommitFilter, selectCommits, type CommitFilter } from '../ingest/git/select-commits.js';
