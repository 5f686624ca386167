import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSIS_NAMES } from '../../src/code-maat/analyses/index.js';
import { tableToCsv } from '../../src/code-maat/format-table.js';
import { parseGrouping } from '../../src/code-maat/grouping.js';
import { mine, type MineOptions } from '../../src/code-maat/mine.js';
import { CODE_MAAT_DEFAULTS } from '../../src/code-maat/options.js';
import { botMatcher } from '../../src/util/bots.js';
import { buildAnalysisFixture } from './analysis-fixture.js';
import type { FixtureRepo } from './fixture-repo.js';

// The pinned rows were checked against code-maat 1.0.1 itself with scripts/compare-code-maat.mjs on this
// fixture (same parameters, --age-time-now 2024-01-01): identical, row for row.
let repo: FixtureRepo;
beforeAll(() => {
  repo = buildAnalysisFixture();
});
afterAll(() => repo.remove());

const base: Omit<MineOptions, 'analyses'> = {
  parameters: CODE_MAAT_DEFAULTS,
  read: { revisions: ['--all'] },
  now: new Date('2024-01-01T00:00:00Z'),
};

async function csv(options: Omit<MineOptions, 'analyses'>): Promise<Record<string, string>> {
  const result = await mine(repo.path, { ...options, analyses: ANALYSIS_NAMES });
  return Object.fromEntries([...result.tables].map(([name, table]) => [name, tableToCsv(table)]));
}

describe("code-maat's analyses on a fixture history", () => {
  it('with code-maat defaults', async () => {
    const outputs = await csv(base);
    for (const name of ANALYSIS_NAMES) await expect(outputs[name]).toMatchFileSnapshot(`__snapshots__/defaults/${name}.csv`);
  });

  it('with low thresholds and a max change-set size that leaves out the six-file commit', async () => {
    const outputs = await csv({ ...base, parameters: { ...CODE_MAAT_DEFAULTS, minRevs: 1, minSharedRevs: 1, minCoupling: 10, maxChangesetSize: 4 } });
    for (const name of ['coupling', 'soc'] as const) await expect(outputs[name]).toMatchFileSnapshot(`__snapshots__/low-thresholds/${name}.csv`);
    expect(outputs.coupling).not.toContain('docs/page-');
  });

  it('with an architectural grouping file: plain paths and ^regex$ rules, unmatched files dropped', async () => {
    const grouping = parseGrouping('src/core => Core\n^README.*$ => Readme\ndocs => Docs\n', 'layers.txt');
    const outputs = await csv({ ...base, grouping, parameters: { ...CODE_MAAT_DEFAULTS, minRevs: 1, minSharedRevs: 1 } });
    for (const name of ANALYSIS_NAMES) await expect(outputs[name]).toMatchFileSnapshot(`__snapshots__/grouped/${name}.csv`);
  });

  it('filters on request: a date window, no merges, no bots', async () => {
    const result = await mine(repo.path, {
      ...base,
      analyses: ['authors', 'summary'],
      filter: { since: '2023-03-01', until: '2023-06-30', skipMerges: true, bots: botMatcher() },
    });
    expect(result.botAuthors).toEqual(['dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>']);
    expect(tableToCsv(result.tables.get('summary') ?? { columns: [], rows: [] })).toBe(
      'statistic,value\nnumber-of-commits,6\nnumber-of-entities,13\nnumber-of-entities-changed,18\nnumber-of-authors,3\n',
    );
  });
});

describe('grouping file errors', () => {
  it('names the line that is not a rule', () => {
    expect(() => parseGrouping('src => A\nnot a rule\n', 'layers.txt')).toThrow('layers.txt:2: expected "path => name"');
  });
});
