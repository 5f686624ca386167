import { afterEach, describe, expect, it } from 'vitest';
import { readBackstageCatalog, type BackstageReadOptions } from '../../src/ingest/backstage-api/index.js';
import { UsageError } from '../../src/util/errors.js';
import { sendJson, served, startFakeServer, type FakeServer } from './fake-server.js';

const TOKEN = 'failure-token-9876543210';
const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const shop = served('System', 'shop', { owner: 'team-a' });

/** Reads with recorded (not real) backoff, and returns the error message it failed with, or 'ok'. */
async function read(url: string, extra: Partial<BackstageReadOptions> = {}): Promise<{ outcome: string; sleeps: number[]; progress: string[] }> {
  const sleeps: number[] = [];
  const progress: string[] = [];
  const http = { sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5, timeoutMs: 2_000, ...extra.http };
  try {
    await readBackstageCatalog({ urls: [url], token: TOKEN, onProgress: (m) => progress.push(m), ...extra, http });
    return { outcome: 'ok', sleeps, progress };
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return { outcome: (error as Error).message, sleeps, progress };
  }
}

async function serve(handler: Parameters<typeof startFakeServer>[0]): Promise<FakeServer> {
  const server = await startFakeServer(handler);
  servers.push(server);
  return server;
}

describe('readBackstageCatalog: failures', () => {
  it('401 and 403: token missing or refused, without retrying', async () => {
    const server = await serve((_req, res) => sendJson(res, { error: { message: 'Illegal token' } }, 401));
    const { outcome } = await read(server.url);
    expect(outcome).toBe(`Backstage at ${server.url}: token missing or refused (HTTP 401; set BACKSTAGE_TOKEN or --backstage-token-env)`);
    expect(server.requests).toHaveLength(1);
    const forbidden = await serve((_req, res) => sendJson(res, {}, 403));
    expect((await read(forbidden.url, { token: undefined, tokenEnv: 'MY_TOKEN' })).outcome).toBe(
      `Backstage at ${forbidden.url}: token missing or refused (HTTP 403; MY_TOKEN is not set; set MY_TOKEN or --backstage-token-env)`,
    );
  });

  it('404: no catalog API at that URL', async () => {
    const server = await serve((_req, res) => sendJson(res, {}, 404));
    expect((await read(`${server.url}/wrong`)).outcome).toBe(
      `no Backstage catalog API at ${server.url}/wrong (${server.url}/wrong/api/catalog/entities/by-query answered HTTP 404; check the base URL)`,
    );
  });

  it('retries 5xx with exponential backoff, then succeeds', async () => {
    const server = await serve((_req, res, i) => (i < 2 ? sendJson(res, {}, 503) : sendJson(res, { items: [shop] })));
    const { outcome, sleeps, progress } = await read(server.url, { http: { retry: { retries: 3, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 } } });
    expect(outcome).toBe('ok');
    // Equal jitter with random() = 0.5: three quarters of 100 * 2^attempt.
    expect(sleeps).toEqual([75, 150]);
    expect(progress[0]).toBe(`${server.url}/api/catalog/entities/by-query answered HTTP 503; retrying in 0.1 s`);
  });

  it('respects Retry-After on 429, capped', async () => {
    const server = await serve((_req, res, i) => (i === 0 ? sendJson(res, {}, 429, { 'retry-after': '2' }) : i === 1 ? sendJson(res, {}, 429, { 'retry-after': '3600' }) : sendJson(res, { items: [shop] })));
    const { outcome, sleeps } = await read(server.url, { http: { retry: { retries: 3, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 10_000 } } });
    expect(outcome).toBe('ok');
    expect(sleeps).toEqual([2_000, 10_000]);
  });

  it('gives up after the bounded retries', async () => {
    const server = await serve((_req, res) => sendJson(res, {}, 500));
    const { outcome, sleeps } = await read(server.url, { http: { retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 15, maxRetryAfterMs: 100 } } });
    expect(outcome).toBe(`cannot read the Backstage catalog at ${server.url}: ${server.url}/api/catalog/entities/by-query answered HTTP 500 (gave up after 3 attempts)`);
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toEqual([8, 11]); // capped at maxDelayMs: 15 / 2 + 0.5 * 15 / 2
  });

  it('a page failing mid-way fails the whole read, naming the page', async () => {
    const server = await serve((_req, res, i) => (i === 0 ? sendJson(res, { items: [shop], pageInfo: { nextCursor: 'next' } }) : sendJson(res, {}, 502)));
    const { outcome } = await read(server.url, { http: { retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 } } });
    expect(outcome).toMatch(/^catalog read incomplete: http:\/\/127\.0\.0\.1:\d+ page 2 failed: .* answered HTTP 502 \(gave up after 2 attempts\); no result was produced .*1 entities had been read/);
  });

  it('times out a server that does not answer, and retries it', async () => {
    const server = await serve(() => undefined);
    const { outcome } = await read(server.url, { http: { timeoutMs: 100, retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 } } });
    expect(outcome).toBe(`cannot read the Backstage catalog at ${server.url}: ${server.url}/api/catalog/entities/by-query did not answer within 0.1 s (gave up after 2 attempts)`);
    expect(server.requests).toHaveLength(2);
  });

  it('a server that is not there is a network error', async () => {
    const server = await serve(() => undefined);
    await server.close();
    servers.pop();
    const { outcome } = await read(server.url, { http: { retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 } } });
    expect(outcome).toBe(`cannot read the Backstage catalog at ${server.url}: cannot reach ${server.url}/api/catalog/entities/by-query (ECONNREFUSED) (gave up after 1 attempts)`);
  });

  it('invalid JSON and non-page JSON are clear errors, not retried', async () => {
    const html = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><p>login</p>');
    });
    expect((await read(html.url)).outcome).toBe(`cannot read the Backstage catalog at ${html.url}: ${html.url}/api/catalog/entities/by-query did not answer valid JSON (text/html)`);
    expect(html.requests).toHaveLength(1);
    const other = await serve((_req, res) => sendJson(res, { entities: [] }));
    expect((await read(other.url)).outcome).toContain('did not answer a catalog page (expected {"items": [...]})');
  });

  it('follows same-origin redirects with the token, refuses other hosts', async () => {
    const target = await serve((_req, res) => sendJson(res, { items: [shop] }));
    const server = await serve((req, res) => {
      if (req.url.pathname.startsWith('/old')) {
        res.writeHead(301, { location: req.url.pathname.replace('/old', '/new') + req.url.search }).end();
      } else if (req.url.pathname.startsWith('/away')) {
        res.writeHead(302, { location: `${target.url}/api/catalog/entities/by-query` }).end();
      } else if (req.url.pathname.startsWith('/loop')) {
        res.writeHead(307, { location: req.url.pathname + req.url.search }).end();
      } else {
        sendJson(res, { items: [shop] });
      }
    });
    expect((await read(`${server.url}/old`)).outcome).toBe('ok');
    expect(server.requests.map((r) => [r.url.pathname, r.headers.authorization])).toEqual([
      ['/old/api/catalog/entities/by-query', `Bearer ${TOKEN}`],
      ['/new/api/catalog/entities/by-query', `Bearer ${TOKEN}`],
    ]);
    expect((await read(`${server.url}/away`)).outcome).toContain(`redirects to another host (${target.url}); not followed, so the token is not sent there`);
    expect(target.requests).toHaveLength(0);
    expect((await read(`${server.url}/loop`)).outcome).toContain('redirects more than 3 times');
  });

  it('accepts only http(s) URLs without credentials', async () => {
    expect((await read('ftp://backstage.example')).outcome).toBe('Backstage URL must be http:// or https://, not ftp:');
    expect((await read('file:///etc/passwd')).outcome).toBe('Backstage URL must be http:// or https://, not file:');
    expect((await read('not a url')).outcome).toBe('invalid Backstage URL: "not a url" (expected http:// or https://)');
    expect((await read('https://user:secret@backstage.example')).outcome).toMatch(/must not hold credentials/);
  });

  it('never puts the token in a message, even when the server echoes it', async () => {
    const echo = await serve((req, res) => {
      res.writeHead(500, { 'content-type': 'application/json', 'x-echo': String(req.headers.authorization) });
      res.end(JSON.stringify({ error: { message: `bad ${String(req.headers.authorization)}` } }));
    });
    const { outcome, progress } = await read(echo.url, { http: { retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 } } });
    expect([outcome, ...progress].join('\n')).not.toContain(TOKEN);
  });
});
