import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { AnalysisResult } from '../../src/result/index.js';
import { HOSTILE_NAME, xssResult } from '../fixtures/html/xss-result.js';
import { browserSkipReason, launchChromium } from './chromium.js';
import { clickNode, openReport, textOf } from './open-report.js';

const NORTHWIND = fileURLToPath(new URL('../../examples/northwind/', import.meta.url));
const skipReason = browserSkipReason();
if (skipReason !== undefined) console.warn(`skipping browser tests: ${skipReason}`);

describe.skipIf(skipReason !== undefined)('HTML report in Chromium', () => {
  let browser: Browser;
  let northwind: AnalysisResult;
  beforeAll(async () => {
    [browser, northwind] = await Promise.all([launchChromium(), analyze({ paths: [NORTHWIND] })]);
  });
  afterAll(async () => browser?.close());

  it('opens from a file:// URL with no console errors and no requests, and draws every entity and relation', async () => {
    const { page, problems } = await openReport(browser, northwind);
    const counts = await page.evaluate(() => {
      const cy = globalThis.teamfit?.cy;
      if (!cy) throw new Error('no graph');
      const count = (selector: string) => cy.nodes(selector).length + 0;
      return {
        nodes: cy.nodes().length,
        data: globalThis.teamfit?.data.nodes.length,
        leaves: count('[kind = "component"], [kind = "resource"], [kind = "api"]'),
        dependsOn: cy.edges('[kind = "dependsOn"]').length,
        apiEdges: cy.edges('[kind = "consumesApi"], [kind = "providesApi"]').length,
        crossTeam: cy.edges('[?isCrossTeam]').length,
      };
    });
    const of = (kinds: string[]) => northwind.model.entities.filter((entity) => kinds.includes(entity.kind)).length;
    const relations = (types: string[]) => northwind.model.relations.filter((relation) => types.includes(relation.type)).length;
    expect(counts.nodes).toBe(counts.data);
    expect(counts.leaves).toBe(of(['component', 'resource', 'api']));
    expect(counts.dependsOn).toBe(relations(['dependsOn']));
    expect(counts.apiEdges).toBe(relations(['consumesApi', 'providesApi']));
    expect(counts.crossTeam).toBeGreaterThan(0);
    // 10 teams, a person who owns a system and the box for entities without owner; 11 system boxes.
    expect(await page.evaluate(() => [globalThis.teamfit?.cy.nodes('[kind = "team"]').length, globalThis.teamfit?.cy.nodes('[kind = "slice"]').length])).toEqual([12, 11]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a node\'s findings when it is clicked', async () => {
    const { page, problems } = await openReport(browser, northwind);
    await clickNode(page, 'resource:default/orders-db');
    expect(await textOf(page, '#tf-details h3')).toBe('Resource: orders-db');
    const findings = await page.locator('#tf-node-findings li').allTextContents();
    expect(findings.join('\n')).toContain('shared-resource');
    expect(findings.join('\n')).toContain('A data-holding resource is shared across teams');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds a node by name, selects it and filters by team', async () => {
    const { page, problems } = await openReport(browser, northwind);
    await page.locator('#tf-search').fill('pick-pack');
    // The results list follows the typing; on a busy machine it may lag the fill, so wait for it to settle.
    await page.waitForFunction("document.querySelectorAll('#tf-results button').length === 1", null, { timeout: 15_000 });
    expect(await textOf(page, '#tf-results button')).toBe('pick-pack-service (component:default/pick-pack-service)');
    expect(await page.locator('#tf-results button').count()).toBe(1);
    await page.locator('#tf-search').press('Enter');
    await page.waitForFunction("document.querySelector('#tf-details h3')?.textContent === 'Component: pick-pack-service'", null, { timeout: 15_000 });
    expect(await textOf(page, '#tf-details h3')).toBe('Component: pick-pack-service');
    expect(await page.evaluate(() => globalThis.teamfit?.cy.getElementById('component:default/pick-pack-service').selected())).toBe(true);
    await page.locator('#tf-team').selectOption('group:default/warehouse-team');
    // cytoscape recomputes styles (and so `:visible`) on its next frame, not when a class changes.
    await page.waitForFunction("globalThis.teamfit?.cy.getElementById('component:default/order-service').hasClass('hidden')", null, { timeout: 15_000 });
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    const visible = await page.evaluate(() => globalThis.teamfit?.cy.nodes().filter(':visible').map((node) => node.id()) ?? []);
    expect(visible).toContain('component:default/pick-pack-service');
    expect(visible).not.toContain('component:default/order-service');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows hostile names as text and runs none of their scripts', async () => {
    const { page, problems } = await openReport(browser, await xssResult());
    expect(await page.locator('img, svg, b, script:not([type]) ~ script:not([type])').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain(HOSTILE_NAME);
    await clickNode(page, `component:default/${HOSTILE_NAME}`);
    expect(await textOf(page, '#tf-details h3')).toBe(`Component: ${HOSTILE_NAME}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
