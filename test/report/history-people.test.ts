import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { AnalysisResult, type HistoryEvidence } from '../../src/result/index.js';
import { sampleResult } from '../fixtures/report/sample-result.js';

const unmatched = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}@elsewhere.example`, name: `Stranger ${i}`, revisions: 12 - i }));
const history: HistoryEvidence = {
  window: { since: '2025-01-01' },
  repositories: [],
  components: [],
  coupling: [],
  people: [],
  unmatchedAuthors: unmatched,
  matching: {
    authors: 15,
    commits: 200,
    matched: { authors: 3, commits: 122, byMethod: [{ method: 'noreply-login', authors: 2, commits: 100 }, { method: 'user-name', authors: 1, commits: 22 }] },
    unmatched: { authors: 12, commits: 78, top: unmatched.slice(0, 10) },
  },
  bots: [{ name: 'ArchitectBot', email: 'architect@acme.example', commits: 40, rule: 'name or login ends in bot', source: 'built-in' }, { name: 'Deployer', email: 'deploy@ci.example', commits: 3, rule: '*@ci.example', source: 'config' }],
  teams: [],
  congruence: { coordinationNeeds: 0, withinTeam: 0, value: null },
};
const result = AnalysisResult.parse({ ...sampleResult, history });

describe('people and bots in the reports', () => {
  it.each(['terminal', 'markdown'] as const)('%s shows the matched share, the top unmatched authors and the bots with their rules', async (format) => {
    const rendered = await renderReport(result, format, { color: false });
    // Markdown escapes what it would otherwise read as HTML or emphasis; the words are the same.
    const text = format === 'markdown' ? rendered.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replace(/\\([*_[\]()])/g, '$1') : rendered;
    expect(text).toContain('3 of 15 authors (122 of 200 commits) matched to catalog Users: 2 by noreply login, 1 by login = User name (weak)');
    expect(text).toContain('not matched: 12 authors, 78 commits; most commits: Stranger 0 <s0@elsewhere.example> (12)');
    expect(text).toContain('(3) ... and 2 more');
    expect(text).toContain('taken as bots (2): ArchitectBot <architect@acme.example> (40, name or login ends in bot), Deployer <deploy@ci.example> (3, git.bots *@ci.example)');
  });
});
