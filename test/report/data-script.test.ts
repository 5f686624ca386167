import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/report/html/escape-html.js';
import { DATA_ID, dataScripts, PACK_ABOVE, PACKED_DATA_ID, PACKED_ORG_ID } from '../../src/report/html/data-script.js';
import { buildViewData } from '../../src/report/html/view-data.js';
import type { ViewData, ViewNode } from '../../src/report/html/view-types.js';
import { sampleResult } from '../fixtures/report/sample-result.js';

const element = (html: string, id: string) => new RegExp(`<script type="[^"]+" id="${id}">([^<]*)</script>`).exec(html)?.[1];

/** A view with many components whose text a browser must not read as markup. */
function bigView(components: number): ViewData {
  const data = buildViewData(sampleResult);
  const nodes: ViewNode[] = Array.from({ length: components }, (_, i) => ({
    id: `component:default/c${i}`, kind: 'component', label: `c${i} </script><!-- \u2028`, ref: `component:default/c${i}`, team: 'group:default/shop-team',
    findings: [], mentions: [], details: [['Defined at', `catalog/part-${i % 97}.yaml:${i}:1`]],
  }));
  return { ...data, nodes: [...data.nodes, ...nodes] };
}

describe('the data the HTML page embeds', () => {
  it('is one plain JSON element for a small organisation, as before', () => {
    const data = buildViewData(sampleResult);
    const html = [...dataScripts(data)].join('');
    expect(html).toBe(`<script type="application/json" id="${DATA_ID}">${jsonForScript(data)}</script>`);
  });

  it('packs the component-level nodes and edges of a big organisation apart, gzipped in base64 chunks that give them back', () => {
    const data = bigView(60_000);
    const html = [...dataScripts(data)].join('');
    // What the organisation view needs stays plain JSON; nodes and edges come back from the chunks.
    expect(JSON.parse(element(html, DATA_ID) ?? '')).toEqual({ ...JSON.parse(JSON.stringify(data)), nodes: [], edges: [] });
    const lines = (element(html, PACKED_DATA_ID) ?? '').split('\n').filter((line) => line !== '');
    // Chunked, so no one string or buffer holds the whole data.
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const unpacked = JSON.parse(lines.map((line) => gunzipSync(Buffer.from(line, 'base64')).toString('utf8')).join('')) as unknown;
    expect(unpacked).toEqual(JSON.parse(JSON.stringify({ nodes: data.nodes, edges: data.edges })));
    // Nothing in the data can end its element, and the page is far smaller than the JSON.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html.length).toBeLessThan(JSON.stringify(data).length / 3);
  });

  it("packs a big organisation's department views apart from the component data, to be unpacked first after the first draw", () => {
    const data = bigView(20_000);
    const inner = { mode: 'systems' as const, nodes: [{ id: 'group:default/shop-team', kind: 'team' as const, label: 'shop-team </script>', ref: 'group:default/shop-team', team: 'group:default/shop-team', department: 'department:group:default/sales', findingCount: 0, components: 1 }], edges: [] };
    const withDepartments: ViewData = { ...data, org: { ...data.org, mode: 'departments', inner } };
    const html = [...dataScripts(withDepartments)].join('');
    const plain = JSON.parse(element(html, DATA_ID) ?? '') as ViewData;
    expect(plain.org.inner).toBeUndefined();
    expect(plain.org.mode).toBe('departments');
    const lines = (element(html, PACKED_ORG_ID) ?? '').split('\n').filter((line) => line !== '');
    expect(JSON.parse(lines.map((line) => gunzipSync(Buffer.from(line, 'base64')).toString('utf8')).join(''))).toEqual(inner);
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    // Without departments there is no such element.
    expect([...dataScripts(data)].join('')).not.toContain(PACKED_ORG_ID);
  });

  it('packs from a megabyte of component-level data on', () => {
    const packedAt = (components: number) => [...dataScripts(bigView(components))].join('').includes(`id="${PACKED_DATA_ID}"`);
    const perNode = JSON.stringify(bigView(1000).nodes.slice(-1)).length;
    expect(packedAt(Math.floor((PACK_ABOVE / perNode) * 0.8))).toBe(false);
    expect(packedAt(Math.ceil((PACK_ABOVE / perNode) * 1.2))).toBe(true);
  });
});
