// A page built from the plugin for a real browser: Backstage's test app (frontend-test-utils, the real app
// runtime) holding the plugin's System and Group card extensions on the entities the server names, with the
// plugin's own API factory over the app's discovery and fetch APIs pointed at the test server, which answers
// as the backend plugin did. Bundled by esbuild in page.test.ts.
import type { Entity } from '@backstage/catalog-model';
import { createFetchApi, UrlPatternDiscovery } from '@backstage/core-app-api';
import { discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { createExtensionTester, renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { teamfitApiRef, teamfitGroupCard, teamfitSystemCard } from '../../src/index.js';
import { teamfitApiFactory } from '../../src/api/teamfit-api-factory.js';

declare global {
  interface Window {
    teamfitEntities: { system: Entity; group: Entity };
  }
}

const discoveryApi = UrlPatternDiscovery.compile(`${window.location.origin}/api/{{ pluginId }}`);
// Bound: with no middleware the FetchApi is the base implementation itself, called as a method of the API.
const fetchApi = createFetchApi({ baseImplementation: window.fetch.bind(window) });
const teamfitApi = teamfitApiFactory.factory({ discoveryApi, fetchApi });
const { system, group } = window.teamfitEntities;

renderInTestApp(
  <div style={{ display: 'grid', gap: 24, gridTemplateColumns: '1fr 1fr', padding: 24, alignItems: 'start' }}>
    <section data-testid="system-page">
      <EntityProvider entity={system}>{createExtensionTester(teamfitSystemCard).reactElement()}</EntityProvider>
    </section>
    <section data-testid="group-page">
      <EntityProvider entity={group}>{createExtensionTester(teamfitGroupCard).reactElement()}</EntityProvider>
    </section>
  </div>,
  { apis: [[discoveryApiRef, discoveryApi], [fetchApiRef, fetchApi], [teamfitApiRef, teamfitApi]] },
);
