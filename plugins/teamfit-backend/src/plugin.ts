import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { analyze } from 'teamfit';
import { migrate } from './migrations.js';
import { readOptions } from './options.js';
import { teamfitPermissions } from './permissions.js';
import { readCatalog } from './read-catalog.js';
import { ResultStore } from './result-store.js';
import { createRouter } from './router.js';

/** The scheduler task that analyses the catalog; `scheduler.triggerTask(TEAMFIT_TASK_ID)` runs it now. */
export const TEAMFIT_TASK_ID = 'teamfit-analysis';
/** Where the entities came from, in the result's `inputs` and its diagnostics. */
export const CATALOG_SOURCE = 'backstage-catalog';

/**
 * teamfit in a Backstage backend: analyses the catalog on a schedule (app-config `teamfit.schedule`),
 * keeps each result in the plugin's database and serves it under /api/teamfit.
 */
export const teamfitPlugin = createBackendPlugin({
  pluginId: 'teamfit',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        database: coreServices.database,
        catalog: catalogServiceRef,
      },
      async init({ config, logger, auth, httpAuth, httpRouter, permissions, permissionsRegistry, scheduler, database, catalog }) {
        const options = readOptions(config);
        const knex = await database.getClient();
        if (!database.migrations?.skip) await migrate(knex);
        const store = new ResultStore(knex);
        permissionsRegistry.addPermissions(teamfitPermissions);

        await scheduler.scheduleTask({
          id: TEAMFIT_TASK_ID,
          ...options.schedule,
          fn: async () => {
            const started = Date.now();
            const items = await readCatalog(catalog, auth);
            const result = await analyze({
              catalogEntities: { source: CATALOG_SOURCE, items },
              history: options.history,
              ...(options.configFile !== undefined && { configFile: options.configFile }),
              onProgress: (message) => logger.debug(message),
            });
            await store.save(result, new Date(), options.keepResults);
            const { systems, teams, findings } = result.summary;
            logger.info(`analysed ${items.length} entities in ${Date.now() - started} ms: ${systems} systems, ${teams} teams, ${findings.error + findings.warning + findings.info} findings`);
          },
        });

        httpRouter.use(createRouter({ httpAuth, permissions, catalog, store }));
      },
    });
  },
});
