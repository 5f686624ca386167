import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/result/index.js';
import { bigOrgResult } from '../fixtures/html/big-org.js';
import { browserSkipReason, launchChromium } from './chromium.js';
import { clickNode, openReport, textOf } from './open-report.js';

// The time to interactive is measured and printed, never asserted: BENCHMARKS.md ("HTML report") records it.
describe.skipIf(browserSkipReason() !== undefined)('HTML report of a 2,000-component, 300-team organisation', () => {
  let browser: Browser;
  let result: AnalysisResult;
  beforeAll(async () => {
    [browser, result] = await Promise.all([launchChromium(), bigOrgResult()]);
  }, 120_000);
  afterAll(async () => browser?.close());

  it('draws every component and team, becomes interactive, and answers a click and a search', async () => {
    expect(result.summary.components).toBe(2000);
    const started = Date.now();
    const { page, problems, readyAt } = await openReport(browser, result);
    const counts = await page.evaluate(() => {
      const cy = globalThis.teamfit?.cy;
      return { components: cy?.nodes('[kind = "component"]').length, nodes: cy?.nodes().length, edges: cy?.edges().length, data: globalThis.teamfit?.data, timings: globalThis.teamfit?.timings };
    });
    expect(counts.components).toBe(2000);
    expect(counts.nodes).toBe(counts.data?.nodes.length);
    expect(counts.edges).toBe(counts.data?.edges.length);
    expect(counts.data?.nodes.filter((node) => node.kind === 'team').length).toBeGreaterThanOrEqual(300);

    const target = result.findings.find((finding) => finding.subject.startsWith('component:'))?.subject ?? 'none';
    const clickStarted = Date.now();
    await clickNode(page, target);
    expect(await textOf(page, '#tf-node-findings li')).toContain(result.findings.find((finding) => finding.subject === target)?.ruleId);
    const clickMs = Date.now() - clickStarted;
    await page.locator('#tf-search').fill(target.slice(target.indexOf('/') + 1));
    expect(await textOf(page, '#tf-results button')).toContain(target);
    console.log(
      `big report: ${counts.nodes} nodes, ${counts.edges} edges; interactive ${Math.round(readyAt)} ms after navigation ` +
        `(${Date.now() - started} ms wall incl. checks); click to findings shown ${clickMs} ms; phases ${JSON.stringify(counts.timings, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value) : value))}`,
    );
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
