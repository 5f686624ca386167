export { readCatalog } from './read-catalog.js';
export { entityRef } from './metadata.js';
export { SUPPORTED_API_VERSIONS } from './entity.js';
export { MAX_EXPANDED_NODES, MAX_FILE_BYTES } from './parse-yaml.js';
export * from './types.js';
