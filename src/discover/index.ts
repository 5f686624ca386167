export { discoverRepository } from './discover-repository.js';
export { discoverForAnalysis, type DiscoverForAnalysis, type DiscoveredInputs } from './for-analysis.js';
export { mergeDiscovery, type MergedDiscovery } from './merge-discovery.js';
export { toCatalogYaml } from './catalog-yaml.js';
export type * from './types.js';
export { useRemoteSourceLocations } from './source-url.js';
