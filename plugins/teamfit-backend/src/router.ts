import type { BackstageCredentials, HttpAuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import Router from 'express-promise-router';
import { entityAnswer, type AnalysisResult } from 'teamfit';
import { teamfitResultReadPermission } from './permissions.js';
import type { ResultStore } from './result-store.js';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  store: ResultStore;
}

/**
 * `GET /result` (the latest AnalysisResult, the same JSON as `teamfit analyze --format json`),
 * `GET /history` (past runs and their counts) and `GET /entities/:kind/:namespace/:name`.
 */
export function createRouter({ httpAuth, permissions, catalog, store }: RouterOptions): express.Router {
  const router = Router();
  router.use(express.json());

  const authorized = async (request: express.Request): Promise<BackstageCredentials> => {
    const credentials = await httpAuth.credentials(request, { allow: ['user', 'service'] });
    const [decision] = await permissions.authorize([{ permission: teamfitResultReadPermission }], { credentials });
    if (decision?.result !== AuthorizeResult.ALLOW) throw new NotAllowedError('not allowed to read teamfit results');
    return credentials;
  };
  const latest = async () => {
    const stored = await store.latest();
    if (!stored) throw new NotFoundError('teamfit has not analysed the catalog yet; it runs on the schedule in app-config teamfit.schedule');
    return stored;
  };

  router.get('/result', async (request, response) => {
    await authorized(request);
    const stored = await latest();
    response.setHeader('last-modified', new Date(stored.analysedAt).toUTCString());
    response.json(stored.result);
  });

  router.get('/history', async (request, response) => {
    await authorized(request);
    response.json({ runs: await store.runs() });
  });

  router.get('/entities/:kind/:namespace/:name', async (request, response) => {
    const credentials = await authorized(request);
    const { kind, namespace, name } = request.params;
    const ref = `${kind}:${namespace}/${name}`.toLowerCase();
    const stored = await latest();
    const answer = entityAnswer(stored.result, ref, stored.analysedAt);
    // An entity the caller cannot read in the catalog is as absent here as it is there.
    if (!answer || !(await isReadable(stored.result, ref, catalog, credentials))) throw new NotFoundError(`teamfit has no verdict for ${ref}`);
    response.json(answer);
  });

  return router;
}

/** A System teamfit inferred is not in the catalog: it is readable when one of its components is. */
async function isReadable(result: AnalysisResult, ref: string, catalog: CatalogService, credentials: BackstageCredentials): Promise<boolean> {
  const inferred = result.systems.find((s) => s.ref === ref && s.inferred);
  const refs = inferred ? inferred.components : [ref];
  if (refs.length === 0) return false;
  const { items } = await catalog.getEntitiesByRefs({ entityRefs: refs, fields: ['kind', 'metadata.name'] }, { credentials });
  return items.some((item) => item !== null && item !== undefined);
}
