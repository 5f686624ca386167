/**
 * teamfit in Backstage's frontend. The default export is the plugin for the new frontend system; the named
 * `teamfitPlugin`, `EntityTeamfitCard`, `EntityTeamfitContent` and `TeamfitPage` are for legacy apps.
 * @packageDocumentation
 */
import { teamfitFrontendPlugin } from './plugin.js';

export default teamfitFrontendPlugin;
export { teamfitApi, teamfitEntityContent, teamfitFrontendPlugin, teamfitGroupCard, teamfitPage, teamfitSystemCard } from './plugin.js';
export { EntityTeamfitCard, EntityTeamfitContent, TeamfitPage, teamfitPlugin } from './legacy-plugin.js';
export { teamfitApiRef, type TeamfitApi } from './api/teamfit-api.js';
export { TeamfitClient } from './api/teamfit-client.js';
export type { TeamfitEntity, TeamfitEntityName } from './api/types.js';
export { rootRouteRef } from './route-refs.js';
