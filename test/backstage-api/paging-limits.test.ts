import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackstageCatalog } from '../../src/ingest/backstage-api/index.js';
import { UsageError } from '../../src/util/errors.js';
import { sendJson, served, startFakeServer, type FakeServer } from './fake-server.js';

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof startFakeServer>[0]): Promise<FakeServer> {
  const server = await startFakeServer(handler);
  servers.push(server);
  return server;
}

const entity = (index: number) => served('Component', `c${index}`, { type: 'service', lifecycle: 'production', owner: 'team-a' });
const quick = { sleep: async () => undefined, random: () => 0.5, timeoutMs: 2_000 };

async function outcome(url: string, maxPages: number, maxBodyBytes?: number): Promise<string> {
  try {
    const result = await readBackstageCatalog({ urls: [url], token: undefined, maxPages, http: { ...quick, ...(maxBodyBytes ? { maxBodyBytes } : {}) } });
    return `ok ${result.entities.length}`;
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
}

describe('readBackstageCatalog: paging that would not end', () => {
  it('a cursor given twice stops the read with one error', async () => {
    const server = await serve((_req, res, index) => sendJson(res, { items: [entity(index)], pageInfo: { nextCursor: 'same' } }));
    expect(await outcome(server.url, 1000)).toBe(
      `catalog read stopped: ${server.url}: page 2 gave a next-page cursor it had given before, so paging would never end; no result was produced (2 entities had been read)`,
    );
    expect(server.requests).toHaveLength(2);
  });

  it('a catalog still paging after the page limit stops there', async () => {
    const server = await serve((_req, res, index) => sendJson(res, { items: [entity(index)], pageInfo: { nextCursor: `c${index}` } }));
    expect(await outcome(server.url, 5)).toBe(
      `catalog read stopped: ${server.url}: still paging after 5 pages (backstage.maxPages); no result was produced (5 entities had been read)`,
    );
    expect(server.requests).toHaveLength(5);
  });

  it('a page over the size cap is refused, declared length or not', async () => {
    const big = { items: Array.from({ length: 50 }, (_, i) => entity(i)) };
    const declared = await serve((_req, res) => sendJson(res, big));
    expect(await outcome(declared.url, 10, 2048)).toMatch(/answered more than 2048 bytes for one page/);
    const chunked = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      const text = JSON.stringify(big);
      for (let at = 0; at < text.length; at += 512) res.write(text.slice(at, at + 512));
      res.end();
    });
    expect(await outcome(chunked.url, 10, 2048)).toMatch(/answered more than 2048 bytes for one page/);
  });

  it('a gzip answer is capped at its inflated size, and inflating stops there', async () => {
    // 4 MiB of JSON that compresses to a few KiB: the declared length says nothing about what it inflates to.
    const bomb = gzipSync(Buffer.from(JSON.stringify({ items: [entity(0)], padding: ' '.repeat(4 * 1024 * 1024) })));
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      res.end(bomb);
    });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await outcome(server.url, 10, 1024 * 1024)).toMatch(/answered more than 1 MiB for one page/);
  });

  it('property: whatever cursors a server hands out, the read ends within the page limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(fc.stringMatching(/^[ab]{1,2}$/), { nil: undefined }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 6 }), async (cursors, maxPages) => {
        const server = await serve((_req, res, index) => {
          const cursor = cursors[index % cursors.length];
          sendJson(res, { items: [entity(index)], ...(cursor ? { pageInfo: { nextCursor: cursor } } : {}) });
        });
        const result = await outcome(server.url, maxPages);
        expect(server.requests.length).toBeLessThanOrEqual(maxPages);
        expect(result).toMatch(/^ok \d+$|^catalog read stopped: /);
        await server.close();
        servers.pop();
      }),
      { numRuns: 40 },
    );
  });
});
