import { describe, expect, it } from 'vitest';
import { buildViewData } from '../../src/report/html/view-data.js';
import { AnalysisResult, type HistoryEvidence } from '../../src/result/index.js';
import { sampleResult } from '../fixtures/report/sample-result.js';

const history: HistoryEvidence = {
  window: { since: '2025-01-01' },
  repositories: [],
  components: [],
  coupling: [{ a: 'component:default/orders-api', b: 'component:default/payments-api', shared: 12, degree: 75, by: 'commit', crossTeam: true }],
  people: [],
  unmatchedAuthors: [],
  matching: { authors: 0, commits: 0, matched: { authors: 0, commits: 0, byMethod: [] }, unmatched: { authors: 0, commits: 0, top: [] } },
  bots: [],
  teams: [],
  congruence: { coordinationNeeds: 1, withinTeam: 0, value: 0 },
};

describe('the HTML graph and git change coupling', () => {
  it('draws a coupling edge weighted by the git degree, with the numbers as its evidence', () => {
    const result = AnalysisResult.parse({ ...sampleResult, history });
    const edges = buildViewData(result).edges.filter((edge) => edge.kind === 'coupling');
    const pair = edges.find((edge) => [edge.source, edge.target].sort().join(' ') === 'component:default/orders-api component:default/payments-api');
    expect(pair).toMatchObject({ weight: 3, evidence: ['change coupling in git: 75% (12 shared, by commit), across teams'] });
  });

  it('draws none without history', () => {
    const edges = buildViewData(AnalysisResult.parse(sampleResult)).edges.filter((edge) => edge.kind === 'coupling' && edge.evidence.some((e) => e.startsWith('change coupling in git')));
    expect(edges).toEqual([]);
  });
});
