import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { AnalysisResult } from '../../src/result/index.js';
import { HOSTILE_NAME, xssResult } from '../fixtures/html/xss-result.js';
import { browserSkipReason, launchChromium } from './chromium.js';
import { clickNode, nextFrames, openReport, openUrl, textOf } from './open-report.js';

const NORTHWIND = fileURLToPath(new URL('../../examples/northwind/', import.meta.url));
const LINKS = fileURLToPath(new URL('../fixtures/html/links/', import.meta.url));
const skipReason = browserSkipReason();
if (skipReason !== undefined) console.warn(`skipping browser tests: ${skipReason}`);

const ORDERS_DB = 'resource:default/orders-db';

describe.skipIf(skipReason !== undefined)('HTML report in Chromium', () => {
  let browser: Browser;
  let northwind: AnalysisResult;
  beforeAll(async () => {
    [browser, northwind] = await Promise.all([launchChromium(), analyze({ paths: [NORTHWIND] })]);
  });
  afterAll(async () => browser?.close());

  it('opens on the organisation (teams and their systems, summed edges) and drills into a system on a click', async () => {
    const { page, problems } = await openReport(browser, northwind);
    const first = await page.evaluate(() => {
      const teamfit = globalThis.teamfit;
      if (!teamfit) throw new Error('no graph');
      return { nodes: teamfit.cy.nodes().length, org: teamfit.data.org.nodes.length, components: teamfit.cy.nodes('[kind = "component"]').length, crossTeam: teamfit.cy.edges('[?isCrossTeam]').length, level: teamfit.graph.level.kind };
    });
    expect(first).toMatchObject({ nodes: first.org, components: 0, level: 'org' });
    expect(first.crossTeam).toBeGreaterThan(0);

    // The system holding orders-db, as drawn in the organisation view.
    const system = northwind.systems.find((item) => item.resources.includes(ORDERS_DB));
    const orgId = await page.evaluate((ref) => globalThis.teamfit?.data.org.nodes.find((node) => node.ref === ref)?.id ?? '', system?.ref ?? '');
    await clickNode(page, orgId);
    await page.waitForFunction(() => globalThis.teamfit?.graph.level.kind === 'drill', null, { timeout: 15_000 });
    expect(await textOf(page, '#tf-details h3')).toMatch(/^System: /);
    const drawn = await page.evaluate(() => globalThis.teamfit?.cy.nodes().map((node) => node.id()) ?? []);
    expect(drawn).toContain(ORDERS_DB);
    expect(new URL(page.url()).searchParams.get('open')).toBe(system?.ref);

    await clickNode(page, ORDERS_DB);
    await page.waitForFunction("document.querySelector('#tf-details h3')?.textContent === 'Resource: orders-db'", null, { timeout: 15_000 });
    expect((await page.locator('#tf-node-findings li').allTextContents()).join('\n')).toContain('shared-resource');

    // Escape on the focused graph goes back to the organisation.
    await page.locator('#tf-cy').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => globalThis.teamfit?.graph.level.kind === 'org', null, { timeout: 15_000 });
    // Arrow keys select a node and Enter opens it.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => globalThis.teamfit?.graph.level.kind === 'drill', null, { timeout: 15_000 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('groups findings by root cause; filters and sorting follow the URL, and a shared link opens the same view', async () => {
    const { page, problems, url } = await openReport(browser, northwind);
    const groups = await page.locator('details.group').count();
    expect(groups).toBeGreaterThan(0);
    expect(groups).toBeLessThanOrEqual(northwind.findings.length);
    await page.locator('details.group summary').first().click();
    expect(await page.locator('details.group').first().evaluate((element) => (element as { open?: boolean }).open)).toBe(true);

    // "Act on this first" names a root cause; following it filters the findings table to that cause.
    await page.locator('ol.headlines a.show').first().click();
    await page.waitForFunction("new URL(location.href).searchParams.has('group')", null, { timeout: 15_000 });
    const status = await textOf(page, '#tf-findings-status');
    expect(status).toMatch(/^\d+ of \d+ findings match the filters/);

    await page.locator('#tf-clear').click();
    await page.locator('#tf-rule').selectOption('shared-resource');
    await page.waitForFunction("new URL(location.href).searchParams.get('rule') === 'shared-resource'", null, { timeout: 15_000 });
    const rules = await page.locator('#tf-findings tbody tr td:nth-child(2)').allTextContents();
    expect(new Set(rules)).toEqual(new Set(['shared-resource']));
    // The findings table sorts by a column on a click.
    await page.locator('#tf-findings th button', { hasText: 'subject' }).click();
    const subjects = await page.locator('#tf-findings tbody tr td:nth-child(3)').allTextContents();
    expect(subjects).toEqual([...subjects].sort());
    // So do the static tables.
    await page.locator('#tf-systems th button', { hasText: 'confidence' }).click();
    const confidences = (await page.locator('#tf-systems tbody td.confidence').allTextContents()).map((text) => Number(text.replace('%', '')));
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));

    // A link with the state opens the same view: the team's graph, the node selected, the filter set.
    const shared = await openUrl(browser, `${url}?open=${encodeURIComponent('group:default/orders-team')}&sel=${encodeURIComponent(ORDERS_DB)}&rule=shared-resource`);
    expect(await shared.page.evaluate(() => globalThis.teamfit?.graph.level)).toMatchObject({ kind: 'drill', id: 'group:default/orders-team' });
    expect(await shared.page.locator('#tf-rule').inputValue()).toBe('shared-resource');
    expect(await textOf(shared.page, '#tf-details h3')).toBe('Resource: orders-db');
    expect(await shared.page.evaluate((id) => globalThis.teamfit?.cy.getElementById(id).selected(), ORDERS_DB)).toBe(true);
    expect([...problems, ...shared.problems]).toEqual([]);
    await Promise.all([page.close(), shared.page.close()]);
  });

  it('links what the catalog links with http(s), Backstage pages and rule docs; a javascript: URL stays text', async () => {
    const { page, problems } = await openReport(browser, await analyze({ paths: [LINKS] }), { backstageUrl: 'https://backstage.example.com', query: '?sel=component%3Adefault%2Ftrap' });
    expect(await textOf(page, '#tf-details h3')).toBe('Component: trap');
    expect(await page.locator('#tf-details .links a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['https://backstage.example.com/catalog/default/component/trap']);
    expect(await page.locator('a[href^="javascript:" i], a[href^="file:" i]').count()).toBe(0);
    await page.locator('#tf-search').fill('storefront');
    await page.locator('#tf-results button', { hasText: 'component:default/storefront' }).click();
    await page.waitForFunction("document.querySelector('#tf-details h3')?.textContent === 'Component: storefront'", null, { timeout: 15_000 });
    expect(await page.locator('#tf-details .links a').evaluateAll((links) => links.map((link) => link.textContent))).toEqual(['view', 'source', 'Backstage']);
    expect(problems).toEqual([]);
    await page.close();

    // Rule docs are in the page, so a finding's docs link works offline.
    const report = await openReport(browser, northwind);
    await report.page.locator('#tf-findings tbody button.link').first().click();
    const href = (await report.page.locator('#tf-details a.docs').getAttribute('href')) ?? '';
    expect(href).toMatch(/^#rule-[a-z-]+$/);
    expect(await report.page.locator(href).count()).toBe(1);
    await report.page.close();
  });

  it('follows the reader\'s dark mode, and prints the whole graph as an image fitted to the page', async () => {
    const dark = await openReport(browser, northwind, { colorScheme: 'dark' });
    const background = await dark.page.evaluate('getComputedStyle(document.body).backgroundColor');
    expect(background).toBe('rgb(22, 25, 29)');
    const light = await openReport(browser, northwind, { colorScheme: 'light' });
    expect(await light.page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(255, 255, 255)');

    await light.page.emulateMedia({ media: 'print' });
    await light.page.evaluate("dispatchEvent(new Event('beforeprint'))");
    await nextFrames(light.page);
    const printed = await light.page.evaluate(`(() => {
      const image = document.querySelector('img.graph-print');
      const shown = (selector) => {
        const element = document.querySelector(selector);
        return element !== null && getComputedStyle(element).display !== 'none';
      };
      return { src: image?.getAttribute('src')?.slice(0, 22), image: shown('img.graph-print'), canvas: shown('#tf-cy'), filters: shown('#tf-filters'), groupsOpen: [...document.querySelectorAll('details.group')].every((group) => group.open) };
    })()`);
    expect(printed).toEqual({ src: 'data:image/png;base64,', image: true, canvas: false, filters: false, groupsOpen: true });
    expect([...dark.problems, ...light.problems]).toEqual([]);
    await Promise.all([dark.page.close(), light.page.close()]);
  });

  it('shows hostile names as text and runs none of their scripts', async () => {
    const result = await xssResult();
    const hostile = `component:default/${HOSTILE_NAME}`;
    const { page, problems } = await openReport(browser, result, { query: `?sel=${encodeURIComponent(hostile)}` });
    expect(await page.locator('img, svg, b, script:not([type]) ~ script:not([type])').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain(HOSTILE_NAME);
    expect(await textOf(page, '#tf-details h3')).toBe(`Component: ${HOSTILE_NAME}`);
    await clickNode(page, hostile);
    expect(await textOf(page, '#tf-details h3')).toBe(`Component: ${HOSTILE_NAME}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
