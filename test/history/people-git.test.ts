import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../src/ingest/git/read-history.js';
import { selectCommits } from '../../src/ingest/git/select-commits.js';
import { AnalysisResult } from '../../src/result/index.js';
import { analyze } from '../../src/run.js';
import { botMatcher } from '../../src/util/bots.js';
import { TestRepo, type Author } from '../discover/git-repo.js';
import { fixtures } from './helpers.js';

const catalog = path.join(fixtures, 'people');
const octocat: Author = { name: 'The Octocat', email: '1+OctoCat@users.noreply.github.com' };
const laptop: Author = { name: 'octo', email: 'octo@laptop.local' };
const jdoe: Author = { name: 'J. Doe', email: '77-jdoe@users.noreply.gitlab.example.com' };
const architect: Author = { name: 'ArchitectBot', email: 'architect@acme.example' };
const abbot: Author = { name: 'Jane Abbot', email: 'jane.abbot@acme.example' };

/** The platform monorepo: operator/ claimed by two teams' components, portal/ by two of one team's. */
function platformRepository(): TestRepo {
  const repo = new TestRepo('platform');
  repo.git('remote', 'add', 'origin', 'git@github.com:acme/platform.git');
  repo.commit('mailmap', { '.mailmap': 'The Octocat <1+OctoCat@users.noreply.github.com> octo <octo@laptop.local>\n' }, octocat);
  for (let i = 0; i < 6; i++) repo.commit(`operator ${i}`, { 'operator/main.go': `// ${i}\n` }, i % 2 ? octocat : laptop);
  for (let i = 0; i < 6; i++) repo.commit(`portal ${i}`, { 'portal/app.ts': `// ${i}\n` }, jdoe);
  for (let i = 0; i < 9; i++) repo.commit(`design ${i}`, { 'portal/design.md': `${i}\n`, 'operator/design.md': `${i}\n` }, architect);
  repo.commit('typo', { 'portal/README.md': 'x\n' }, abbot);
  return repo;
}

describe('people, bots and shared source locations in a real history', () => {
  const repo = platformRepository();

  it('matches noreply authors (after .mailmap) to Users by their logins, and lists bots and the unmatched', async () => {
    const result = AnalysisResult.parse(await analyze({ paths: [catalog], cwd: fixtures, history: { repos: [repo.dir], since: '2023-06-01' } }));
    const history = result.history;
    expect(history?.people.map((p) => [p.name, p.user, p.matchedBy])).toEqual([
      ['The Octocat', 'user:default/octocat', 'noreply-login'],
      ['J. Doe', 'user:default/jdoe', 'noreply-login'],
      ['Jane Abbot', undefined, undefined],
    ]);
    expect(history?.bots).toEqual([{ name: 'ArchitectBot', email: 'architect@acme.example', commits: 9, rule: 'name or login ends in bot', source: 'built-in' }]);
    expect(history?.matching).toMatchObject({ authors: 3, commits: 14, matched: { authors: 2, commits: 13 }, unmatched: { authors: 1, commits: 1, top: [{ id: 'jane.abbot@acme.example', name: 'Jane Abbot', revisions: 1 }] } });
    expect(history?.repositories[0]).toMatchObject({ commits: 23, kept: 14, bots: 9, botAuthors: ['ArchitectBot'] });
  });

  it('gives every component claiming one location its whole history, says so, and counts no coupling between them', async () => {
    const result = AnalysisResult.parse(await analyze({ paths: [catalog], cwd: fixtures, history: { repos: [repo.dir], since: '2023-06-01' } }));
    const components = new Map(result.history?.components.map((c) => [c.ref, c]));
    expect(components.get('component:default/operator')).toMatchObject({ revisions: 6, authors: 1, path: 'operator' });
    expect(components.get('component:default/operator-console')).toMatchObject({ revisions: 6, authors: 1, path: 'operator' });
    expect(components.get('component:default/portal')).toMatchObject({ revisions: 7, authors: 2 });
    expect(components.get('component:default/portal-worker')).toMatchObject({ revisions: 7, authors: 2 });
    expect(result.history?.coupling).toEqual([]);
    const shared = result.diagnostics.filter((d) => d.code === 'git-location-shared');
    expect(shared.map((d) => [d.severity, d.entity])).toEqual([
      ['warning', 'component:default/operator'],
      ['info', 'component:default/portal'],
    ]);
    expect(shared[0]?.message).toContain('component:default/operator, component:default/operator-console claim one source location, operator/ in');
    expect(shared[0]?.message).toContain('group:default/operators, group:default/web');
  });

  it('takes the same authors for bots when the git reader filters commits (teamfit mine --skip-bots)', async () => {
    const { commits } = await readHistory(repo.dir, { detail: 'names' });
    const selected = selectCommits(commits, { skipMerges: true, bots: botMatcher() });
    expect(selected.botAuthors).toEqual(['ArchitectBot <architect@acme.example>']);
    expect(selected.people).toHaveLength(14);
  });
});
