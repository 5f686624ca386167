import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { coreServices, createBackendModule, createServiceFactory, type BackendFeature, type BackstageCredentials, type SchedulerService } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices, startTestBackend, type TestBackend } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { readCatalog } from '../../../src/ingest/index.js';

/** The repository root: the example catalog and the CLI live there. */
export const ROOT = resolve(import.meta.dirname, '../../..');
export const NORTHWIND = join(ROOT, 'examples/northwind/catalog-info.yaml');
/** A user the permission policy below refuses teamfit's results. */
export const OUTSIDER = 'user:default/outsider';
/** A user the permission policy below lets read teamfit's results but no catalog entity. */
export const GUEST = 'user:default/guest';

/** Northwind's git history, built once per test file as `npm start` builds it. */
export function buildNorthwindHistory(): string {
  const repos = join(mkdtempSync(join(tmpdir(), 'teamfit-backstage-')), 'repos');
  execFileSync(process.execPath, [join(ROOT, 'examples/northwind/build-history.mjs'), repos], { stdio: 'ignore' });
  return repos;
}

export interface NorthwindBackend {
  backend: TestBackend;
  url: string;
  /** Runs a plugin's scheduled task now and waits for it. */
  trigger: (pluginId: string, taskId: string) => Promise<void>;
}

/**
 * A real Backstage backend (startTestBackend) with the real catalog holding Northwind, the given features,
 * mock auth that lets no anonymous request through, and a small permission policy (OUTSIDER, GUEST).
 */
export async function startNorthwindBackend(features: BackendFeature[], config: Record<string, unknown>): Promise<NorthwindBackend> {
  const schedulers = new Map<string, SchedulerService>();
  const backend = await startTestBackend({
    features: [
      defaultFeature(await import('@backstage/plugin-catalog-backend')),
      ...features,
      ...['teamfit', 'tech-insights'].map((pluginId) => schedulerProbe(pluginId, schedulers)),
      mockServices.rootConfig.factory({
        data: {
          backend: { database: { client: 'better-sqlite3', connection: ':memory:' } },
          catalog: {
            rules: [{ allow: ['Component', 'System', 'API', 'Resource', 'Location', 'Domain', 'Group', 'User', 'Template'] }],
            processingInterval: { minutes: 30 },
            locations: [{ type: 'file', target: NORTHWIND }],
          },
          ...config,
        },
      }),
      mockServices.httpAuth.factory({ defaultCredentials: mockCredentials.none() }),
      permissionPolicy,
    ],
  });
  const address = backend.server.address();
  const url = `http://localhost:${typeof address === 'object' && address !== null ? address.port : 0}`;
  await waitForCatalog(url, (await readCatalog({ paths: [NORTHWIND], cwd: ROOT })).entities.length + 1);
  const trigger = async (pluginId: string, taskId: string) => {
    const scheduler = schedulers.get(pluginId);
    if (!scheduler) throw new Error(`no scheduler seen for plugin ${pluginId}`);
    await scheduler.triggerTask(taskId);
  };
  return { backend, url, trigger };
}

/**
 * A CommonJS Backstage package's default feature: Node's ESM interop makes module.exports the default
 * export (the feature one level down), vitest's makes the feature itself the default.
 */
export function defaultFeature(module: { default: unknown }): BackendFeature {
  const outer = module.default;
  if (isFeature(outer)) return outer;
  const inner = typeof outer === 'object' && outer !== null && 'default' in outer ? outer.default : undefined;
  if (isFeature(inner)) return inner;
  throw new Error('the module has no default backend feature');
}

function isFeature(value: unknown): value is BackendFeature {
  return typeof value === 'object' && value !== null && '$$type' in value;
}

/** Captures a plugin's scheduler, so a test can run its tasks now rather than on their schedule. */
function schedulerProbe(pluginId: string, into: Map<string, SchedulerService>): BackendFeature {
  return createBackendModule({
    pluginId,
    moduleId: 'test-scheduler-probe',
    register(env) {
      env.registerInit({ deps: { scheduler: coreServices.scheduler }, async init({ scheduler }) { into.set(pluginId, scheduler); } });
    },
  });
}

function userOf(credentials: BackstageCredentials | undefined): string | undefined {
  const principal = credentials?.principal;
  return typeof principal === 'object' && principal !== null && 'userEntityRef' in principal ? String(principal.userEntityRef) : undefined;
}

function decide(permission: string, credentials: BackstageCredentials | undefined): AuthorizeResult.ALLOW | AuthorizeResult.DENY {
  const user = userOf(credentials);
  if (user === OUTSIDER && permission.startsWith('teamfit.')) return AuthorizeResult.DENY;
  if (user === GUEST && permission.startsWith('catalog.')) return AuthorizeResult.DENY;
  return AuthorizeResult.ALLOW;
}

/** OUTSIDER may not read teamfit results; GUEST may read nothing in the catalog; everyone else anything. */
const permissionPolicy = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => ({
    authorize: async (requests, options) => requests.map((request) => ({ result: decide(request.permission.name, options?.credentials) })),
    authorizeConditional: async (requests, options) => requests.map((request) => ({ result: decide(request.permission.name, options?.credentials) })),
  }),
});

/** Backstage processes registered files a few seconds after it starts. */
async function waitForCatalog(url: string, expected: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  let seen = -1;
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/api/catalog/entities/by-query?limit=1&filter=kind=domain,kind=system,kind=component,kind=api,kind=resource,kind=group,kind=user,kind=location`, {
      headers: { authorization: mockCredentials.user.header() },
    });
    if (response.ok) seen = ((await response.json()) as { totalItems?: number }).totalItems ?? -1;
    if (seen === expected) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the catalog served ${seen} entities, not ${expected}, after 120 s`);
}
