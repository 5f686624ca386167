import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { generateOrg } from '../../src/gen/index.js';
import { writeOrg } from '../../src/gen/index.js';
import { renderReport } from '../../src/report/index.js';
import { confidenceNote } from '../../src/report/html/confidence-note.js';
import { markdownToHtml } from '../../src/report/html/markdown-lite.js';
import { DEPARTMENTS_ABOVE } from '../../src/report/html/org-departments.js';
import { TEAM_BOXES_LIMIT } from '../../src/report/html/org-view.js';
import { buildViewData } from '../../src/report/html/view-data.js';
import type { ViewData } from '../../src/report/html/view-types.js';
import type { Signal } from '../../src/result/index.js';
import { sampleResult } from '../fixtures/report/sample-result.js';
import { runTeamfit, temporaryDirectory, writeResultFile } from '../cli/run-teamfit.js';

const NORTHWIND = fileURLToPath(new URL('../../examples/northwind/', import.meta.url));
const LINKS = fileURLToPath(new URL('../fixtures/html/links/', import.meta.url));

function embeddedData(html: string): ViewData {
  const match = /<script type="application\/json" id="teamfit-data">([^<]*)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no embedded data');
  return JSON.parse(match[1]) as ViewData;
}

describe('the fit table', () => {
  it('places every system once, in the cell of the fit it got, with the reason', async () => {
    const result = await analyze({ paths: [NORTHWIND] });
    const html = await renderReport(result, 'html', { color: false });
    const table = html.slice(html.indexOf('<table class="fit-table">'), html.indexOf('</table>', html.indexOf('<table class="fit-table">')));
    for (const system of result.systems) {
      const row = table.split('<tr>').find((part) => part.startsWith(`<th scope="row">${system.architecture.label}</th>`)) ?? '';
      const cells = [...row.matchAll(/<td class="fit-([a-z-]+)">(.*?)<\/td>/g)].filter((cell) => (cell[2] ?? '').includes(`data-system="${system.ref}"`));
      expect(cells.map((cell) => cell[1]), system.ref).toEqual([system.fit.verdict]);
      expect(cells[0]?.[2]).toContain(system.fit.notes[0] ?? '');
    }
    // The case that started it: a monolith built by a dev-only team with no one with ops skills running it.
    const backOffice = result.systems.find((system) => system.ref === 'system:default/back-office');
    expect(backOffice?.fit.verdict).toBe('misfit');
    expect(table).toMatch(/<td class="fit-misfit">(?:(?!<\/td>).)*data-system="system:default\/back-office"/);
  });
});

