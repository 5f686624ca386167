import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectHistory } from '../../src/analyze/history/collect-history.js';
import { noreplyIdentities, loginOfAnnotation } from '../../src/analyze/history/noreply.js';
import { DEFAULT_HISTORY_OPTIONS, type HistoryOptions } from '../../src/analyze/history/options.js';
import { locateComponents } from '../../src/analyze/history/source-location.js';
import { HistoryEvidence } from '../../src/result/index.js';
import { commit, fixtures, indexOf, stream } from './helpers.js';

const repo = { repository: 'platform', keys: ['github.com/acme/platform'], name: 'platform' };

async function evidenceFor(commits: ReturnType<typeof commit>[], options: Partial<HistoryOptions> = {}) {
  const index = await indexOf(path.join(fixtures, 'people'));
  const locations = locateComponents(index.ofKind('component'), [repo]);
  const evidence = await collectHistory(index, [{ repository: 'platform', shallow: false, read: stream(commits) }], locations, { ...DEFAULT_HISTORY_OPTIONS, ...options });
  return HistoryEvidence.parse(evidence);
}

const person = (evidence: HistoryEvidence, id: string) => evidence.people.find((p) => p.id === id);

describe('noreply addresses', () => {
  it.each([
    ['583231+OctoCat@users.noreply.github.com', [{ host: 'github.com', id: '583231', login: 'octocat' }]],
    ['octocat@users.noreply.github.com', [{ host: 'github.com', login: 'octocat' }]],
    ['12-jdoe@users.noreply.gitlab.example.com', [{ host: 'gitlab.example.com', id: '12', login: 'jdoe' }, { host: 'gitlab.example.com', login: '12-jdoe' }]],
    ['octocat@github.com', []],
  ])('%s', (email, identities) => {
    expect(noreplyIdentities(email)).toEqual(identities);
  });

  it('reads a login from a bare value, an @handle or a profile URL', () => {
    expect(['OctoCat', '@octocat', 'https://gitlab.example.com/JDoe/', ''].map(loginOfAnnotation)).toEqual(['octocat', 'octocat', 'jdoe', undefined]);
  });
});

