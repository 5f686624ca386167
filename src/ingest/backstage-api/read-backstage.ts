import { z } from 'zod';
import type { Diagnostic } from '../../result/index.js';
import { UsageError } from '../../util/errors.js';
import type { RawEntity } from '../types.js';
import { BackstageApiError, redact } from './api-error.js';
import { displayUrl, firstPageUrl, nextPageUrl, parseBaseUrl } from './catalog-url.js';
import { DEFAULT_HTTP_OPTIONS, getJson, type HttpOptions } from './http-get.js';
import { readCatalogItems, sortCatalogEntities } from './catalog-items.js';

export const DEFAULT_TOKEN_ENV = 'BACKSTAGE_TOKEN';
export const DEFAULT_PAGE_SIZE = 500;
/** Pages read from one instance before giving up: 5 million entities at the default page size. */
export const DEFAULT_MAX_PAGES = 10_000;

export interface BackstageReadOptions {
  /** Base URLs of Backstage instances (the catalog API is under `/api/catalog`). */
  urls: string[];
  /** The token, already taken from the environment; undefined sends no Authorization header. */
  token: string | undefined;
  /** Name of the variable the token came from, for messages. */
  tokenEnv?: string;
  /** Entities per page. */
  pageSize?: number;
  /** Pages read from one instance at most; a catalog still paging after them is an error. */
  maxPages?: number;
  http?: Partial<HttpOptions>;
  onProgress?: (message: string) => void;
  /** Runs after each page is read, before the next is asked for (tests stop the server here). */
  afterPage?: (page: number) => Promise<void>;
}

export interface BackstageReadResult {
  entities: RawEntity[];
  diagnostics: Diagnostic[];
  /** The instances read, as shown to people. */
  sources: string[];
}

const Page = z.object({
  items: z.array(z.unknown()),
  pageInfo: z.object({ nextCursor: z.string().min(1).optional() }).optional(),
  totalItems: z.number().optional(),
});

/**
 * Reads the entities teamfit uses from Backstage's catalog API, page by page. A source is read whole or
 * not at all: any page that still fails after retries throws a UsageError naming it, because verdicts
 * drawn from part of a catalog would look complete and be wrong. Bad entities are diagnostics, as in files.
 */
export async function readBackstageCatalog(options: BackstageReadOptions): Promise<BackstageReadResult> {
  const bases = options.urls.map(parseBaseUrl);
  const result: BackstageReadResult = { entities: [], diagnostics: [], sources: bases.map(displayUrl) };
  for (const base of bases) await readSource(base, options, result);
  sortCatalogEntities(result.entities);
  return result;
}

async function readSource(base: URL, options: BackstageReadOptions, result: BackstageReadResult): Promise<void> {
  const source = displayUrl(base);
  const progress = options.onProgress ?? (() => undefined);
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const http: HttpOptions = { ...DEFAULT_HTTP_OPTIONS, onRetry: (message) => progress(redact(message, options.token)), ...options.http };
  if (options.token !== undefined) http.token = options.token;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  // A server that hands out a cursor it gave before would make the reader loop forever.
  const seenCursors = new Set<string>();
  let url = firstPageUrl(base, pageSize);
  let read = 0;
  for (let page = 1; ; page++) {
    let body: z.infer<typeof Page>;
    try {
      const parsed = Page.safeParse(await getJson(url, http));
      if (!parsed.success) throw new BackstageApiError('invalid-json', `${displayUrl(url)} did not answer a catalog page (expected {"items": [...]})`);
      body = parsed.data;
    } catch (error) {
      throw failure(error, { source, page, read, options });
    }
    readCatalogItems(body.items, source, result);
    read += body.items.length;
    const total = body.totalItems === undefined ? '' : ` of ${body.totalItems}`;
    progress(`${source}: page ${page}, ${read}${total} entities`);
    const cursor = body.pageInfo?.nextCursor;
    if (cursor === undefined || body.items.length === 0) return;
    if (seenCursors.has(cursor)) {
      throw failure(new BackstageApiError('paging', `page ${page} gave a next-page cursor it had given before, so paging would never end`), { source, page, read, options });
    }
    if (page >= maxPages) {
      throw failure(new BackstageApiError('paging', `still paging after ${maxPages} pages (backstage.maxPages)`), { source, page, read, options });
    }
    seenCursors.add(cursor);
    await options.afterPage?.(page);
    url = nextPageUrl(base, cursor, pageSize);
  }
}

interface FailureContext {
  source: string;
  page: number;
  read: number;
  options: BackstageReadOptions;
}

/** The one line the user reads; it never holds the token, whatever the server or the network said. */
function failure(error: unknown, { source, page, read, options }: FailureContext): UsageError {
  const tokenEnv = options.tokenEnv ?? DEFAULT_TOKEN_ENV;
  const reason = error instanceof Error ? error.message : String(error);
  let message: string;
  if (error instanceof BackstageApiError && error.kind === 'auth') {
    const unset = options.token === undefined ? `; ${tokenEnv} is not set` : '';
    message = `Backstage at ${source}: token missing or refused (HTTP ${error.status ?? 401}${unset}; set ${tokenEnv} or --backstage-token-env)`;
  } else if (error instanceof BackstageApiError && error.kind === 'not-found' && page === 1) {
    message = `no Backstage catalog API at ${source} (${reason}; check the base URL)`;
  } else if (error instanceof BackstageApiError && error.kind === 'paging') {
    message = `catalog read stopped: ${source}: ${reason}; no result was produced (${read} entities had been read)`;
  } else if (page > 1) {
    message = `catalog read incomplete: ${source} page ${page} failed: ${reason}; no result was produced (a partial catalog gives wrong verdicts; ${read} entities had been read)`;
  } else {
    message = `cannot read the Backstage catalog at ${source}: ${reason}`;
  }
  return new UsageError(redact(message, options.token));
}
