import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchChromium } from '../../../../test/browser/chromium.js';
import { answerFor, entityOf, recordedAnswers, recordedFetch } from '../recorded-answers.js';

const SYSTEM = 'system:default/fulfilment';
const GROUP = 'group:default/site-reliability';
/** The README's picture; rewritten when the fixture is recorded again (TEAMFIT_RECORD_FIXTURES=1). */
const SCREENSHOT = join(import.meta.dirname, '../../docs/cards.png');
const skipReason = browserSkipReason();

// The cards bundled as a Backstage app bundles a plugin, in Debian's Chromium, reading the recorded backend
// answers over real HTTP through the plugin's own client.
describe.skipIf(skipReason !== undefined)('the teamfit cards in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  const answers = recordedAnswers();

  beforeAll(async () => {
    const [bundle, launched] = await Promise.all([
      build({
        entryPoints: [join(import.meta.dirname, 'page.tsx')],
        bundle: true,
        write: false,
        format: 'esm',
        jsx: 'automatic',
        logLevel: 'error',
        // As a Backstage app's bundler does: images inline, the UI library's stylesheets in one CSS file.
        loader: { '.svg': 'dataurl', '.png': 'dataurl' },
        outdir: 'page',
        // Development React: the test app renders through testing-library's act(), which production React lacks.
        define: { 'process.env.NODE_ENV': '"development"', global: 'globalThis' },
      }),
      launchChromium(),
    ]);
    browser = launched;
    const script = bundle.outputFiles.find((file) => file.path.endsWith('.js'))!.text;
    const css = bundle.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '';
    const entities = JSON.stringify({ system: entityOf(answers, SYSTEM), group: entityOf(answers, GROUP) }).replaceAll('<', '\\u003c');
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>teamfit</title><link rel="stylesheet" href="/page.css"></head><body style="margin:0;font-family:sans-serif;background:#f8f8f8"><div id="root"></div><script>window.teamfitEntities=${entities}</script><script type="module" src="/page.js"></script></body></html>`;
    const backend = recordedFetch(answers);
    server = createServer((request, response) => {
      const url = request.url ?? '/';
      if (url === '/') return void response.writeHead(200, { 'content-type': 'text/html' }).end(html);
      if (url === '/favicon.ico') return void response.writeHead(204).end();
      if (url === '/page.css') return void response.writeHead(200, { 'content-type': 'text/css' }).end(css);
      if (url === '/page.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      void backend(new URL(url, origin)).then(async (answer) => response.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text()));
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('shows the System card with the verdict the backend gave, and the Group card with its structure', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // React's development warnings (findDOMNode in Backstage's Material UI v4 components) are not failures.
    page.on('console', (message) => void (message.type() === 'error' && !message.text().startsWith('Warning:') && problems.push(message.text())));
    page.on('response', (response) => void (response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`)));
    await page.goto(origin);
    const system = answerFor(answers, SYSTEM).verdict!;
    const verdict = page.getByTestId('system-page').getByTestId('teamfit-verdict');
    await verdict.waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\nthe page shows: ${await page.innerText('body')}\nproblems: ${problems.join('\n')}`);
    });
    expect(await verdict.innerText()).toContain(system.label);
    expect(system.label).toBe('micro-monolith');
    expect(await page.getByTestId('system-page').getByTestId('teamfit-fits').innerText()).toContain('no fit');
    expect(await page.getByTestId('group-page').getByTestId('teamfit-verdict').innerText()).toContain(answerFor(answers, GROUP).verdict!.label);
    expect(problems).toEqual([]);
    await page.screenshot({ path: process.env['TEAMFIT_RECORD_FIXTURES'] ? SCREENSHOT : join(tmpdir(), 'teamfit-cards.png'), fullPage: true });
  });
});
