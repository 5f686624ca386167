import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The organisation page's route, for links from elsewhere in the app. */
export const rootRouteRef = createRouteRef();
