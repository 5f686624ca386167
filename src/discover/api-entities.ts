import type { JsonObject } from '../ingest/types.js';
import type { Contract, ContractFormat } from './coupling/contract-owners.js';
import { entityName } from './paths.js';
import type { Evidence } from './types.js';

/** An API entity for a contract some unit serves, before it is written as Backstage YAML. */
export interface ApiEntity {
  name: string;
  format: ContractFormat;
  providers: string[];
  consumers: string[];
  spec: JsonObject;
  position: Evidence;
  description: string;
}

const TYPE: Record<ContractFormat, string> = { proto: 'grpc', openapi: 'openapi', asyncapi: 'asyncapi' };

/** `CartService` -> `cart-service`; `Orders API` -> `orders-api`. */
const apiName = (service: string) => entityName(service.replace(/([a-z0-9])([A-Z])/g, '$1-$2'));

/**
 * One API entity per service a contract declares (a proto may declare several) that a unit serves: its
 * definition is the contract file (`$text`, relative to a catalog written at the repository root), its owner
 * the serving unit's. A contract copied into several units' folders is one API, defined by the provider's copy
 * (else a shared copy outside the units). Contracts no unit serves make no entity: nothing here provides them.
 */
export function apiEntities(contracts: readonly Contract[], system: string, ownerOf: (unit: string) => string): ApiEntity[] {
  const byName = new Map<string, ApiEntity & { rank: number; file: string }>();
  for (const contract of contracts) {
    for (const role of contract.roles) {
      if (role.providers.length === 0) continue;
      const service = role.service;
      // The provider's own copy defines it best; a shared copy outside every unit next; another unit's copy last.
      const rank = contract.holders.some((h) => role.providers.includes(h)) ? 0 : contract.holders.length === 0 ? 1 : 2;
      const name = apiName(service);
      const known = byName.get(name);
      const providers = [...new Set([...(known?.providers ?? []), ...role.providers])];
      const consumers = [...new Set([...(known?.consumers ?? []), ...role.consumers])].filter((u) => !providers.includes(u));
      const best = known === undefined || rank < known.rank;
      const file = best ? contract.file : known.file;
      const owner = ownerOf(providers[0] ?? '');
      byName.set(name, {
        name, format: best ? contract.format : known.format, providers, consumers, rank: best ? rank : known.rank, file,
        spec: { type: TYPE[best ? contract.format : known.format], lifecycle: 'production', owner, system, definition: { $text: `./${file}` } },
        position: best ? { file: contract.file, line: 1, column: 1 } : known.position,
        description: `${service} from ${file}`,
      });
    }
  }
  return [...byName.values()].map(({ rank: _rank, file: _file, ...api }) => api);
}
