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

  it.each(SIZES)('a %i-component organisation opens on the organisation view, drills into a team, and answers a search', async (components) => {
    const result: AnalysisResult = await bigOrgResult(components === 2000 ? { teams: 300, components, seed: 6 } : { teams: components / 10, components, seed: 7 });
    expect(result.summary.components).toBe(components);
    const { page, problems, readyAt, url } = await openReport(browser, result);
    const counts = await page.evaluate(() => {
      const teamfit = globalThis.teamfit;
      return { nodes: teamfit?.cy.nodes().length, edges: teamfit?.cy.edges().length, org: teamfit?.data.org.nodes.length, mode: teamfit?.data.org.mode, timings: teamfit?.timings };
    });
    // Only the organisation is drawn at first: teams (and their systems on a smaller catalog), no component.
    expect(counts.nodes).toBe(counts.org);
    expect(await page.evaluate(() => globalThis.teamfit?.cy.nodes('[kind = "component"]').length)).toBe(0);

    // Its components, resources and APIs come packed apart, unpacked after the first draw.
    expect(await page.evaluate("document.getElementById('teamfit-data-gz') !== null")).toBe(true);

    const target = result.findings.find((finding) => finding.subject.startsWith('component:'))?.subject ?? 'none';
    const team = buildViewData(result).nodes.find((node) => node.id === target)?.team ?? '';
    // Clicked as soon as the organisation is drawn: the drill-down waits for the component data if it must.
    const clickStarted = Date.now();
    await clickNode(page, team);
    await page.waitForFunction(() => globalThis.teamfit?.graph.level.kind === 'drill', null, { timeout: 60_000 });
    const drillMs = Date.now() - clickStarted;
    const detailsAt = await page.evaluate(() => globalThis.teamfit?.detailsAt ?? Number.NaN);
    await clickNode(page, target);
    expect(await textOf(page, '#tf-node-findings li')).toContain(result.findings.find((finding) => finding.subject === target)?.ruleId);
    await page.locator('#tf-search').fill(target.slice(target.indexOf('/') + 1));
    await page.locator('#tf-results button', { hasText: target }).first().waitFor({ timeout: 30_000 });
    console.log(
      `${components}-component report: ${counts.org} organisation nodes (${counts.mode}), ${counts.edges} edges; interactive ${Math.round(readyAt)} ms after navigation; component data unpacked ${Math.round(detailsAt)} ms after navigation; ` +
        `team graph opened ${drillMs} ms after the click; phases ${phases(counts.timings)}`,
    );

    // A shared link to one team's view opens it, the component data unpacked first.
    const shared = await openUrl(browser, `${url}?open=${encodeURIComponent(team)}`);
    expect(await shared.page.evaluate(() => globalThis.teamfit?.graph.level)).toMatchObject({ kind: 'drill', id: team });
    expect(await shared.page.evaluate(() => globalThis.teamfit?.cy.nodes('[kind = "component"]').length)).toBeGreaterThan(0);
    expect([...problems, ...shared.problems]).toEqual([]);
    await Promise.all([page.close(), shared.page.close()]);
  }, 600_000);
});

function phases(timings: Record<string, number> | undefined): string {
  return JSON.stringify(timings, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value) : value));
}
