import { UsageError } from '../../util/errors.js';
import { KNOWN_KINDS } from '../types.js';

const QUERY_PATH = '/api/catalog/entities/by-query';
/** Only what teamfit reads: Backstage's own uid, etag and relations are left on the server. */
export const CATALOG_FIELDS: readonly string[] = [
  'kind', 'apiVersion', 'metadata.name', 'metadata.namespace', 'metadata.title', 'metadata.description',
  'metadata.annotations', 'metadata.labels', 'metadata.tags', 'spec',
];
const FIELDS = CATALOG_FIELDS.join(',');
/** One filter parameter repeating `kind=` is Backstage's "any of these kinds". */
const KIND_FILTER = KNOWN_KINDS.map((kind) => `kind=${kind.toLowerCase()}`).join(',');

/**
 * Checks a `--backstage-url` and returns it as the base of the API: http(s) only, no credentials (they
 * would end up in messages; the token belongs in an environment variable), a trailing `/api/catalog`
 * or `/` dropped so both the instance's URL and its catalog API's URL work.
 */
export function parseBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`invalid Backstage URL: ${JSON.stringify(raw)} (expected http:// or https://)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`Backstage URL must be http:// or https://, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new UsageError('Backstage URL must not hold credentials; pass the token through an environment variable (BACKSTAGE_TOKEN or --backstage-token-env)');
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/catalog$/, '');
  return new URL(`${url.origin}${path}`);
}

export function firstPageUrl(base: URL, pageSize: number): URL {
  const url = queryUrl(base);
  url.searchParams.set('filter', KIND_FILTER);
  url.searchParams.set('fields', FIELDS);
  url.searchParams.set('limit', String(pageSize));
  return url;
}

/** Later pages carry the cursor instead of the filter (the cursor holds the query); fields and limit are not in it. */
export function nextPageUrl(base: URL, cursor: string, pageSize: number): URL {
  const url = queryUrl(base);
  url.searchParams.set('cursor', cursor);
  url.searchParams.set('fields', FIELDS);
  url.searchParams.set('limit', String(pageSize));
  return url;
}

/** A URL as shown in messages: no query (cursors are long and say nothing to a person), never credentials. */
export function displayUrl(url: URL): string {
  return `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
}

function queryUrl(base: URL): URL {
  return new URL(`${base.origin}${base.pathname.replace(/\/$/, '')}${QUERY_PATH}`);
}
