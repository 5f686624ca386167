import { createApiFactory, discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { teamfitApiRef } from './teamfit-api.js';
import { TeamfitClient } from './teamfit-client.js';

/** The one factory both frontend systems install: the client over the app's discovery and fetch APIs. */
export const teamfitApiFactory = createApiFactory({
  api: teamfitApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) => new TeamfitClient({ discoveryApi, fetchApi }),
});
