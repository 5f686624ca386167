// The commit filters belong to the git reader; re-exported for the CLI, which reads history through this stage.
export { defaultCommitFilter, selectCommits, type CommitFilter } from '../ingest/git/select-commits.js';
export { botMatcher, BUILT_IN_BOTS } from '../util/bots.js';
