import { mockCredentials } from '@backstage/backend-test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult, Finding } from 'teamfit';
import { comparable } from '../../../test/backstage-api/comparable.js';
import { runTeamfit } from '../../../test/cli/run-teamfit.js';
import teamfitPlugin, { TEAMFIT_TASK_ID, type EntityAnswer } from '../src/index.js';
import { comparableAnswers, portable, readFixture, recordAnswers, writeFixture } from './frontend-fixture.js';
import { buildNorthwindHistory, GUEST, NORTHWIND, OUTSIDER, startNorthwindBackend, type NorthwindBackend } from './northwind-backend.js';

// The plugin in a real Backstage backend with the real catalog holding the example organisation: what it
// serves must be what `teamfit analyze --format json` says of the same entities and the same clones.
describe('the teamfit backend plugin', () => {
  let northwind: NorthwindBackend;
  let cli: AnalysisResult;
  let repos: string;
  const user = { authorization: mockCredentials.user.header() };
  const get = (path: string, headers: Record<string, string> = user) => fetch(`${northwind.url}/api/teamfit${path}`, { headers });

  beforeAll(async () => {
    repos = buildNorthwindHistory();
    const config = { teamfit: { schedule: { frequency: { minutes: 30 }, timeout: { minutes: 5 }, initialDelay: { minutes: 30 } }, history: { reposDir: repos } } };
    const [backend, analysed] = await Promise.all([
      startNorthwindBackend([teamfitPlugin], config),
      runTeamfit(['analyze', NORTHWIND, '--repos-dir', repos, '--format', 'json', '--fail-on', 'none']),
    ]);
    northwind = backend;
    expect(analysed.stderr).toBe('');
    cli = JSON.parse(analysed.stdout) as AnalysisResult;
  }, 300_000);
  afterAll(async () => northwind?.backend.stop());

  it('has no result before its first run, and says when it will have one', async () => {
    const response = await get('/result');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('teamfit.schedule');
  });

  it('serves the result the CLI gives for the same entities and clones, after its task ran', { timeout: 240_000 }, async () => {
    await northwind.trigger('teamfit', TEAMFIT_TASK_ID);
    const response = await get('/result');
    expect(response.status).toBe(200);
    const served = (await response.json()) as AnalysisResult;
    expect(served.inputs).toEqual(['backstage-catalog']);
    expect(served.history?.repositories).toHaveLength(16);
    expect(served.systems.length).toBeGreaterThan(5);
    expect(comparable(served)).toEqual(comparable(cli));
  });

  it('answers per System and per Group with the verdict, its signals, the fit and the findings', async () => {
    const fulfilment = (await (await get('/entities/system/default/fulfilment')).json()) as EntityAnswer;
    const system = cli.systems.find((s) => s.ref === 'system:default/fulfilment');
    expect(fulfilment.verdict).toMatchObject({ aspect: 'architecture', label: system?.architecture.label, confidence: system?.architecture.confidence });
    expect(fulfilment.verdict?.label).toBe('micro-monolith');
    expect(fulfilment.signals.map((s) => s.id)).toEqual(system?.architecture.signals.map((s) => s.id));
    expect(fulfilment.fits).toEqual([{ system: 'system:default/fulfilment', fit: system?.fit }]);
    const about = new Set(['system:default/fulfilment', ...(system?.components ?? []), ...(system?.resources ?? []), ...(system?.apis ?? [])]);
    expect(keys(fulfilment.findings)).toEqual(keys(cli.findings.filter((f) => about.has(f.subject))));
    expect(keys(fulfilment.findings)).toContain('tight-coupling system:default/fulfilment');

    const sre = (await (await get('/entities/Group/default/site-reliability')).json()) as EntityAnswer;
    const team = cli.teams.find((t) => t.ref === 'group:default/site-reliability');
    expect(sre.verdict).toMatchObject({ aspect: 'structure', label: team?.structure.label });
    expect(sre.fits.map((f) => f.system).sort()).toEqual(cli.systems.filter((s) => s.fit.teams.some((t) => t.team === team?.ref)).map((s) => s.ref).sort());
    expect(keys(sre.findings)).toContain('sre-gatekeeper group:default/site-reliability');
  });

  it("answers what the frontend plugin's recorded fixture holds (TEAMFIT_RECORD_FIXTURES=1 records it again)", { timeout: 60_000 }, async () => {
    const answers = await recordAnswers(get);
    expect(Object.keys(answers.entities)).toContain('system:default/fulfilment');
    if (process.env['TEAMFIT_RECORD_FIXTURES']) writeFixture(answers, repos);
    expect(comparableAnswers(readFixture())).toEqual(comparableAnswers(JSON.parse(portable(answers, repos)) as typeof answers));
  });

  it('keeps every run in its history', { timeout: 240_000 }, async () => {
    await northwind.trigger('teamfit', TEAMFIT_TASK_ID);
    const { runs } = (await (await get('/history')).json()) as { runs: { id: number; summary: { systems: number } }[] };
    expect(runs).toHaveLength(2);
    expect(runs[0]!.id).toBeGreaterThan(runs[1]!.id);
    expect(runs[0]!.summary.systems).toBe(cli.summary.systems);
  });

  it('refuses unauthenticated requests with 401', async () => {
    for (const path of ['/result', '/history', '/entities/system/default/fulfilment']) {
      expect((await get(path, {})).status).toBe(401);
      expect((await get(path, { authorization: mockCredentials.user.invalidHeader() })).status).toBe(401);
    }
  });

  it('refuses a user the permission policy denies teamfit.result.read with 403', async () => {
    expect((await get('/result', { authorization: mockCredentials.user.header(OUTSIDER) })).status).toBe(403);
    expect((await get('/entities/system/default/fulfilment', { authorization: mockCredentials.user.header(OUTSIDER) })).status).toBe(403);
  });

  it('answers 404 for an entity the caller cannot read in the catalog, or that teamfit does not know', async () => {
    expect((await get('/entities/system/default/fulfilment', { authorization: mockCredentials.user.header(GUEST) })).status).toBe(404);
    expect((await get('/entities/system/default/no-such-system')).status).toBe(404);
  });
});

function keys(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.subject}`).sort();
}
