import { createComponentExtension, createPlugin, createRoutableExtension, createRouteRef } from '@backstage/core-plugin-api';
import { teamfitApiFactory } from './api/teamfit-api-factory.js';

/** The legacy system's own route ref: its router knows only core-plugin-api refs. */
export const legacyRootRouteRef = createRouteRef({ id: 'teamfit' });

/** teamfit for apps on the legacy frontend system (`createApp` with `createPlugin` plugins). */
export const teamfitPlugin = createPlugin({
  id: 'teamfit',
  apis: [teamfitApiFactory],
  routes: { root: legacyRootRouteRef },
});

/** For any entity page: a System's architecture, a Group's structure, another entity's fit and findings. */
export const EntityTeamfitCard = teamfitPlugin.provide(
  createComponentExtension({
    name: 'EntityTeamfitCard',
    component: { lazy: () => import('./components/entity-teamfit-card.js').then((m) => m.EntityTeamfitCard) },
  }),
);

/** The evidence tab's content, for an `EntityLayout.Route` on System and Group pages. */
export const EntityTeamfitContent = teamfitPlugin.provide(
  createComponentExtension({
    name: 'EntityTeamfitContent',
    component: { lazy: () => import('./components/evidence-content.js').then((m) => m.TeamfitEvidenceContent) },
  }),
);

/** The organisation page with the model's fit table, for a `<Route path="/teamfit">`. */
export const TeamfitPage = teamfitPlugin.provide(
  createRoutableExtension({
    name: 'TeamfitPage',
    component: () => import('./components/fit-page.js').then((m) => m.TeamfitPageContent),
    mountPoint: legacyRootRouteRef,
  }),
);
