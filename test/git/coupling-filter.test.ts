import { describe, expect, it } from 'vitest';
import { DEFAULT_SWEEP_PATTERNS, couplingFilter } from '../../src/ingest/git/coupling-filter.js';
import { botMatcher } from '../../src/util/bots.js';
import type { ColumnCommit } from '../../src/ingest/git/commit-columns.js';

const filter = couplingFilter({ bots: botMatcher(), sweepPatterns: DEFAULT_SWEEP_PATTERNS, maxChangesetSize: 3 });
const commit = (subject: string, overrides: Partial<ColumnCommit> = {}): ColumnCommit => ({
  authorName: 'Ana', authorEmail: 'ana@example.com', time: 0, parents: 1, subject, files: ['a/x.go', 'b/x.go'], ...overrides,
});

describe('the commit filter of change coupling', () => {
  it('leaves out merges, then bots, then commits over the changeset size, then sweeping subjects', () => {
    expect(filter(commit('Merge branch main', { parents: 2, authorName: 'dependabot[bot]' }))).toBe('merge');
    expect(filter(commit('Bump lodash from 4.17.20 to 4.17.21', { authorName: 'dependabot[bot]' }))).toBe('bot');
    expect(filter(commit('Bump lodash', { files: ['1', '2', '3', '4'] }))).toBe('sweeping');
    expect(filter(commit('Add the refund flow'))).toBeUndefined();
  });

  it.each([
    'chore(deps): update module github.com/x/y to v2',
    'fix(deps-dev): bump vitest',
    'build: upgrade gradle wrapper',
    'Bump lodash from 4.17.20 to 4.17.21 in /frontend',
    'Update dependencies',
    'style: apply prettier',
    'Reformat with black',
    'Format all sources',
    'Run gofmt',
    'Add licence headers',
    'Copyright notices for every file',
    'Update copyright year',
  ])('"%s" is a sweep', (subject) => {
    expect(filter(commit(subject))).toBe('message');
  });

  it.each(['Fix the date format in invoices', 'Add a format option to the exporter', 'Update the checkout flow', 'Reject expired coupons'])('"%s" is work', (subject) => {
    expect(filter(commit(subject))).toBeUndefined();
  });
});
