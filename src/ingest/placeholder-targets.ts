import path from 'node:path';
import type { Diagnostic } from '../result/index.js';
import { diagnostic } from './diagnostics.js';
import { tryRealpath, type Roots } from './roots.js';
import { PLACEHOLDERS } from './spec-fields.js';
import type { RawEntity } from './types.js';

/** A URL or another scheme: Backstage fetches it, teamfit does not. */
const SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/**
 * Checks the file an API's `definition` placeholder (`$openapi: ./petstore.yaml`) names, when it is a
 * relative path inside the given roots: Backstage resolves it against the entity's file and rejects the
 * entity when it is missing, so a missing file is worth a warning. The content is never read. URLs,
 * absolute paths and paths leading out of the roots are accepted as declared.
 */
export async function checkPlaceholderTarget(entity: RawEntity, absFile: string, roots: Roots): Promise<Diagnostic | undefined> {
  const definition = entity.spec.definition;
  if (entity.kind !== 'API' || typeof definition !== 'object' || definition === null || Array.isArray(definition)) return undefined;
  const key = PLACEHOLDERS.find((placeholder) => placeholder in definition);
  const target = key === undefined ? undefined : definition[key];
  if (key === undefined || typeof target !== 'string' || SCHEME.test(target) || path.isAbsolute(target)) return undefined;
  const resolved = path.resolve(path.dirname(absFile), target);
  if (!roots.contains(resolved) || (await tryRealpath(resolved)) !== undefined) return undefined;
  const where = entity.positions.get(`spec.definition.${key}`) ?? entity.positions.get('spec.definition') ?? entity.position;
  const ref = `api:${entity.metadata.namespace}/${entity.metadata.name}`.toLowerCase();
  const message = `API "${entity.metadata.name}": spec.definition ${key} target ${target} does not exist; Backstage would reject the entity`;
  return diagnostic('warning', 'definition-target-missing', message, where, ref);
}
