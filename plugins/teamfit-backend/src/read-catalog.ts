import type { AuthService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { CATALOG_FIELDS, CATALOG_KINDS } from 'teamfit';

/**
 * Every entity teamfit reads, through the catalog service with the plugin's own credentials: the
 * analysis is of the whole organisation, whoever asks for it later.
 */
export async function readCatalog(catalog: CatalogService, auth: AuthService): Promise<unknown[]> {
  const credentials = await auth.getOwnServiceCredentials();
  const items: unknown[] = [];
  const request = { filter: { kind: [...CATALOG_KINDS] }, fields: [...CATALOG_FIELDS] };
  for await (const page of catalog.streamEntities(request, { credentials })) items.push(...page);
  return items;
}
