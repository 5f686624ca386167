/**
 * teamfit's Backstage backend plugin: architecture and team-structure verdicts by "a model for DevOps".
 * @packageDocumentation
 */
export { teamfitPlugin as default, TEAMFIT_TASK_ID, CATALOG_SOURCE } from './plugin.js';
export { teamfitResultReadPermission, teamfitPermissions } from './permissions.js';
export type { EntityAnswer } from 'teamfit';
export type { StoredRun } from './result-store.js';
