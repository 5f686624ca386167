export * from './common.js';
export * from './model.js';
export * from './findings.js';
export * from './analysis-result.js';
export * from './baseline.js';
export * from './discovery.js';
export * from './history.js';
export * from './subjects.js';
