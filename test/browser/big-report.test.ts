import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { AnalysisResult } from '../../src/result/index.js';
import { bigOrgResult } from '../fixtures/html/big-org.js';
import { browserSkipReason, launchChromium } from './chromium.js';
import { clickNode, openReport, textOf } from './open-report.js';

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
    const { page, problems, readyAt } = await openReport(browser, result);
    const counts = await page.evaluate(() => {
      const teamfit = globalThis.teamfit;
      return { nodes: teamfit?.cy.nodes().length, edges: teamfit?.cy.edges().length, org: teamfit?.data.org.nodes.length, mode: teamfit?.data.org.mode, timings: teamfit?.timings };
    });
    // Only the organisation is drawn at first: teams (and their systems on a smaller catalog), no component.
    expect(counts.nodes).toBe(counts.org);
    expect(await page.evaluate(() => globalThis.teamfit?.cy.nodes('[kind = "component"]').length)).toBe(0);

    // The component-level data is unpacked after the first draw: the drill-down below needs it.
    await page.waitForSelector('html[data-details-ready="true"]', { timeout: 120_000 });
    const detailsAt = await page.evaluate(() => globalThis.teamfit?.detailsAt ?? Number.NaN);
    const target = result.findings.find((finding) => finding.subject.startsWith('component:'))?.subject ?? 'none';
    const team = await page.evaluate((ref) => globalThis.teamfit?.data.nodes.find((node) => node.id === ref)?.team ?? '', target);
    const clickStarted = Date.now();
    await clickNode(page, team);
    await page.waitForFunction(() => globalThis.teamfit?.graph.level.kind === 'drill', null, { timeout: 30_000 });
    const drillMs = Date.now() - clickStarted;
    await clickNode(page, target);
    expect(await textOf(page, '#tf-node-findings li')).toContain(result.findings.find((finding) => finding.subject === target)?.ruleId);
    await page.locator('#tf-search').fill(target.slice(target.indexOf('/') + 1));
    await page.locator('#tf-results button', { hasText: target }).first().waitFor({ timeout: 30_000 });
    console.log(
      `${components}-component report: ${counts.org} organisation nodes (${counts.mode}), ${counts.edges} edges; interactive ${Math.round(readyAt)} ms after navigation; component data unpacked at ${Math.round(detailsAt)} ms; ` +
        `team graph opened ${drillMs} ms after the click; phases ${phases(counts.timings)}`,
    );
    expect(problems).toEqual([]);
    await page.close();
  }, 600_000);
});

function phases(timings: Record<string, number> | undefined): string {
  return JSON.stringify(timings, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value) : value));
}
