import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SuggestResult } from '../../src/result/index.js';
import { suggest } from '../../src/suggest/index.js';
import { FixtureRepo } from '../git/fixture-repo.js';
import { ROOT } from '../cli/run-teamfit.js';
import { twoTeamShopCatalog } from './two-team-shop.js';

const NOW = new Date('2026-12-04T00:00:00Z');


/**
 * By construction: each team owns one service and changes the other team's all the time, so the
 * suggestion is to swap them. `owners` gives each service's owner.
 */
function swappedOrganisation(owners: Record<string, string>): { dir: string; repos: string } {
  const dir = mkdtempSync(join(tmpdir(), 'teamfit-suggest-'));
  writeFileSync(
    join(dir, 'catalog.yaml'),
    twoTeamShopCatalog(owners),
  );
  const repos = join(dir, 'repos');
  mkdirSync(join(repos, 'shop'), { recursive: true });
  const repo = new FixtureRepo(join(repos, 'shop'));
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/shop.git');
  for (let day = 1; day <= 10; day++) {
    const date = `2026-06-${String(day).padStart(2, '0')}`;
    // The red team works on the blue team's service, and the other way round.
    repo.commit({ name: 'rita', email: 'rita@acme.test' }, date, { [`blue-svc/f${day}.ts`]: `${day}` });
    repo.commit({ name: 'bea', email: 'bea@acme.test' }, date, { [`red-svc/f${day}.ts`]: `${day}` });
  }
  return { dir, repos };
}

describe('teamfit suggest', { timeout: 120_000 }, () => {
  let org: { dir: string; repos: string };
  beforeAll(() => {
    org = swappedOrganisation({ 'red-svc': 'red-team', 'blue-svc': 'blue-team' });
  }, 120_000);
  const run = (config = {}) => suggest({ paths: [org.dir], cwd: org.dir, config, history: { reposDir: org.repos, now: NOW } });

  it('swaps two services that each team changes for the other', async () => {
    const result = SuggestResult.parse(await run());
    const [boundaries] = result.suggestions;
    expect(boundaries?.kind).toBe('boundaries');
    expect(boundaries?.moves.map(({ component, to }) => [component, to])).toEqual([
      ['component:default/red-svc', 'group:default/blue-team'],
      ['component:default/blue-svc', 'group:default/red-team'],
    ]);
    const { before, after } = boundaries?.whatIf.measures ?? {};
    expect(after?.coordination.congruence ?? 0).toBeGreaterThan(before?.coordination.congruence ?? 1);
    expect(boundaries?.whatIf.moves.map((m) => m.knowledgeLoss)).toEqual([0, 0]);
    expect(boundaries?.whatIf.findings.disappear.map((f) => f.ruleId)).toContain('low-team-alignment');
  });

  it('gives the same suggestion for the same seed', async () => {
    const [a, b] = [await run({ suggest: { seed: 7 } }), await run({ suggest: { seed: 7 } })];
    expect(b.suggestions.map((s) => s.moves)).toEqual(a.suggestions.map((s) => s.moves));
  });

  it('never moves a pinned component, and moves nothing when moving costs more than it gains', async () => {
    const pinned = await run({ suggest: { pinned: ['component:red-svc'], capacity: 2 } });
    expect(pinned.suggestions[0]?.moves.map((m) => m.component)).toEqual(['component:default/blue-svc']);
    const costly = await run({ suggest: { moveCost: 100 } });
    expect(costly.suggestions[0]?.moves).toEqual([]);
    expect(costly.suggestions[0]?.whatIf.findings.disappear).toEqual([]);
  });
});

describe('teamfit suggest on the example', { timeout: 120_000 }, () => {
  it('offers the two ways out of the micro-monolith, and route A consolidates it into a monolith', async () => {
    const result = await suggest({ paths: [join(ROOT, 'examples/northwind')], cwd: ROOT });
    const routes = result.suggestions.filter((s) => s.system === 'system:default/fulfilment' && s.kind !== 'boundaries');
    expect(routes.map((r) => r.kind)).toEqual(['consolidate', 'cut-couplings']);
    const consolidate = routes[0]?.whatIf.systems.find((s) => s.ref === 'system:default/fulfilment');
    expect(consolidate?.before?.architecture).toBe('micro-monolith');
    expect(consolidate?.after?.architecture).toBe('monolith');
    const cuts = routes[1]?.plan['changes'] as Array<{ cut?: { from: string; to: string } }>;
    expect(cuts.map((c) => c.cut?.to)).toContain('resource:default/orders-db');
  });
});
