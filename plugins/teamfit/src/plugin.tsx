import { ApiBlueprint, createFrontendPlugin, PageBlueprint } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint, EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { teamfitApiFactory } from './api/teamfit-api-factory.js';
import { rootRouteRef } from './route-refs.js';

/** The client for the teamfit backend plugin. */
export const teamfitApi = ApiBlueprint.make({ params: (define) => define(teamfitApiFactory) });

/** On System pages: the architecture verdict, the signals that decided it, the fit and its findings. */
export const teamfitSystemCard = EntityCardBlueprint.make({
  name: 'system',
  params: {
    filter: { kind: 'system' },
    loader: async () => import('./components/system-card.js').then((m) => <m.TeamfitSystemCard />),
  },
});

/** On Group pages: the structure verdict, what the team owns and runs, and its findings. */
export const teamfitGroupCard = EntityCardBlueprint.make({
  name: 'group',
  params: {
    filter: { kind: 'group' },
    loader: async () => import('./components/group-card.js').then((m) => <m.TeamfitGroupCard />),
  },
});

/** A tab on System and Group pages with every signal, every fit and every finding. */
export const teamfitEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'teamfit',
    title: 'teamfit',
    filter: { kind: { $in: ['system', 'group'] } },
    loader: async () => import('./components/evidence-content.js').then((m) => <m.TeamfitEvidenceContent />),
  },
});

/** The organisation page: the model's fit table and every team's structure. */
export const teamfitPage = PageBlueprint.make({
  params: {
    path: '/teamfit',
    title: 'teamfit',
    routeRef: rootRouteRef,
    noHeader: true,
    loader: async () => import('./components/fit-page.js').then((m) => <m.TeamfitPageContent />),
  },
});

/** teamfit for Backstage's new frontend system: install the package and the app discovers it. */
export const teamfitFrontendPlugin = createFrontendPlugin({
  pluginId: 'teamfit',
  title: 'teamfit',
  routes: { root: rootRouteRef },
  extensions: [teamfitApi, teamfitSystemCard, teamfitGroupCard, teamfitEntityContent, teamfitPage],
});
