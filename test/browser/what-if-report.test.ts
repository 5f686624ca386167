import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/result/index.js';
import { parsePlan, whatIf } from '../../src/what-if/index.js';
import { browserSkipReason, launchChromium } from './chromium.js';
import { openReport } from './open-report.js';

const NORTHWIND = fileURLToPath(new URL('../../examples/northwind/', import.meta.url));
const PLAN = `title: Hand fulfilment to the teams that build it
changes:
  - move: [component:stock-sync, resource:supplier-feed-bucket]
    to: group:warehouse-team
  - move: system:fulfilment
    to: group:orders-team
`;
const skipReason = browserSkipReason();

describe.skipIf(skipReason !== undefined)('HTML report of a what-if plan in Chromium', () => {
  let browser: Browser;
  let after: AnalysisResult;
  beforeAll(async () => {
    [browser, { after }] = await Promise.all([launchChromium(), whatIf(parsePlan(PLAN, 'plan.yaml'), { paths: [NORTHWIND] })]);
  });
  afterAll(async () => browser?.close());

  it('shows the plan with before and after side by side above the organisation after it', async () => {
    const { page, problems } = await openReport(browser, after);
    // First in the page and in its navigation.
    expect(await page.locator('main > section').first().getAttribute('id')).toBe('what-if');
    expect(await page.locator('nav a').first().getAttribute('href')).toBe('#what-if');
    expect(await page.locator('#what-if h2').textContent()).toBe('What if: Hand fulfilment to the teams that build it');
    expect(await page.locator('#what-if ol.whatif-changes li').count()).toBe(2);

    // Measures: one row per measure, a before and an after column.
    const headers = await page.locator('#tf-whatif-measures thead th').allTextContents();
    expect(headers).toEqual(['measure', 'before', 'after']);
    const congruence = page.locator('#tf-whatif-measures tbody tr', { hasText: 'ownership congruence' });
    const [before, afterValue] = await congruence.locator('td').allTextContents();
    expect(before).not.toBe(afterValue);

    // The system the plan hands over: its owners before and after, in cells side by side.
    const fulfilment = page.locator('#tf-whatif-systems tbody tr', { hasText: 'fulfilment' });
    expect(await fulfilment.locator('td.before').textContent()).toContain('devops-team');
    expect(await fulfilment.locator('td.after').textContent()).toContain('orders-team');
    const [beforeBox, afterBox] = await Promise.all([fulfilment.locator('td.before').boundingBox(), fulfilment.locator('td.after').boundingBox()]);
    expect(afterBox?.x ?? 0).toBeGreaterThan((beforeBox?.x ?? 0) + (beforeBox?.width ?? 0) - 1);
    expect(Math.abs((afterBox?.y ?? 0) - (beforeBox?.y ?? 0))).toBeLessThan(2);

    // Findings gone and new in two columns: the DevOps team owning the system is gone.
    expect(await page.locator('#tf-whatif-gone').textContent()).toContain('devops-team-owns-system');
    expect(await page.locator('#tf-whatif-new').textContent()).not.toContain('devops-team-owns-system');
    const [gone, added] = await Promise.all([page.locator('#tf-whatif-gone').boundingBox(), page.locator('#tf-whatif-new').boundingBox()]);
    expect(added?.x ?? 0).toBeGreaterThan(gone?.x ?? 0);

    // The rest of the report is the organisation after the plan.
    expect(await page.locator('#tf-systems tbody tr', { hasText: 'fulfilment' }).textContent()).toContain('orders-team');
    expect(problems).toEqual([]);
    await page.close();
  });
});
