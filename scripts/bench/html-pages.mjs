// node scripts/bench/html-pages.mjs [--reps 4] YARDSTICK.html PAGE.html...
// Opens HTML reports in Debian's Chromium (headless, 1400x1000), pages interleaved within each repetition so
// machine noise hits them alike, and prints per page the medians of when the organisation view was drawn
// (`window.teamfit.readyAt`, ms after navigation), when the component data was there (`detailsAt`; reports
// built before it was packed apart have none) and the page's phases, with each page's time over the first
// page's (the yardstick, e.g. the example organisation's report) in the same run. Pages from older builds
// can be compared side by side: render the same result with each build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { reps: { type: 'string', default: '4' } } });
if (positionals.length === 0) throw new Error('usage: html-pages.mjs [--reps N] YARDSTICK.html PAGE.html...');
const executablePath = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
const browser = await chromium.launch({ executablePath, headless: true, args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average at the start: ${load()}`);
const runs = new Map(positionals.map((file) => [file, []]));
for (let rep = 0; rep < Number(values.reps); rep++) {
  for (const file of positionals) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => console.error(`${file}: ${error.message}`));
    await page.goto(pathToFileURL(path.resolve(file)).href);
    await page.waitForSelector('html[data-graph-ready="true"]', { timeout: 300_000 });
    const isPacked = await page.evaluate("document.getElementById('teamfit-data-gz') !== null");
    if (isPacked) await page.waitForSelector('html[data-details-ready="true"]', { timeout: 300_000 });
    const run = await page.evaluate('({ readyAt: window.teamfit.readyAt, detailsAt: window.teamfit.detailsAt ?? NaN, ...window.teamfit.timings })');
    runs.get(file)?.push(run);
    console.log(`${path.basename(file)} run ${rep + 1}: ${JSON.stringify(run, (_key, value) => (typeof value === 'number' ? Math.round(value) : value))}`);
    await page.close();
  }
}
await browser.close();
const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? Number.NaN;
const yardstick = median((runs.get(positionals[0]) ?? []).map((run) => run.readyAt));
console.log('\n| page | drawn (readyAt) | component data (detailsAt) | x yardstick | script start | data parse | graph build | first render |\n|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [file, list] of runs) {
  const m = (key) => Math.round(median(list.map((run) => run[key])));
  console.log(`| ${path.basename(file)} | ${m('readyAt')} ms | ${Number.isNaN(m('detailsAt')) ? '-' : `${m('detailsAt')} ms`} | ${(median(list.map((run) => run.readyAt)) / yardstick).toFixed(2)} | ${m('scriptStart')} | ${m('parseData')} | ${m('buildGraph')} | ${m('firstRender')} |`);
}
console.log(`\nload average at the end: ${load()}`);