describe('matching authors to Users', () => {
  it('matches GitHub and GitLab noreply addresses by id and login annotations, case-insensitively, and says how', async () => {
    const evidence = await evidenceFor([
      commit('The Octocat <1+OctoCat@users.noreply.github.com>', ['operator/main.go']),
      commit('Old Octocat <octocat@users.noreply.github.com>', ['operator/main.go']),
      commit('Hubber <583231+renamed-login@users.noreply.github.com>', ['portal/app.ts']),
      commit('J. Doe <77-jdoe@users.noreply.gitlab.example.com>', ['portal/app.ts']),
      commit('Ana <Ana@acme.example>', ['portal/app.ts']),
    ]);
    expect(person(evidence, '1+octocat@users.noreply.github.com')).toMatchObject({ user: 'user:default/octocat', matchedBy: 'noreply-login', teams: ['group:default/operators'] });
    expect(person(evidence, 'octocat@users.noreply.github.com')).toMatchObject({ user: 'user:default/octocat', matchedBy: 'noreply-login' });
    expect(person(evidence, '583231+renamed-login@users.noreply.github.com')).toMatchObject({ user: 'user:default/hubber', matchedBy: 'noreply-id' });
    expect(person(evidence, '77-jdoe@users.noreply.gitlab.example.com')).toMatchObject({ user: 'user:default/jdoe', matchedBy: 'noreply-login' });
    expect(person(evidence, 'ana@acme.example')).toMatchObject({ user: 'user:default/ana', matchedBy: 'email' });
    expect(evidence.unmatchedAuthors).toEqual([]);
  });

  it('matches a login to a User of that name only as a weak, marked match that the config can turn off', async () => {
    const commits = [commit('Mona <1+mona@users.noreply.github.com>', ['portal/app.ts'])];
    expect(person(await evidenceFor(commits), '1+mona@users.noreply.github.com')).toMatchObject({ user: 'user:default/mona', matchedBy: 'user-name' });
    expect(person(await evidenceFor(commits, { loginMatchesUserName: false }), '1+mona@users.noreply.github.com')?.user).toBeUndefined();
  });

  it('matches nobody by a login two Users claim, nor a plain address by its user part', async () => {
    const evidence = await evidenceFor([commit('Twin <9+twin@users.noreply.github.com>', ['portal/app.ts']), commit('Octo <octocat@acme.example>', ['portal/app.ts'])]);
    expect(evidence.unmatchedAuthors.map((a) => a.id)).toEqual(['9+twin@users.noreply.github.com', 'octocat@acme.example']);
  });

  it('counts matched and unmatched authors and commits, by method, with the top ten unmatched', async () => {
    const strangers = Array.from({ length: 12 }, (_, i) => Array.from({ length: i + 1 }, () => commit(`Stranger ${i} <s${i}@elsewhere.example>`, ['portal/app.ts']))).flat();
    const evidence = await evidenceFor([...strangers, commit('Ana <ana@acme.example>', ['portal/app.ts']), commit('O <1+octocat@users.noreply.github.com>', ['operator/x.go']), commit('O <1+octocat@users.noreply.github.com>', ['operator/x.go'])]);
    expect(evidence.matching).toMatchObject({
      authors: 14,
      commits: 81,
      matched: { authors: 2, commits: 3, byMethod: [{ method: 'noreply-login', authors: 1, commits: 2 }, { method: 'email', authors: 1, commits: 1 }] },
      unmatched: { authors: 12, commits: 78 },
    });
    expect(evidence.matching.unmatched.top).toHaveLength(10);
    expect(evidence.matching.unmatched.top[0]).toEqual({ id: 's11@elsewhere.example', name: 'Stranger 11', revisions: 12 });
    expect(evidence.matching.unmatched.top[9]?.revisions).toBe(3);
  });
});

describe('bots in the history evidence', () => {
  it('leaves named bots out of people, main developers and coupling, and lists each with its rule', async () => {
    const evidence = await evidenceFor([
      ...Array.from({ length: 8 }, () => commit('ArchitectBot <architect@acme.example>', ['portal/app.ts', 'operator/main.go'])),
      ...Array.from({ length: 3 }, () => commit('Taylor Bot <taylor@acme.example>', ['portal/app.ts'])),
      commit('Jane Abbot <jane@acme.example>', ['portal/app.ts']),
      commit('Ana <ana@acme.example>', ['portal/app.ts']),
    ]);
    expect(evidence.people.map((p) => p.name).sort()).toEqual(['Ana', 'Jane Abbot']);
    expect(evidence.components.find((c) => c.ref === 'component:default/portal')?.mainDeveloper?.share).toBe(0.5);
    expect(evidence.coupling).toEqual([]);
    expect(evidence.bots).toEqual([
      { name: 'ArchitectBot', email: 'architect@acme.example', commits: 8, rule: 'name or login ends in bot', source: 'built-in' },
      { name: 'Taylor Bot', email: 'taylor@acme.example', commits: 3, rule: 'name or login ends in bot', source: 'built-in' },
    ]);
  });

  it('takes the configured patterns on top of the built-in ones, and keeps a !pattern a person', async () => {
    const evidence = await evidenceFor(
      [commit('Deployer <deploy@automation.acme.example>', ['portal/app.ts']), commit('Wouter Bot <wouter@acme.example>', ['portal/app.ts']), commit('dependabot[bot] <1+dependabot[bot]@users.noreply.github.com>', ['portal/app.ts'])],
      { botPatterns: ['*@automation.acme.example', '!wouter@acme.example'] },
    );
    expect(evidence.people.map((p) => p.name)).toEqual(['Wouter Bot']);
    expect(evidence.bots.map((b) => [b.name, b.source])).toEqual([['dependabot[bot]', 'built-in'], ['Deployer', 'config']]);
  });
});
