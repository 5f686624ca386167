import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackstageCatalog } from '../../src/ingest/backstage-api/index.js';
import { sendJson, served, startFakeServer, type FakeServer } from './fake-server.js';

const TOKEN = 'unit-token-0123456789';
const fast = { sleep: async () => undefined, random: () => 0.5, timeoutMs: 5_000 };
let server: FakeServer | undefined;
afterEach(async () => server?.close());

const team = served('Group', 'team-a', { type: 'team', children: [] });
const shop = served('System', 'shop', { owner: 'team-a' });
const cart = served('Component', 'cart', { type: 'service', lifecycle: 'production', owner: 'team-a', system: 'shop' }, '/catalog/shop.yaml');

describe('readBackstageCatalog: paging', () => {
  it('asks for the kinds and fields teamfit reads, then follows cursors alone, sending the token', async () => {
    const pages = [
      { items: [cart], pageInfo: { nextCursor: 'c1' }, totalItems: 3 },
      { items: [shop], pageInfo: { nextCursor: 'c2' }, totalItems: 3 },
      { items: [team], pageInfo: {}, totalItems: 3 },
    ];
    server = await startFakeServer((_req, res, i) => sendJson(res, pages[i]));
    const progress: string[] = [];
    const result = await readBackstageCatalog({ urls: [`${server.url}/`], token: TOKEN, pageSize: 1, http: fast, onProgress: (m) => progress.push(m) });

    const [first, second, third] = server.requests.map((r) => r.url);
    expect(first?.pathname).toBe('/api/catalog/entities/by-query');
    expect(first?.searchParams.get('filter')).toBe('kind=domain,kind=system,kind=component,kind=api,kind=resource,kind=group,kind=user,kind=location');
    expect(first?.searchParams.get('fields')).toContain('metadata.annotations');
    expect(first?.searchParams.get('limit')).toBe('1');
    expect(second?.searchParams.get('cursor')).toBe('c1');
    expect(second?.searchParams.has('filter')).toBe(false);
    expect(third?.searchParams.get('cursor')).toBe('c2');
    expect(server.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(progress).toEqual([`${server.url}: page 1, 1 of 3 entities`, `${server.url}: page 2, 2 of 3 entities`, `${server.url}: page 3, 3 of 3 entities`]);
    // Sorted by source file, then ref: independent of the order Backstage returns.
    expect(result.entities.map((e) => `${e.kind}:${e.metadata.name}`)).toEqual(['Group:team-a', 'System:shop', 'Component:cart']);
    expect(result.diagnostics).toEqual([]);
    expect(result.sources).toEqual([server.url]);
  });

  it('keeps a base path and drops a trailing /api/catalog', async () => {
    server = await startFakeServer((_req, res) => sendJson(res, { items: [shop], pageInfo: {} }));
    await readBackstageCatalog({ urls: [`${server.url}/backstage/api/catalog/`], token: undefined, http: fast });
    expect(server.requests[0]?.url.pathname).toBe('/backstage/api/catalog/entities/by-query');
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });
});

describe('readBackstageCatalog: entities', () => {
  it('points each entity at its managed-by-location, or at backstage-api:<ref> when unknown', async () => {
    const bare = { apiVersion: 'backstage.io/v1alpha1', kind: 'System', metadata: { name: 'bare', namespace: 'ops' }, spec: { owner: 'x' } };
    const fromUrl = served('System', 'remote', { owner: 'x' });
    (fromUrl.metadata as { annotations: Record<string, string> }).annotations['backstage.io/managed-by-location'] = 'url:https://git.example/org/catalog.yaml';
    server = await startFakeServer((_req, res) => sendJson(res, { items: [shop, bare, fromUrl] }));
    const { entities } = await readBackstageCatalog({ urls: [server.url], token: TOKEN, http: fast });
    expect(entities.map((e) => e.position)).toEqual([
      { file: '/catalog/org.yaml', line: 1, column: 1 },
      { file: 'backstage-api:system:ops/bare', line: 1, column: 1 },
      { file: 'https://git.example/org/catalog.yaml', line: 1, column: 1 },
    ]);
    expect(entities[0]?.positions.size).toBe(0);
  });

  it('drops the Location Backstage generates for a registered location, keeps Locations from files', async () => {
    const target = '/catalog/org.yaml';
    const hash = createHash('sha1').update(`file:${target}`).digest('hex');
    const generated = served('Location', `generated-${hash}`, { type: 'file', target });
    const declared = served('Location', 'org', { targets: ['./shop.yaml'] });
    const lookalike = served('Location', 'generated-0000', { type: 'file', target });
    server = await startFakeServer((_req, res) => sendJson(res, { items: [generated, declared, lookalike] }));
    const { entities } = await readBackstageCatalog({ urls: [server.url], token: TOKEN, http: fast });
    expect(entities.map((e) => e.metadata.name)).toEqual(['generated-0000', 'org']);
  });

  it('holds entities to the same rules as files: bad ones become diagnostics, the rest is read', async () => {
    const nameless = { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: {}, spec: {} };
    const badSpec = served('Component', 'bad', { type: 'service', lifecycle: 'production', owner: 'team-a', dependsOn: 'not-a-list' });
    server = await startFakeServer((_req, res) => sendJson(res, { items: [shop, nameless, badSpec, 'junk'] }));
    const result = await readBackstageCatalog({ urls: [server.url], token: TOKEN, http: fast });
    expect(result.entities.map((e) => e.metadata.name)).toEqual(['bad', 'shop']);
    expect(result.entities[0]?.spec.dependsOn).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.file, d.entity])).toEqual([
      ['error', 'invalid-entity', 'backstage-api:component', undefined],
      ['warning', 'invalid-field', '/catalog/org.yaml', 'component:default/bad'],
      ['error', 'invalid-entity', server.url, undefined],
    ]);
  });
});

describe('analyze with Backstage sources', () => {
  it('takes URLs and the token variable from the config, and keeps the token out of the result', async () => {
    const { analyze } = await import('../../src/run.js');
    server = await startFakeServer((_req, res) => sendJson(res, { items: [team, shop, cart] }));
    const result = await analyze({ config: { backstage: { urls: [server.url], tokenEnv: 'CONFIGURED_TOKEN' } }, env: { CONFIGURED_TOKEN: TOKEN } });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(result.inputs).toEqual([server.url]);
    expect(result.systems.map((s) => s.ref)).toEqual(['system:default/shop']);
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });
});
