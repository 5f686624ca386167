import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { AnalysisResult } from '../../src/result/index.js';
import { analyze } from '../../src/run.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the Northwind example with its git history', async () => {
  const repos = path.join(mkdtempSync(path.join(tmpdir(), 'teamfit-northwind-')), 'repos');
  execFileSync('node', [path.join(root, 'examples/northwind/build-history.mjs'), repos], { stdio: 'ignore' });
  const result = AnalysisResult.parse(await analyze({ paths: [path.join(root, 'examples/northwind')], cwd: root, history: { reposDir: repos } }));
  const system = (name: string) => result.systems.find((s) => s.ref === `system:default/${name}`);
  const findings = (ruleId: string) => result.findings.filter((f) => f.ruleId === ruleId).map((f) => f.subject);

  it('reads every repository the script builds, bots apart', () => {
    expect(result.history?.repositories).toHaveLength(16);
    expect(result.history?.repositories.every((r) => r.bots === 3 && r.botAuthors.includes('renovate[bot]'))).toBe(true);
    expect(result.history?.unmatchedAuthors).toEqual([]);
  });

  it('uses git evidence in the verdicts, and they stay those of the catalog', () => {
    expect(system('delivery')?.architecture).toMatchObject({ label: 'microservices' });
    expect(system('delivery')?.architecture.signals.find((s) => s.id === 'changes-stay-in-team')).toMatchObject({ value: 5, pushes: 'microservices' });
    expect(system('fulfilment')?.architecture.label).toBe('micro-monolith');
    expect(system('fulfilment')?.architecture.signals.find((s) => s.id === 'co-change')).toMatchObject({ pushes: 'micro-monolith', source: 'git' });
    expect(system('storefront')?.architecture.label).toBe('monolith');
  });

  it('raises each git rule where the example means it', () => {
    expect(findings('knowledge-island')).toEqual(['component:default/refunds']);
    expect(findings('low-team-alignment')).toEqual(['component:default/stock-sync']);
    expect(findings('sre-gatekeeper')).toEqual(['group:default/site-reliability']);
    expect(findings('cross-team-coupling')).toContain('component:default/order-service');
  });

  it('gives the same result through the commit cache, cold and warm', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'teamfit-northwind-cache-'));
    const cached = () => analyze({ paths: [path.join(root, 'examples/northwind')], cwd: root, history: { reposDir: repos, cacheDir } });
    const verdicts = (r: AnalysisResult) => ({ history: r.history, systems: r.systems, teams: r.teams, findings: r.findings, diagnostics: r.diagnostics });
    const cold = AnalysisResult.parse(await cached());
    expect(verdicts(cold)).toEqual(verdicts(result));
    expect(readdirSync(cacheDir)).toContain('git-history.sqlite');
    expect(verdicts(AnalysisResult.parse(await cached()))).toEqual(verdicts(result));
  });

  it('shows the history in the terminal report', async () => {
    const text = await renderReport(result, 'terminal', { color: false });
    expect(text).toMatch(/^Git history \(16 repositories, /m);
    expect(text).toMatch(/socio-technical congruence: \d+%/);
  });
});
