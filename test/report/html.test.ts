import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { escapeHtml, jsonForScript, safeHref } from '../../src/report/html/escape-html.js';
import { buildViewData } from '../../src/report/html/view-data.js';
import { layoutNodes } from '../../src/report/html/layout.js';
import type { ViewData } from '../../src/report/html/view-types.js';
import { runTeamfit, temporaryDirectory, writeResultFile } from '../cli/run-teamfit.js';
import { sampleResult } from '../fixtures/report/sample-result.js';
import { HOSTILE_NAME, xssResult } from '../fixtures/html/xss-result.js';

function embeddedData(html: string): ViewData {
  const match = /<script type="application\/json" id="teamfit-data">([^<]*)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no embedded data');
  return JSON.parse(match[1]) as ViewData;
}

describe('html escaping helpers', () => {
  it('escapes markup and quotes for content and attributes', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & co`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co');
  });

  it('embeds JSON that cannot end its script element', () => {
    const text = jsonForScript({ a: '</script><!-- \u2028\u2029' });
    expect(text).not.toContain('<');
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ a: '</script><!-- \u2028\u2029' });
  });

  it('links only http(s) URLs', () => {
    expect(safeHref('https://example.com/rule')).toBe('https://example.com/rule');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('docs/rules/x.md')).toBeUndefined();
  });
});

describe('html report', () => {
  it('is one self-contained page: CSP forbids the network, nothing is loaded from elsewhere', async () => {
    const html = await renderReport(sampleResult, 'html', { color: false });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?https?:/i);
    expect(html).toContain('cytoscape');
  });

  it('has the headlines, the fit table, grouped findings, the rule docs of the rules found, and diagnostics', async () => {
    const html = await renderReport(sampleResult, 'html', { color: false });
    for (const text of ['<h2>Act on this first</h2>', 'The fit: architecture x fit verdict', 'Findings (5)', 'By root cause', 'Diagnostics (2)', 'id="rule-missing-owner"', 'Kind Template is not read.']) {
      expect(html).toContain(text);
    }
    // The monolith run by an SRE team sits in the fitting cell, with why.
    expect(html).toMatch(/<td class="fit-fits"><span class="verdict">fits<\/span> <span class="note">1 system<\/span><ul class="placed"><li><a href="\?open=system%3Adefault%2Fshop#graph"[^>]*>shop<\/a> <span class="muted">by shop-team \(dev-only, owner\), sre \(sre, operator\)<\/span><div class="why">the teams around it are the ones the model expects<\/div>/);
  });

  it('is pure: the same result gives the same page', async () => {
    expect(await renderReport(sampleResult, 'html', { color: false })).toBe(await renderReport(sampleResult, 'html', { color: false }));
  });

  it('escapes everything from the input: hostile names, titles, descriptions and links stay text', async () => {
    const result = await xssResult();
    const html = await renderReport(result, 'html', { color: false });
    const page = html.slice(0, html.indexOf('<script type="application/json"'));
    expect(page).not.toMatch(/<img|<svg|<b>|<script>alert|href="javascript:/i);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const data = html.slice(html.indexOf('<script type="application/json"'));
    expect(data.match(/<\/script>/g)).toHaveLength(2);
    expect(embeddedData(html).nodes.map((node) => node.id)).toContain(`component:default/${HOSTILE_NAME}`);
  });
});

describe('graph data', () => {
  it('has a box per owner, a box per system slice, every component, resource and API; positions come with the view drawn', () => {
    const data = buildViewData(sampleResult);
    const kinds = (kind: string) => data.nodes.filter((node) => node.kind === kind).map((node) => node.id);
    expect(kinds('team')).toEqual(expect.arrayContaining(['group:default/shop-team', 'group:default/sre', 'teamfit:unowned']));
    expect(kinds('component')).toHaveLength(6);
    expect(kinds('resource')).toEqual(['resource:default/orders-db']);
    const ids = new Set(data.nodes.map((node) => node.id));
    for (const node of data.nodes) if (node.parent !== undefined) expect(ids.has(node.parent)).toBe(true);
    // The organisation view is laid out by the reporter; a component graph by the page when it is opened.
    const childless = data.org.nodes.filter((node) => !data.org.nodes.some((other) => other.parent === node.id));
    for (const node of childless) expect([node.x, node.y]).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('marks findings on their subjects and lists them for the node', () => {
    const data = buildViewData(sampleResult);
    const orphan = data.nodes.find((node) => node.id === 'component:default/orphan');
    expect(orphan?.severity).toBe('error');
    expect(orphan?.findings.map((index) => data.findings[index]?.ruleId)).toEqual(['missing-owner']);
    expect(orphan?.parent).toBe('teamfit:unowned');
  });

  it('emphasises cross-team edges and places leaves without overlap', () => {
    const data = buildViewData(sampleResult);
    for (const edge of data.edges) {
      const from = data.nodes.find((node) => node.id === edge.source);
      const to = data.nodes.find((node) => node.id === edge.target);
      expect(edge.isCrossTeam).toBe(from?.team !== to?.team);
    }
    const nodes = data.nodes.map((node) => ({ id: node.id, ...(node.parent === undefined ? {} : { parent: node.parent }) } as { id: string; parent?: string; x?: number; y?: number }));
    layoutNodes(nodes);
    const leaves = nodes.filter((node) => !nodes.some((other) => other.parent === node.id));
    expect(new Set(leaves.map((node) => `${node.x},${node.y}`)).size).toBe(leaves.length);
  });
});

describe('teamfit report --from result.json --format html', () => {
  it('renders a saved result to a file', async () => {
    const from = await writeResultFile(sampleResult);
    const output = join(await temporaryDirectory(), 'report.html');
    const { code, stdout, stderr } = await runTeamfit(['report', '--from', from, '--format', 'html', '--output', output, '--fail-on', 'none']);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    const html = await readFile(output, 'utf8');
    expect(embeddedData(html).findings).toHaveLength(sampleResult.findings.length);
  });
});
