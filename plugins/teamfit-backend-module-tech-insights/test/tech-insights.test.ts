import { mockCredentials } from '@backstage/backend-test-utils';
import teamfitPlugin, { TEAMFIT_TASK_ID } from '../../teamfit-backend/src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from 'teamfit';
import { runTeamfit } from '../../../test/cli/run-teamfit.js';
import { buildNorthwindHistory, defaultFeature, NORTHWIND, startNorthwindBackend, type NorthwindBackend } from '../../teamfit-backend/test/northwind-backend.js';
import techInsightsModuleTeamfit, { TEAMFIT_FACT_RETRIEVER_ID, TEAMFIT_FACT_RETRIEVER_NAME, teamfitChecks } from '../src/index.js';

interface LatestFacts {
  [retriever: string]: { entity: { kind: string; namespace: string; name: string }; facts: Record<string, unknown> };
}

// The module in a real backend with the real catalog, the teamfit plugin and the Tech Insights backend with
// its JSON-rules-engine checker: the facts must say what `teamfit analyze` says of the same entities.
describe('the teamfit Tech Insights module', () => {
  let northwind: NorthwindBackend;
  let cli: AnalysisResult;
  const headers = { authorization: mockCredentials.user.header(), 'content-type': 'application/json' };
  const facts = async (ref: string) => {
    const response = await fetch(`${northwind.url}/api/tech-insights/facts/latest?entity=${encodeURIComponent(ref)}&ids[]=${TEAMFIT_FACT_RETRIEVER_ID}`, { headers });
    expect(response.status).toBe(200);
    return ((await response.json()) as LatestFacts)[TEAMFIT_FACT_RETRIEVER_ID]?.facts;
  };
  const checks = async (ref: string) => {
    const [kind, rest] = ref.split(':');
    const [namespace, name] = (rest ?? '').split('/');
    const response = await fetch(`${northwind.url}/api/tech-insights/checks/run/${namespace}/${kind}/${name}`, { method: 'POST', headers, body: JSON.stringify({ checks: Object.keys(teamfitChecks) }) });
    expect(response.status).toBe(200);
    const results = (await response.json()) as { check: { id: string }; result: boolean }[];
    return Object.fromEntries(results.map((r) => [r.check.id, r.result]));
  };
  const about = (ref: string) => {
    const system = cli.systems.find((s) => s.ref === ref);
    const team = cli.teams.find((t) => t.ref === ref);
    const subjects = new Set([ref, ...(system ? [...system.components, ...system.resources, ...system.apis] : []), ...(team?.owns ?? [])]);
    return cli.findings.filter((f) => subjects.has(f.subject));
  };

  beforeAll(async () => {
    const repos = buildNorthwindHistory();
    const config = {
      teamfit: { schedule: { frequency: { minutes: 30 }, timeout: { minutes: 5 }, initialDelay: { minutes: 30 } }, history: { reposDir: repos } },
      techInsights: { factRetrievers: { [TEAMFIT_FACT_RETRIEVER_NAME]: { cadence: '0 3 * * *', lifecycle: { maxItems: 5 } } }, factChecker: { checks: JSON.parse(JSON.stringify(teamfitChecks)) } },
    };
    const features = [
      teamfitPlugin,
      defaultFeature(await import('@backstage-community/plugin-tech-insights-backend')),
      defaultFeature(await import('@backstage-community/plugin-tech-insights-backend-module-jsonfc')),
      techInsightsModuleTeamfit,
    ];
    const [backend, analysed] = await Promise.all([startNorthwindBackend(features, config), runTeamfit(['analyze', NORTHWIND, '--repos-dir', repos, '--format', 'json', '--fail-on', 'none'])]);
    northwind = backend;
    cli = JSON.parse(analysed.stdout) as AnalysisResult;
    await northwind.trigger('teamfit', TEAMFIT_TASK_ID);
    await northwind.trigger('tech-insights', TEAMFIT_FACT_RETRIEVER_ID);
  }, 300_000);
  afterAll(async () => northwind?.backend.stop());

  it('publishes per System the architecture, its confidence, the fit and the findings per rule the CLI gives', async () => {
    for (const system of cli.systems.filter((s) => !s.inferred)) {
      const findings = about(system.ref);
      expect(await facts(system.ref), system.ref).toMatchObject({
        architecture: system.architecture.label,
        architectureConfidence: system.architecture.confidence,
        fit: system.fit.verdict,
        fitsModel: system.fit.verdict === 'fits',
        findings: findings.length,
        knowledgeIslandFindings: findings.filter((f) => f.ruleId === 'knowledge-island').length,
        tightCouplingFindings: findings.filter((f) => f.ruleId === 'tight-coupling').length,
      });
    }
    expect(await facts('system:default/fulfilment')).toMatchObject({ architecture: 'micro-monolith', tightCouplingFindings: 1 });
  });

  it('publishes per Group the structure and the findings about it and what it owns', async () => {
    for (const team of cli.teams.filter((t) => t.ref.startsWith('group:'))) {
      const findings = about(team.ref);
      expect(await facts(team.ref), team.ref).toMatchObject({ structure: team.structure.label, structureConfidence: team.structure.confidence, findings: findings.length });
    }
    expect(await facts('group:default/site-reliability')).toMatchObject({ sreGatekeeperFindings: 1 });
  });

  it("runs the model's checks in the JSON rules engine", async () => {
    const island = cli.systems.find((s) => s.components.includes('component:default/refunds'));
    const owned = cli.systems.find((s) => !s.inferred && about(s.ref).some((f) => f.ruleId === 'devops-team-owns-system'));
    const clean = cli.systems.find((s) => !s.inferred && s.fit.verdict === 'fits' && about(s.ref).length === 0);
    expect(island && owned && clean).toBeTruthy();
    expect(await checks(island!.ref)).toMatchObject({ 'teamfit-no-knowledge-island': false });
    expect(await checks(owned!.ref)).toMatchObject({ 'teamfit-no-devops-team-owner': false });
    expect(await checks(clean!.ref)).toEqual({ 'teamfit-no-devops-team-owner': true, 'teamfit-fits-the-model': true, 'teamfit-no-knowledge-island': true });
  });
});