describe('the organisation view', () => {
  it('shows teams with their systems as boxes on a small catalog, each edge the sum of the component edges between two boxes', async () => {
    const data = buildViewData(await analyze({ paths: [NORTHWIND] }));
    expect(data.org.mode).toBe('systems');
    expect(data.org.nodes.some((node) => node.kind === 'component' as string)).toBe(false);
    const teams = data.org.nodes.filter((node) => node.kind === 'team').length;
    expect(teams).toBe(data.nodes.filter((node) => node.kind === 'team').length);
    const systems = data.org.nodes.filter((node) => node.kind === 'system');
    expect(systems.length).toBe(data.nodes.filter((node) => node.kind === 'slice').length);
    // Each system part carries its verdict and the components inside it.
    for (const system of systems) {
      expect(system.fit).toBeDefined();
      expect(system.components).toBe(data.nodes.filter((node) => node.parent === system.id && node.kind === 'component').length);
    }
    // Every component-level dependency between two different boxes is counted once in an org edge.
    const orgOf = (id: string): string => {
      const node = data.nodes.find((item) => item.id === id);
      const parent = data.nodes.find((item) => item.id === node?.parent);
      return node?.kind === 'team' || node?.kind === 'slice' ? id : parent?.kind === 'slice' ? parent.id : `loose:${node?.team}`;
    };
    const expected = data.edges.filter((edge) => ['dependsOn', 'consumesApi', 'providesApi'].includes(edge.kind) && orgOf(edge.source) !== orgOf(edge.target)).length;
    const summed = data.org.edges.filter((edge) => edge.kind === 'dependency').reduce((sum, edge) => sum + edge.count, 0);
    expect(summed).toBe(expected);
    expect(data.org.edges.filter((edge) => edge.isCrossTeam).length).toBeGreaterThan(0);
  });

  it('shows one node per team when teams and systems are too many for boxes and no departments group them', async () => {
    const dir = await temporaryDirectory();
    await writeOrg(dir, generateOrg({ teams: 360, components: 400, seed: 3 }));
    const result = await analyze({ paths: [dir] });
    // A flat organisation: the same teams without their parent groups.
    const flat = { ...result, model: { ...result.model, relations: result.model.relations.filter((relation) => relation.type !== 'childOf' && relation.type !== 'parentOf') } };
    const data = buildViewData(flat);
    expect(data.nodes.filter((node) => node.kind === 'team' || node.kind === 'slice').length).toBeGreaterThan(TEAM_BOXES_LIMIT);
    expect(data.org.mode).toBe('teams');
    expect(data.org.nodes.every((node) => node.kind === 'team' && node.parent === undefined)).toBe(true);
    expect(data.org.nodes.reduce((sum, node) => sum + node.components, 0)).toBe(400);
    // Problems first: the layout starts with the teams of the worst fit.
    const order = { 'no-fit': 0, misfit: 1, partial: 2, unknown: 3, fits: 4 } as const;
    const ranks = data.org.nodes.map((node) => (node.fit === undefined ? 5 : order[node.fit]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  }, 60_000);
});

describe('the organisation view by department', () => {
  it('shows one node per department above 200 teams, each team-level edge summed between departments, its teams and systems kept for a click', async () => {
    const dir = await temporaryDirectory();
    await writeOrg(dir, generateOrg({ teams: 240, components: 600, seed: 4 }));
    const result = await analyze({ paths: [dir] });
    const data = buildViewData(result);
    const parentOf = new Map(result.model.relations.filter((relation) => relation.type === 'childOf').map((relation) => [relation.source, relation.target]));
    const teams = data.nodes.filter((node) => node.kind === 'team');
    expect(teams.length).toBeGreaterThan(DEPARTMENTS_ABOVE);
    expect(data.org.mode).toBe('departments');
    const departments = data.org.nodes.filter((node) => node.kind === 'department');
    // The generated organisation's departments hold 8 teams each; every team sits in its parent group's node.
    expect(departments.length).toBe(new Set(teams.map((team) => parentOf.get(team.ref))).size);
    expect(departments.length).toBe(Math.ceil(240 / 8));
    expect(data.org.nodes.length).toBe(departments.length);
    for (const department of departments) {
      expect(department.teams?.every((team) => `department:${parentOf.get(team)}` === department.id)).toBe(true);
      expect(department.x).toBeDefined();
    }
    expect(departments.flatMap((department) => department.teams ?? []).sort()).toEqual(teams.map((team) => team.id).sort());
    expect(departments.reduce((sum, department) => sum + department.components, 0)).toBe(600);
    expect(departments.reduce((sum, department) => sum + department.findingCount, 0)).toBe(data.org.inner?.nodes.filter((node) => node.kind === 'team').reduce((sum, node) => sum + node.findingCount, 0));

    // One click deeper: every team with its systems as boxes, each laid out within its department.
    const inner = data.org.inner;
    expect(inner?.mode).toBe('systems');
    expect(inner?.nodes.filter((node) => node.kind === 'team').length).toBe(teams.length);
    for (const node of inner?.nodes ?? []) expect(node.department).toBe(`department:${parentOf.get(data.nodes.find((team) => team.id === node.team)?.ref ?? '')}`);
    // Edges between departments stand for the team-level edges that cross them, count for count.
    const departmentOf = new Map(inner?.nodes.map((node) => [node.id, node.department]));
    const crossing = (inner?.edges ?? []).filter((edge) => departmentOf.get(edge.source) !== departmentOf.get(edge.target));
    for (const kind of ['dependency', 'coupling', 'operates'] as const) {
      const total = (edges: ReadonlyArray<{ kind: string; count: number }>) => edges.filter((edge) => edge.kind === kind).reduce((sum, edge) => sum + edge.count, 0);
      expect(total(data.org.edges), kind).toBe(total(crossing));
    }
    expect(data.org.edges.length).toBeGreaterThan(0);
    expect(data.org.edges.every((edge) => edge.source.startsWith('department:') && edge.target.startsWith('department:') && edge.source !== edge.target)).toBe(true);
  }, 60_000);

  it('keeps teams and their systems as the first view up to 200 teams, and when parent groups do not group the teams', async () => {
    const dir = await temporaryDirectory();
    await writeOrg(dir, generateOrg({ teams: 190, components: 400, seed: 4 }));
    expect(buildViewData(await analyze({ paths: [dir] })).org.mode).toBe('systems');
    // 240 teams, each its own parent's only child: no grouping to show.
    const big = await temporaryDirectory();
    await writeOrg(big, generateOrg({ teams: 240, components: 480, seed: 4 }));
    const result = await analyze({ paths: [big] });
    const alone = { ...result, model: { ...result.model, relations: result.model.relations.map((relation) => (relation.type === 'childOf' ? { ...relation, target: `${relation.source}-parent` } : relation)) } };
    const data = buildViewData(alone);
    expect(data.org.mode).toBe('systems');
    expect(data.org.inner).toBeUndefined();
  }, 60_000);
});

describe('links in the HTML report', () => {
  it('links view-url, url: source locations, GitHub slugs and Backstage pages; javascript: and file: stay text', async () => {
    const result = await analyze({ paths: [LINKS] });
    const data = buildViewData(result, { backstageUrl: 'https://backstage.example.com/' });
    const links = (id: string) => data.nodes.find((node) => node.id === id)?.links ?? [];
    expect(links('component:default/storefront')).toEqual([
      { label: 'view', href: 'https://git.example.com/acme/shop/blob/main/catalog-info.yaml' },
      { label: 'source', href: 'https://git.example.com/acme/shop/tree/main/storefront' },
      { label: 'Backstage', href: 'https://backstage.example.com/catalog/default/component/storefront' },
    ]);
    expect(links('component:default/trap')).toEqual([{ label: 'Backstage', href: 'https://backstage.example.com/catalog/default/component/trap' }]);
    const shop = data.nodes.find((node) => node.kind === 'slice' && node.system === 'system:default/shop');
    expect(shop?.links?.map((link) => link.href)).toContain('https://github.com/acme/shop');
    const html = await renderReport(result, 'html', { color: false });
    expect(html).not.toMatch(/href="(javascript|file):/i);
  });

  it('renders rule docs inside the page: code escaped, only http(s) links', () => {
    const html = markdownToHtml('# t\n\nSee [x](javascript:alert%281%29) and [y](https://example.com/y).\n\n```yaml\n<script>\n```\n\n| a | b |\n|---|---|\n| `c` | **d** |\n');
    expect(html).toContain('See x and <a href="https://example.com/y" rel="noreferrer">y</a>.');
    expect(html).toContain('<pre><code>&lt;script&gt;</code></pre>');
    expect(html).toContain('<td><code>c</code></td><td><strong>d</strong></td>');
    expect(html).not.toContain('javascript:');
  });

  it('teamfit report --backstage-url links entities into Backstage; a URL that is not http(s) is a usage error', async () => {
    const from = await writeResultFile(await analyze({ paths: [LINKS] }));
    const ok = await runTeamfit(['report', '--from', from, '--format', 'html', '--backstage-url', 'https://backstage.acme.org', '--fail-on', 'none']);
    expect(ok.code).toBe(0);
    const storefront = embeddedData(ok.stdout).nodes.find((node) => node.id === 'component:default/storefront');
    expect(storefront?.links).toContainEqual({ label: 'Backstage', href: 'https://backstage.acme.org/catalog/default/component/storefront' });
    const bad = await runTeamfit(['report', '--from', from, '--format', 'html', '--backstage-url', 'javascript:alert(1)', '--fail-on', 'none']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected an http(s) URL');
  });
});

describe('confidence explained', () => {
  it('lists every weighted signal with its weight and direction', () => {
    const signal = (id: string, pushes: Signal['pushes'], weight: number): Signal => ({ id, description: id, value: 2, threshold: 1, pushes, weight, source: 'catalog', evidence: [] });
    const note = confidenceNote('microservices', 0.7, [signal('own-datastores', 'microservices', 0.1), signal('cycle', 'micro-monolith', 0.5), signal('noise', 'none', 0)]);
    expect(note.split('\n')).toEqual([
      '70% microservices: 1 of 2 weighted signals point to it; confidence grows with the weight of the signals that agree, less those against.',
      '- cycle = 2 vs threshold 1 (weight 0.5, towards micro-monolith)',
      '+ own-datastores = 2 vs threshold 1 (weight 0.1, towards microservices)',
    ]);
  });
});

describe('components outside any system', () => {
  it('are one node per team that has some, counting them; a team with none has no such node', () => {
    const data = buildViewData(sampleResult);
    const outside = (team: string) => data.nodes.filter((node) => node.parent === team && node.kind === 'component').length;
    const loose = data.org.nodes.filter((node) => node.kind === 'loose');
    expect(loose.length).toBeGreaterThan(0);
    for (const node of loose) expect(node.components).toBe(outside(node.team));
    const teamsWithNone = data.nodes.filter((node) => node.kind === 'team' && outside(node.id) === 0 && !data.nodes.some((other) => other.parent === node.id && other.kind !== 'slice'));
    expect(teamsWithNone.length).toBeGreaterThan(0);
    for (const team of teamsWithNone) expect(data.org.nodes.some((node) => node.id === `loose:${team.id}`)).toBe(false);
  });
});

describe('new since baseline', () => {
  it('offers the "new since baseline only" filter when the result carries baseline marks, and marks each finding', async () => {
    const plain = await renderReport(sampleResult, 'html', { color: false });
    expect(plain).not.toContain('id="tf-new"');
    const [first, ...rest] = sampleResult.findings;
    if (!first) throw new Error('the sample has findings');
    const compared = {
      ...sampleResult,
      findings: [{ ...first, baseline: 'new' as const }, ...rest.map((finding) => ({ ...finding, baseline: 'unchanged' as const }))],
      baseline: { file: '.teamfit-baseline.json', new: 1, unchanged: rest.length, fixed: 0 },
    };
    const html = await renderReport(compared, 'html', { color: false });
    expect(html).toContain('<input id="tf-new" type="checkbox"> new since baseline only');
    expect(html).toContain('1 new since baseline');
    const data = embeddedData(html);
    expect(data.hasBaseline).toBe(true);
    expect(data.findings.map((finding) => finding.baseline)).toEqual(['new', ...rest.map(() => 'unchanged')]);
  });
});
