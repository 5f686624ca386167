export { readBackstageCatalog, DEFAULT_PAGE_SIZE, DEFAULT_TOKEN_ENV } from './read-backstage.js';
export type { BackstageReadOptions, BackstageReadResult } from './read-backstage.js';
export type { HttpOptions } from './http-get.js';
export type { RetryPolicy } from './retry-policy.js';
export { readCatalogItems, sortCatalogEntities, type CatalogItems } from './catalog-items.js';
export { CATALOG_FIELDS } from './catalog-url.js';
export { KNOWN_KINDS as CATALOG_KINDS } from '../types.js';
