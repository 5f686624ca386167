import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderReport } from '../../src/report/index.js';
import type { AnalysisResult } from '../../src/result/index.js';

export interface OpenedReport {
  page: Page;
  /** Console errors, uncaught exceptions, dialogs (alert) and requests: each is a failure for these pages. */
  problems: string[];
  /** When the graph became interactive, in ms since navigation started. */
  readyAt: number;
  /** The page's file:// URL, without query. */
  url: string;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Appended to the URL: the page's state (`?open=...&rule=...`). */
  query?: string;
  colorScheme?: 'light' | 'dark';
  backstageUrl?: string;
}

/** Render the result as HTML into a file and open it from a file:// URL, as a reader of a mailed report would. */
export async function openReport(browser: Browser, result: AnalysisResult, options: OpenOptions = {}): Promise<OpenedReport> {
  const file = join(await mkdtemp(join(tmpdir(), 'teamfit-html-')), 'report.html');
  await writeFile(file, await renderReport(result, 'html', { color: false, backstageUrl: options.backstageUrl }), 'utf8');
  const url = pathToFileURL(file).href;
  const opened = await openUrl(browser, `${url}${options.query ?? ''}`, options);
  return { ...opened, url };
}

/** Open a report page (again, e.g. with a shared link's query) and wait for its graph. */
export async function openUrl(browser: Browser, address: string, options: OpenOptions = {}): Promise<Omit<OpenedReport, 'url'>> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 1000 }, colorScheme: options.colorScheme ?? 'light' });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const file = address.replace(/[?#].*$/, '');
  page.on('request', (request) => {
    if (request.url().replace(/[?#].*$/, '') !== file && !request.url().startsWith('data:')) problems.push(`request: ${request.url()}`);
  });
  await page.goto(address);
  await page.waitForSelector('html[data-graph-ready="true"]', { timeout: 60_000 });
  const readyAt = await page.evaluate(() => globalThis.teamfit?.readyAt ?? Number.NaN);
  return { page, problems, readyAt };
}

/** Click a graph node where it is drawn, with the mouse, after bringing it into view. */
export async function clickNode(page: Page, id: string): Promise<void> {
  await page.locator('#tf-cy').scrollIntoViewIfNeeded();
  const box = await page.locator('#tf-cy').boundingBox();
  const point = await page.evaluate((nodeId) => {
    const cy = globalThis.teamfit?.cy;
    if (!cy) throw new Error('no graph');
    const node = cy.getElementById(nodeId);
    // Drops cytoscape's cached place of the canvas on the page, which the scroll above may have moved.
    cy.resize();
    cy.zoom(1.2);
    cy.center(node);
    return node.renderedPosition();
  }, id);
  if (!box) throw new Error('the graph is not displayed');
  // cytoscape caches the canvas's place on the page and updates it on scroll events: let them land first.
  await nextFrames(page);
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
}

/** The text of the first element matching `selector`, once it exists (failing after a few seconds, not hanging). */
export async function textOf(page: Page, selector: string): Promise<string | null> {
  return page.locator(selector).first().textContent({ timeout: 5_000 });
}
