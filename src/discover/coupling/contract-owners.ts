import { isInside } from '../paths.js';
import { readRepoFile } from '../repo-files.js';
import type { Unit } from '../types.js';

export type ContractFormat = 'proto' | 'openapi' | 'asyncapi';

export interface Contract {
  file: string;
  format: ContractFormat;
  /** Services (proto) or the document's title (OpenAPI, AsyncAPI). */
  services: string[];
  /** Units whose source folder holds this copy. */
  holders: string[];
  /** Units that serve one of its services. */
  providers: string[];
  /** Units that call one of its services. */
  consumers: string[];
  /** Who serves and who calls each service it declares. */
  roles: ServiceRoles[];
}

export interface ServiceRoles {
  service: string;
  providers: string[];
  /** Holding a copy of a one-service contract another unit serves (a generated client), or naming its gRPC client in code. */
  consumers: string[];
}

const CODE = /\.(java|kt|scala|go|py|js|mjs|ts|tsx|cs|rb|php|rs|ex|exs|cpp|cc|h)$/;
const NOT_PRODUCTION = /(^|\/)(tests?|__tests__|e2e|testdata|fixtures?|mocks?|examples?|samples?|src\/test)(\/|$)|[._-](test|spec)\.[a-z]+$|_test\.go$/i;
/** Code generated from a contract declares every client of it: it shows who holds the contract, not who calls. */
const GENERATED = /(^|\/)(genproto|generated|gen)\/|(_pb2(_grpc)?\.pyi?|\.pb\.(go|cc|h|swift|rs)|_grpc\.pb\.go|Grpc\.(java|kt|cs)|_grpc_pb\.(js|ts|d\.ts)|_pb\.(js|ts|d\.ts))$/;
const MAX_CODE_FILES = 5000;

/** `CartService`, `cart-service`, `Orders API`, `productcatalogservice` -> `cart`, `cart`, `orders`, `productcatalog`. */
export function serviceStem(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/(grpc|rpc)?(service|server|api|svc)$/, '');
}

/**
 * Who serves and who calls each contract. A service is served by the unit named after it (`CartService` by
 * `cartservice` or `cart`); else by the one unit whose folder holds the contract. A unit holding a copy of a
 * contract another unit serves is its client (generated stubs), and so is a unit whose code names the
 * service's gRPC client (`CartServiceClient`, `CartServiceStub`, `NewCartServiceClient`).
 */
export async function attributeContracts(root: string, found: ReadonlyArray<Omit<Contract, 'providers' | 'consumers' | 'roles'>>, units: readonly Unit[], files: readonly string[]): Promise<Contract[]> {
  const deployables = units.filter((u) => u.deployable);
  const named = (service: string) => deployables.filter((u) => serviceStem(u.name) === serviceStem(service) && serviceStem(service) !== '').map((u) => u.name);
  const callers = await clientCallers(root, found.filter((c) => c.format === 'proto').flatMap((c) => c.services), deployables, files);
  return found.map((contract) => {
    const roles = contract.services.map((service): ServiceRoles => {
      const byName = named(service);
      const providers = byName.length > 0 ? byName : contract.holders.length === 1 && contract.services.length === 1 ? [...contract.holders] : [];
      // A copy of a many-service contract is every service's stubs: only code naming a client shows a call.
      const copies = contract.services.length === 1 ? contract.holders : [];
      const consumers = [...new Set([...copies, ...(callers.get(service) ?? [])])].filter((u) => !providers.includes(u));
      return { service, providers, consumers };
    });
    const providers = [...new Set(roles.flatMap((r) => r.providers))];
    const consumers = [...new Set(roles.flatMap((r) => r.consumers))];
    return { ...contract, providers, consumers, roles };
  });
}

/** Units whose production code names a gRPC client of the service, by service. */
async function clientCallers(root: string, services: readonly string[], units: readonly Unit[], files: readonly string[]): Promise<Map<string, string[]>> {
  const callers = new Map<string, string[]>();
  const unique = [...new Set(services)].filter((s) => /^\w+$/.test(s));
  if (unique.length === 0) return callers;
  const client = new RegExp(`\\b(?:New)?(${unique.join('|')})(?:Client|Stub|BlockingStub|FutureStub|AsyncStub|CoroutineStub)\\b`, 'g');
  const owned = units.filter((u) => u.sourceDir !== '' && u.sourceDir !== '.');
  const sources = files.filter((f) => CODE.test(f) && !NOT_PRODUCTION.test(f) && !GENERATED.test(f) && owned.some((u) => isInside(f, u.sourceDir))).slice(0, MAX_CODE_FILES);
  for (const file of sources) {
    const text = await readRepoFile(root, file);
    if (text === undefined || !/(Client|Stub)\b/.test(text)) continue;
    const unit = owned.filter((u) => isInside(file, u.sourceDir)).sort((a, b) => b.sourceDir.length - a.sourceDir.length)[0];
    if (!unit) continue;
    for (const match of text.matchAll(client)) {
      const service = match[1] ?? '';
      const list = callers.get(service) ?? [];
      if (!list.includes(unit.name)) callers.set(service, [...list, unit.name]);
    }
  }
  return callers;
}
