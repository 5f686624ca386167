import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectHistory } from '../../src/analyze/history/collect-history.js';
import { DEFAULT_HISTORY_OPTIONS } from '../../src/analyze/history/options.js';
import { locateComponents } from '../../src/analyze/history/source-location.js';
import { HistoryEvidence } from '../../src/result/index.js';
import { commit, fixtures, indexOf, stream } from './helpers.js';

const repo = { repository: 'monorepo', keys: ['git.shop.example/shop/monorepo'], name: 'monorepo' };

async function evidenceFor(commits: ReturnType<typeof commit>[]) {
  const index = await indexOf(path.join(fixtures, 'shop'));
  const locations = locateComponents(index.ofKind('component'), [repo]);
  const evidence = await collectHistory(index, [{ repository: 'monorepo', shallow: false, read: stream(commits) }], locations, DEFAULT_HISTORY_OPTIONS);
  return HistoryEvidence.parse(evidence);
}

describe('history evidence', () => {
  it('maps files to components by the longest source-location prefix', async () => {
    const index = await indexOf(path.join(fixtures, 'shop'));
    const locations = locateComponents(index.ofKind('component'), [repo]);
    expect(locations).toEqual([
      { component: 'component:default/checkout', repository: 'monorepo', path: 'services/checkout' },
      { component: 'component:default/catalogue-api', repository: 'monorepo', path: 'services/catalogue' },
      { component: 'component:default/search', repository: 'monorepo', path: 'services/search' },
    ]);
  });

  it('counts revisions, authors, main developer, fragmentation and truck factor per component', async () => {
    const commits = [
      ...Array.from({ length: 6 }, () => commit('ana', ['services/checkout/pay.ts'])),
      ...Array.from({ length: 2 }, () => commit('bo', ['services/checkout/cart.ts'])),
      commit('cy', ['services/search/index.ts', 'README.md']),
    ];
    const evidence = await evidenceFor(commits);
    const checkout = evidence.components.find((c) => c.ref === 'component:default/checkout');
    expect(checkout).toMatchObject({ revisions: 8, authors: 2, files: 2, mainDeveloper: { person: 'ana@shop.example', share: 0.75 } });
    // 1 - (0.75^2 + 0.25^2)
    expect(checkout?.fragmentation).toBe(0.38);
    // Two files, one known by each author: removing one orphans half, not more than half.
    expect(checkout?.truckFactor).toBe(2);
    expect(checkout).toMatchObject({ owner: 'group:default/payments', matchedRevisions: 8, ownerShare: 0.75 });
    expect(evidence.repositories[0]).toMatchObject({ commits: 9, kept: 9, bots: 0, unmapped: 0 });
  });

  it('matches authors by profile e-mail and teamfit.dev/git-emails, case-insensitively, and lists the rest', async () => {
    const evidence = await evidenceFor([commit('Bo <BO.personal@mail.example>', ['services/search/a.ts']), commit('Zed <zed@elsewhere.example>', ['x.ts'])]);
    expect(evidence.people.find((p) => p.id === 'bo.personal@mail.example')).toMatchObject({ user: 'user:default/bo', teams: ['group:default/catalogue'] });
    expect(evidence.unmatchedAuthors).toEqual([{ id: 'zed@elsewhere.example', name: 'Zed', revisions: 1 }]);
  });

  it('leaves bots out of people metrics and sweeps out of coupling, and reports both', async () => {
    const both = ['services/checkout/a.ts', 'services/search/b.ts'];
    const commits = [
      ...Array.from({ length: 6 }, () => commit('dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>', both, 'Bump lodash')),
      ...Array.from({ length: 6 }, () => commit('ana', both, 'chore(deps): update everything')),
      ...Array.from({ length: 6 }, () => commit('ana', ['services/checkout/a.ts'])),
      ...Array.from({ length: 6 }, () => commit('cy', ['services/search/b.ts'])),
    ];
    const evidence = await evidenceFor(commits);
    expect(evidence.repositories[0]).toMatchObject({ commits: 24, kept: 18, bots: 6, sweeps: 6, botAuthors: ['dependabot[bot]'] });
    expect(evidence.people.map((p) => p.id)).not.toContain('49699333+dependabot[bot]@users.noreply.github.com');
    expect(evidence.coupling).toEqual([]);
  });

  it('couples components changed together, with code-maat degree and cross-team flag, and measures congruence', async () => {
    const pair = ['services/checkout/a.ts', 'services/catalogue/b.ts'];
    const commits = [
      ...Array.from({ length: 6 }, () => commit('ana', pair)),
      ...Array.from({ length: 4 }, () => commit('ana', ['services/checkout/a.ts'])),
      ...Array.from({ length: 6 }, () => commit('bo', ['services/catalogue/b.ts', 'services/search/c.ts'])),
    ];
    const evidence = await evidenceFor(commits);
    // checkout 10 revs, catalogue 12 revs, shared 6: 6 / 11 x 100 = 55.
    expect(evidence.coupling).toContainEqual({ a: 'component:default/catalogue-api', b: 'component:default/checkout', shared: 6, degree: 55, by: 'commit', crossTeam: true });
    expect(evidence.coupling).toContainEqual(expect.objectContaining({ a: 'component:default/catalogue-api', b: 'component:default/search', shared: 6, crossTeam: false }));
    expect(evidence.congruence).toEqual({ coordinationNeeds: 2, withinTeam: 1, value: 0.5 });
  });

  it('measures how much of each team\'s work is operations work', async () => {
    const evidence = await evidenceFor([
      commit('ana', ['services/checkout/Dockerfile', 'services/checkout/k8s/deploy.yaml', '.github/workflows/ci.yml', 'services/checkout/a.ts']),
      commit('bo', ['services/search/a.ts']),
    ]);
    expect(evidence.people.find((p) => p.id === 'ana@shop.example')?.opsShare).toBe(0.75);
    expect(evidence.teams.find((t) => t.team === 'group:default/payments')).toMatchObject({ revisions: 1, opsShare: 0.75 });
    expect(evidence.teams.find((t) => t.team === 'group:default/catalogue')).toMatchObject({ opsShare: 0 });
  });
});

