import { BackstageApiError } from './api-error.js';
import { displayUrl } from './catalog-url.js';
import { backoffDelay, DEFAULT_RETRY_POLICY, isRetryableStatus, retryAfterMs, type RetryPolicy } from './retry-policy.js';

export interface HttpOptions {
  /** Sent as `Authorization: Bearer`, and only to the origin first asked. */
  token?: string;
  /** Per attempt, redirects and body included. */
  timeoutMs: number;
  /** Same-origin redirects followed before giving up. */
  maxRedirects: number;
  retry: RetryPolicy;
  /** Injectable so tests can check backoff without waiting for it. */
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  onRetry?: (message: string) => void;
  /** Largest answer read, in bytes: a bigger one is refused before it is held in memory. */
  maxBodyBytes: number;
}

export const DEFAULT_HTTP_OPTIONS: HttpOptions = {
  timeoutMs: 30_000,
  maxRedirects: 3,
  retry: DEFAULT_RETRY_POLICY,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  maxBodyBytes: 256 * 1024 * 1024,
};

type Attempt = { ok: true; value: unknown } | { ok: false; error: BackstageApiError; isRetryable: boolean; retryAfter?: number };

/** GETs a JSON document, retrying what may pass (timeouts, network errors, 429, 5xx) with backoff. */
export async function getJson(url: URL, options: HttpOptions): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptOnce(url, options);
    if (outcome.ok) return outcome.value;
    const { error } = outcome;
    if (!outcome.isRetryable) throw error;
    if (attempt >= options.retry.retries) {
      throw new BackstageApiError(error.kind, `${error.message} (gave up after ${attempt + 1} attempts)`, error.status);
    }
    const delay =
      outcome.retryAfter !== undefined
        ? Math.min(outcome.retryAfter, options.retry.maxRetryAfterMs)
        : backoffDelay(options.retry, attempt, options.random);
    options.onRetry?.(`${error.message}; retrying in ${(delay / 1000).toFixed(1)} s`);
    await options.sleep(delay);
  }
}

async function attemptOnce(url: URL, options: HttpOptions): Promise<Attempt> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetchFollowingRedirects(url, options, signal);
    if (!response.ok) {
      await response.body?.cancel();
      const error = statusError(response.status, url);
      const retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
      return { ok: false, error, isRetryable: isRetryableStatus(response.status), ...(retryAfter !== undefined && { retryAfter }) };
    }
    const text = await readCapped(response, url, options.maxBodyBytes);
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      const type = (response.headers.get('content-type') ?? 'no content type').replace(/[^\w/.+;= -]/g, '').slice(0, 80);
      return { ok: false, error: new BackstageApiError('invalid-json', `${displayUrl(url)} did not answer valid JSON (${type})`), isRetryable: false };
    }
  } catch (error) {
    if (error instanceof BackstageApiError) return { ok: false, error, isRetryable: false };
    return { ok: false, error: transportError(error, url, options.timeoutMs), isRetryable: true };
  }
}

/** The body as text, stopped as soon as it passes `limit` bytes (a declared length over it is refused unread). */
async function readCapped(response: Response, url: URL, limit: number): Promise<string> {
  const tooLarge = () => new BackstageApiError('too-large', `${displayUrl(url)} answered more than ${formatBytes(limit)} for one page, counted decompressed (backstage.maxPageMegabytes: use a smaller page size or raise the limit)`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > limit) {
      await response.body.cancel().catch(() => undefined);
      throw tooLarge();
    }
    parts.push(decoder.decode(chunk, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}

/** Follows same-origin redirects by hand: fetch's own following would carry the token to any host. */
async function fetchFollowingRedirects(start: URL, options: HttpOptions, signal: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let url = start;
  for (let hops = 0; ; hops++) {
    const response = await fetch(url, { headers, redirect: 'manual', signal });
    if (response.status < 300 || response.status >= 400 || response.status === 304) return response;
    await response.body?.cancel();
    const location = response.headers.get('location');
    const next = location === null ? undefined : resolveUrl(location, url);
    if (next === undefined) {
      throw new BackstageApiError('redirect', `${displayUrl(url)} answered HTTP ${response.status} without a usable Location`, response.status);
    }
    if (next.origin !== start.origin) {
      const message = `${displayUrl(url)} redirects to another host (${next.protocol}//${next.host}); not followed, so the token is not sent there (use the final URL)`;
      throw new BackstageApiError('redirect', message, response.status);
    }
    if (hops >= options.maxRedirects) {
      throw new BackstageApiError('redirect', `${displayUrl(start)} redirects more than ${options.maxRedirects} times`, response.status);
    }
    url = next;
  }
}

function statusError(status: number, url: URL): BackstageApiError {
  if (status === 401 || status === 403) return new BackstageApiError('auth', `${displayUrl(url)} answered HTTP ${status}`, status);
  if (status === 404) return new BackstageApiError('not-found', `${displayUrl(url)} answered HTTP 404`, status);
  return new BackstageApiError('http', `${displayUrl(url)} answered HTTP ${status}`, status);
}

function transportError(error: unknown, url: URL, timeoutMs: number): BackstageApiError {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new BackstageApiError('timeout', `${displayUrl(url)} did not answer within ${timeoutMs / 1000} s`);
  }
  // undici puts the useful part (ECONNREFUSED, ENOTFOUND, socket closed) in the cause.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  const reason = code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new BackstageApiError('network', `cannot reach ${displayUrl(url)} (${reason})`);
}

function resolveUrl(location: string, base: URL): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}
