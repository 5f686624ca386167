import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeOrg } from '../../src/analyze/analyze-org.js';
import { collectHistory } from '../../src/analyze/history/collect-history.js';
import { DEFAULT_HISTORY_OPTIONS } from '../../src/analyze/history/options.js';
import { locateComponents } from '../../src/analyze/history/source-location.js';
import type { HistoryCommit } from '../../src/analyze/history/types.js';
import { defaultConfig } from '../../src/config/schema.js';
import { commit, fixtures, indexOf, stream } from './helpers.js';

const repo = { repository: 'monorepo', keys: ['git.shop.example/shop/monorepo'], name: 'monorepo' };

async function analysisWith(commits: HistoryCommit[]) {
  const index = await indexOf(path.join(fixtures, 'shop'));
  const locations = locateComponents(index.ofKind('component'), [repo]);
  const evidence = await collectHistory(index, [{ repository: 'monorepo', shallow: false, read: stream(commits) }], locations, DEFAULT_HISTORY_OPTIONS);
  return analyzeOrg(index, defaultConfig(), { history: evidence });
}

const times = (n: number, make: () => HistoryCommit) => Array.from({ length: n }, make);

describe('git evidence in the verdicts', () => {
  it('without history, the shop is undetermined: three services and nothing declared between them', async () => {
    const index = await indexOf(path.join(fixtures, 'shop'));
    const shop = analyzeOrg(index, defaultConfig()).systems[0];
    expect(shop?.architecture.label).toBe('undetermined');
    expect(shop?.architecture.signals.some((s) => s.source === 'git')).toBe(false);
  });

  it('units changed together across teams, and changed from outside their owner, make a micro-monolith', async () => {
    const shop = (await analysisWith([
      ...times(8, () => commit('ana', ['services/checkout/a.ts', 'services/catalogue/b.ts'])),
      ...times(2, () => commit('bo', ['services/catalogue/b.ts'])),
      ...times(6, () => commit('cy', ['services/search/c.ts'])),
    ])).systems[0];
    const coChange = shop?.architecture.signals.find((s) => s.id === 'co-change');
    expect(coChange).toMatchObject({ value: 1, pushes: 'micro-monolith', source: 'git' });
    expect(coChange?.evidence[0]).toMatch(/catalogue-api <-> .*checkout: 8 shared commits, degree 89%, across teams/);
    expect(shop?.architecture.signals.find((s) => s.id === 'changed-from-outside')).toMatchObject({ value: 1, pushes: 'micro-monolith' });
    expect(shop?.architecture.label).toBe('micro-monolith');
    expect(shop?.architecture.reason).toMatch(/changed together across teams/);
  });

  it('changes that stay inside each owning team, with no co-change, make microservices', async () => {
    const shop = (await analysisWith([
      ...times(6, () => commit('ana', ['services/checkout/a.ts'])),
      ...times(6, () => commit('bo', ['services/catalogue/b.ts'])),
      ...times(6, () => commit('cy', ['services/search/c.ts'])),
    ])).systems[0];
    expect(shop?.architecture.signals.find((s) => s.id === 'changes-stay-in-team')).toMatchObject({ value: 3, threshold: 3, pushes: 'microservices' });
    expect(shop?.architecture.label).toBe('microservices');
    expect(shop?.architecture.reason).toMatch(/changes stay inside each owning team/);
  });

  it('infers a team\'s skills from its members\' work when no role is declared', async () => {
    const analysis = await analysisWith([
      ...times(4, () => commit('ana', ['services/checkout/Dockerfile', '.github/workflows/deploy.yml'])),
      ...times(4, () => commit('bo', ['services/catalogue/b.ts'])),
      ...times(4, () => commit('cy', ['services/search/k8s/deployment.yaml', 'services/search/c.ts', 'services/search/helm/values.yaml'])),
    ]);
    const payments = analysis.teams.find((t) => t.ref === 'group:default/payments');
    const catalogue = analysis.teams.find((t) => t.ref === 'group:default/catalogue');
    // One person's work is under the evidence floor (two people): shown, but it decides nothing.
    expect(payments?.structure.signals.find((s) => s.id === 'work-skill-mix')).toMatchObject({ value: '0/1/0', source: 'git', pushes: 'none', threshold: 2 });
    expect(payments?.structure.label).toBe('undetermined');
    expect(payments?.structure.reason).toMatch(/1 of 1 members have 3\+ commits/);
    expect(catalogue?.structure.signals.find((s) => s.id === 'work-skill-mix')).toMatchObject({ value: '1/1/0', pushes: 'cross-functional' });
    expect(catalogue?.structure.label).toBe('cross-functional');
  });

  it('operations work on what a team owns done by other teams is a hand-off; its own share is read at team level', async () => {
    const analysis = await analysisWith([
      ...times(4, () => commit('ana', ['services/checkout/pay.ts', 'services/checkout/refund.ts'])),
      ...times(4, () => commit('bo', ['services/checkout/Dockerfile', 'services/checkout/k8s/deployment.yaml'])),
      ...times(4, () => commit('cy', ['services/search/c.ts', 'services/search/d.ts', 'services/search/helm/values.yaml'])),
      ...times(2, () => commit('bo', ['services/catalogue/b.ts'])),
    ]);
    const payments = analysis.teams.find((t) => t.ref === 'group:default/payments');
    expect(payments?.structure.signals.find((s) => s.id === 'ops-work-by-others')).toMatchObject({ value: 8, pushes: 'dev-only', source: 'git' });
    // Its own people made only application changes to checkout: no operations work in its hands.
    expect(payments?.structure.signals.find((s) => s.id === 'team-ops-work')).toMatchObject({ value: 0, pushes: 'none' });
    const catalogue = analysis.teams.find((t) => t.ref === 'group:default/catalogue');
    // 4 of the 14 file changes to what catalogue owns are operations files, all by its members.
    expect(catalogue?.structure.signals.find((s) => s.id === 'team-ops-work')).toMatchObject({ value: 0.29, pushes: 'cross-functional', weight: 0.3 });
    expect(catalogue?.structure.label).toBe('cross-functional');
  });
});