describe('coupling across repositories', () => {
  it('counts one author changing two repositories within the window, and shared ticket ids', async () => {
    const index = await indexOf(path.join(fixtures, 'shop'));
    const locations = [
      { component: 'component:default/checkout', repository: 'checkout-repo', path: '' },
      { component: 'component:default/search', repository: 'search-repo', path: '' },
    ];
    const inCheckout = Array.from({ length: 6 }, (_, i) => commit('ana', ['pay.ts'], `SHOP-${i} pay`));
    const inSearch = Array.from({ length: 6 }, (_, i) => commit('cy', ['index.ts'], `SHOP-${i} index`));
    const evidence = await collectHistory(index, [
      { repository: 'checkout-repo', shallow: false, read: stream(inCheckout) },
      { repository: 'search-repo', shallow: false, read: stream(inSearch) },
    ], locations, DEFAULT_HISTORY_OPTIONS);
    // Different authors: no author-window coupling; the six shared tickets couple them.
    expect(evidence.coupling).toEqual([{ a: 'component:default/checkout', b: 'component:default/search', shared: 6, degree: 100, by: 'ticket', crossTeam: true }]);
  });
});

describe('the ticket pattern', () => {
  it('a catastrophic pattern matches a long subject in linear time (RE2), and still finds the ids', async () => {
    const index = await indexOf(path.join(fixtures, 'shop'));
    const locations = [
      { component: 'component:default/checkout', repository: 'checkout-repo', path: '' },
      { component: 'component:default/search', repository: 'search-repo', path: '' },
    ];
    // With a backtracking engine, `(a+)+$` against 60 a's and a b runs for hours; a hang fails the test by its timeout.
    const subject = (i: number) => `${'a'.repeat(60)}b T${i}`;
    const inCheckout = Array.from({ length: 6 }, (_, i) => commit('ana', ['pay.ts'], subject(i)));
    const inSearch = Array.from({ length: 6 }, (_, i) => commit('cy', ['index.ts'], subject(i)));
    const evidence = await collectHistory(index, [
      { repository: 'checkout-repo', shallow: false, read: stream(inCheckout) },
      { repository: 'search-repo', shallow: false, read: stream(inSearch) },
    ], locations, { ...DEFAULT_HISTORY_OPTIONS, ticketPattern: '(a+)+$|T\\d' });
    expect(evidence.coupling).toEqual([{ a: 'component:default/checkout', b: 'component:default/search', shared: 6, degree: 100, by: 'ticket', crossTeam: true }]);
  });
});
