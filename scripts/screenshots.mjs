// node scripts/screenshots.mjs   (after npm run build; needs Debian's chromium)
// Renders the README's two report screenshots: the example organisation (examples/northwind, with its
// generated history) and a generated organisation of 2,000 components and 300 teams, each page's first view
// as a reader sees it, scrolled to the organisation graph.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { generateOrg, writeOrg } from '../dist/gen/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/cli/main.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'teamfit-screenshots-'));
const run = (args) => execFileSync(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

try {
  const repos = path.join(work, 'northwind-repos');
  execFileSync(process.execPath, [path.join(root, 'examples/northwind/build-history.mjs'), repos], { stdio: 'ignore' });
  run(['analyze', 'examples/northwind', '--repos-dir', repos, '--format', 'html', '--output', path.join(work, 'example.html'), '--fail-on', 'none']);
  const org = path.join(work, 'org2k');
  await writeOrg(org, generateOrg({ teams: 300, components: 2000, seed: 6 }));
  run(['analyze', org, '--format', 'html', '--output', path.join(work, '2000.html'), '--fail-on', 'none']);

  const executablePath = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--headless', '--no-sandbox'] });
  for (const [page, file] of [['example.html', 'docs/report-screenshot.png'], ['2000.html', 'docs/report-screenshot-2000.png']]) {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await tab.goto(pathToFileURL(path.join(work, page)).href);
    await tab.waitForSelector('html[data-graph-ready="true"]', { timeout: 120_000 });
    // The graph's heading just below the sticky filter bar.
    await tab.evaluate(() => window.scrollTo(0, (document.getElementById('tf-cy')?.getBoundingClientRect().top ?? 0) + window.scrollY - 190));
    await tab.waitForTimeout(500);
    await tab.screenshot({ path: path.join(root, file) });
    console.log(`wrote ${file}`);
    await tab.close();
  }
  await browser.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
