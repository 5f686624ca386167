import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { buildViewData } from '../../src/report/html/view-data.js';
import type { AnalysisResult } from '../../src/result/index.js';
import { bigOrgResult } from '../fixtures/html/big-org.js';
import { browserSkipReason, launchChromium } from './chromium.js';
import { clickNode, openReport, openUrl, textOf } from './open-report.js';

const NORTHWIND = fileURLToPath(new URL('../../examples/northwind/', import.meta.url));
// Which generated organisations to open beside the example (components; a tenth as many teams, 300 for
// 2,000 as before): CI opens the 2,000; the bench in BENCHMARKS.md adds 10,000 with TEAMFIT_HTML_BENCH=2000,10000.
const SIZES = (process.env['TEAMFIT_HTML_BENCH'] ?? '2000').split(',').map(Number).filter((size) => size > 0);

// The time to interactive is measured and printed, never asserted: BENCHMARKS.md ("HTML report") records it.
describe.skipIf(browserSkipReason() !== undefined)('HTML report of big organisations, beside the example', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => browser?.close());

  it('opens the example first, as the yardstick of the same run', async () => {
    const { page, problems, readyAt } = await openReport(browser, await analyze({ paths: [NORTHWIND] }));
    console.log(`example report: interactive ${Math.round(readyAt)} ms after navigation; phases ${phases(await page.evaluate(() => globalThis.teamfit?.timings))}`);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it.each(SIZES)('a %i-component organisation opens on its departments, drills into one, a team and a component, and answers a search', async (components) => {
    const result: AnalysisResult = await bigOrgResult(components === 2000 ? { teams: 300, components, seed: 6 } : { teams: components / 10, components, seed: 7 });
    expect(result.summary.components).toBe(components);
    const { page, problems, readyAt, url } = await openReport(browser, result);
    const counts = await page.evaluate(() => {
      const teamfit = globalThis.teamfit;
      return { nodes: teamfit?.cy.nodes().length, edges: teamfit?.cy.edges().length, org: teamfit?.data.org.nodes.length, mode: teamfit?.data.org.mode, timings: teamfit?.timings };
    });
    // Only the organisation is drawn at first: one node per department (the generated teams' parent groups), no team, no component.
    expect(counts.mode).toBe('departments');
    expect(counts.nodes).toBe(counts.org);
    expect(await page.evaluate(() => globalThis.teamfit?.cy.nodes('[kind != "department"]').length)).toBe(0);

    // Its components, resources and APIs come packed apart, unpacked after the first draw.
    expect(await page.evaluate("document.getElementById('teamfit-data-gz') !== null")).toBe(true);

    const view = buildViewData(result);
    const target = result.findings.find((finding) => finding.subject.startsWith('component:'))?.subject ?? 'none';
    const team = view.nodes.find((node) => node.id === target)?.team ?? '';
    const department = view.org.inner?.nodes.find((node) => node.id === team)?.department ?? '';
    expect(department).toMatch(/^department:group:/);
    // Clicked as soon as the organisation is drawn: a department opens from the organisation data alone,
    // its teams and systems drawn; the team's components then wait for the component data if they must.
    const clickStarted = Date.now();
    await clickNode(page, department);
    await page.waitForFunction(() => globalThis.teamfit?.graph.level.kind === 'department', null, { timeout: 60_000 });
    const departmentMs = Date.now() - clickStarted;
    expect(new URL(page.url()).searchParams.get('open')).toBe(department);
    expect(await textOf(page, '#tf-details h3')).toMatch(/^Department: /);
    const inDepartment = await page.evaluate(() => globalThis.teamfit?.cy.nodes().map((node) => node.data('kind') as string) ?? []);
    expect(new Set(inDepartment)).toEqual(new Set(['team', 'system', ...(inDepartment.includes('loose') ? ['loose'] : [])]));
    await clickNode(page, team);
    await page.waitForFunction(() => globalThis.teamfit?.graph.level.kind === 'drill', null, { timeout: 60_000 });
    const drillMs = Date.now() - clickStarted;
    const detailsAt = await page.evaluate(() => globalThis.teamfit?.detailsAt ?? Number.NaN);
    await clickNode(page, target);
    expect(await textOf(page, '#tf-node-findings li')).toContain(result.findings.find((finding) => finding.subject === target)?.ruleId);
    // Back goes up one level at a time: the department, then the organisation.
    await page.locator('#tf-cy').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction((id) => globalThis.teamfit?.graph.level.kind === 'department' && globalThis.teamfit.graph.level.id === id, department, { timeout: 15_000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => globalThis.teamfit?.graph.level.kind === 'org', null, { timeout: 15_000 });
    // The keyboard reaches a department too: arrows select one, Enter opens it.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => globalThis.teamfit?.graph.level.kind === 'department', null, { timeout: 15_000 });

    await page.locator('#tf-search').fill(target.slice(target.indexOf('/') + 1));
    await page.locator('#tf-results button', { hasText: target }).first().waitFor({ timeout: 30_000 });
    // A department is found by its name, and picking it opens it.
    const departmentRef = department.slice('department:'.length);
    await page.locator('#tf-search').fill(departmentRef.slice(departmentRef.indexOf('/') + 1));
    await page.locator('#tf-results button', { hasText: `(${departmentRef})` }).first().click({ timeout: 30_000 });
    await page.waitForFunction((id) => globalThis.teamfit?.graph.level.kind === 'department' && globalThis.teamfit.graph.level.id === id, department, { timeout: 15_000 });
    console.log(
      `${components}-component report: ${counts.org} organisation nodes (${counts.mode}), ${counts.edges} edges; interactive ${Math.round(readyAt)} ms after navigation; component data unpacked ${Math.round(detailsAt)} ms after navigation; ` +
        `department opened ${departmentMs} ms after a click made on the first draw, its team's components ${drillMs} ms after that first click; phases ${phases(counts.timings)}`,
    );

    // A shared link to one team's view opens it, the component data unpacked first.
    const shared = await openUrl(browser, `${url}?open=${encodeURIComponent(team)}`);
    expect(await shared.page.evaluate(() => globalThis.teamfit?.graph.level)).toMatchObject({ kind: 'drill', id: team });
    expect(await shared.page.evaluate(() => globalThis.teamfit?.cy.nodes('[kind = "component"]').length)).toBeGreaterThan(0);
    // And a link to a department opens it, with the team filter applied to its teams.
    const filtered = await openUrl(browser, `${url}?open=${encodeURIComponent(department)}&team=${encodeURIComponent(team)}`);
    expect(await filtered.page.evaluate(() => globalThis.teamfit?.graph.level)).toMatchObject({ kind: 'department', id: department });
    const shown = await filtered.page.evaluate(() => globalThis.teamfit?.cy.nodes(':visible').map((node) => node.id()) ?? []);
    expect(shown).toContain(team);
    expect(shown.every((id) => id === team || id.startsWith(`slice:${team}|`) || id === `loose:${team}`)).toBe(true);
    expect([...problems, ...shared.problems, ...filtered.problems]).toEqual([]);
    await Promise.all([page.close(), shared.page.close(), filtered.page.close()]);
  }, 600_000);
});

function phases(timings: Record<string, number> | undefined): string {
  return JSON.stringify(timings, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value) : value));
}
