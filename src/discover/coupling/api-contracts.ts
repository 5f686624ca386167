import { basename } from 'node:path';
import { isInside } from '../paths.js';
import { readRepoFile } from '../repo-files.js';
import type { ArtifactCoupling, Unit } from '../types.js';
import { componentRef } from './refs.js';
import { attributeContracts, type Contract, type ContractFormat } from './contract-owners.js';

const CONTRACT = /\.proto$|(^|\/)[^/]*(openapi|swagger)[^/]*\.(ya?ml|json)$|(^|\/)[^/]*asyncapi[^/]*\.(ya?ml|json)$/i;
/** Contracts everybody vendors (gRPC health, Google's well-known types) say nothing about this system's APIs. */
const VENDORED = /(^|\/)(vendor|third[_-]?party|node_modules|google\/protobuf|google\/api|grpc\/health|include)\//i;
const MAX_READ = 100;

function formatOf(file: string): ContractFormat {
  if (file.endsWith('.proto')) return 'proto';
  return /asyncapi/i.test(file) ? 'asyncapi' : 'openapi';
}

/** The services a proto declares, or the title of an OpenAPI/AsyncAPI document. */
function declared(format: ContractFormat, text: string): string[] {
  if (format === 'proto') return [...text.matchAll(/^\s*service\s+(\w+)/gm)].map((m) => m[1] ?? '').filter((name) => name !== '');
  const title = /^\s*"?title"?\s*:\s*"?([^"\n,]+)"?/m.exec(text)?.[1]?.trim();
  return /^\s*"?(openapi|swagger|asyncapi)"?\s*:/m.test(text) && title ? [title] : [];
}

/**
 * API contracts in the repository, each attributed to the units that serve it and the units that call it
 * (see contract-owners.ts). A contract counts when it declares a service (proto) or is an OpenAPI/AsyncAPI
 * document.
 */
export async function findContracts(root: string, units: readonly Unit[], files: readonly string[]): Promise<Contract[]> {
  if (units.filter((u) => u.deployable).length < 2) return [];
  const found: Array<Omit<Contract, 'providers' | 'consumers' | 'roles'>> = [];
  for (const file of files.filter((f) => CONTRACT.test(f) && !VENDORED.test(f)).slice(0, MAX_READ)) {
    const format = formatOf(file);
    const services = declared(format, (await readRepoFile(root, file)) ?? '');
    const holders = units.filter((u) => u.deployable && u.sourceDir !== '' && u.sourceDir !== '.' && isInside(file, u.sourceDir)).map((u) => u.name);
    if (services.length > 0) found.push({ file, format, services, holders });
  }
  return attributeContracts(root, found, units, files);
}

/**
 * Contracts as independence evidence, per unit: units serving or calling each other through a declared
 * contract can change behind it. Contracts no unit serves or calls say nothing about this system's units,
 * so the evidence counts only when two units or more take part.
 */
export function apiContracts(contracts: readonly Contract[]): ArtifactCoupling[] {
  if (contracts.length === 0) return [];
  const name = (unit: string) => unit;
  const attributed = [...new Set(contracts.flatMap((c) => [...c.providers, ...c.consumers]))];
  return [{
    kind: 'api-contracts', units: attributed.map(componentRef), coupled: false, threshold: 2,
    contracts: contracts.map((c) => ({ file: c.file, format: c.format, services: c.services, units: c.holders.map(componentRef), providers: c.providers.map(componentRef), consumers: c.consumers.map(componentRef) })),
    evidence: contracts.map((c) => {
      const roles = [c.providers.length > 0 ? `served by ${c.providers.map(name).join(', ')}` : '', c.consumers.length > 0 ? `called by ${c.consumers.map(name).join(', ')}` : ''].filter(Boolean).join('; ');
      return `${c.file}: ${c.format} ${c.services.join(', ')} (${roles !== '' ? roles : `${basename(c.file)}: no unit serves or calls it here`})`;
    }),
  }];
}
