import { basename } from 'node:path';
import { isInside } from '../paths.js';
import { readRepoFile } from '../repo-files.js';
import type { ArtifactCoupling, Unit } from '../types.js';
import { componentRef } from './refs.js';

const CONTRACT = /\.proto$|(^|\/)[^/]*(openapi|swagger)[^/]*\.(ya?ml|json)$|(^|\/)[^/]*asyncapi[^/]*\.(ya?ml|json)$/i;
/** Contracts everybody vendors (gRPC health, Google's well-known types) say nothing about this system's APIs. */
const VENDORED = /(^|\/)(vendor|third[_-]?party|node_modules|google\/protobuf|google\/api|grpc\/health|include)\//i;
const MAX_READ = 100;

type Format = 'proto' | 'openapi' | 'asyncapi';

function formatOf(file: string): Format {
  if (file.endsWith('.proto')) return 'proto';
  return /asyncapi/i.test(file) ? 'asyncapi' : 'openapi';
}

/** The services a proto declares, or the title of an OpenAPI/AsyncAPI document. */
function declared(format: Format, text: string): string[] {
  if (format === 'proto') return [...text.matchAll(/^\s*service\s+(\w+)/gm)].map((m) => m[1] ?? '').filter((name) => name !== '');
  const title = /^\s*"?title"?\s*:\s*"?([^"\n,]+)"?/m.exec(text)?.[1]?.trim();
  return /^\s*"?(openapi|swagger|asyncapi)"?\s*:/m.test(text) && title ? [title] : [];
}

/**
 * API contracts in the repository: units that talk through declared contracts can change behind them,
 * which is evidence of independence. A contract counts when it declares a service (proto) or is an
 * OpenAPI/AsyncAPI document; the units holding a copy of it (server or generated client) are named.
 */
export async function apiContracts(root: string, units: readonly Unit[], files: readonly string[]): Promise<ArtifactCoupling[]> {
  const deployables = units.filter((u) => u.deployable && u.sourceDir !== '');
  if (units.filter((u) => u.deployable).length < 2) return [];
  const contracts: Array<{ file: string; format: Format; services: string[]; units: string[] }> = [];
  for (const file of files.filter((f) => CONTRACT.test(f) && !VENDORED.test(f)).slice(0, MAX_READ)) {
    const format = formatOf(file);
    const services = declared(format, (await readRepoFile(root, file)) ?? '');
    if (services.length === 0) continue;
    const holders = deployables.filter((u) => u.sourceDir === '.' ? false : isInside(file, u.sourceDir)).map((u) => componentRef(u.name));
    contracts.push({ file, format, services, units: holders });
  }
  if (contracts.length === 0) return [];
  const holders = [...new Set(contracts.flatMap((c) => c.units))];
  return [{
    kind: 'api-contracts', contracts, units: holders, coupled: false,
    evidence: contracts.map((c) => `${c.file}: ${c.format} ${c.services.join(', ')}${c.units.length > 0 ? ` (in ${c.units.map((u) => u.split('/').pop()).join(', ')})` : ` (${basename(c.file)} outside any unit: a published contract)`}`),
  }];
}
