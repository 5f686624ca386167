import type { Config } from '../config/schema.js';
import type { JsonObject, RawEntity } from '../ingest/types.js';
import type { Diagnostic, EntityKind, EntityRef, ModelEntity } from '../result/index.js';
import { readDeclarations } from './annotations.js';
import { stringifyEntityRef } from './entity-ref.js';

/** The canonical ref of a raw entity: its own kind, namespace and name, lower-cased. */
export function refOfRaw(raw: RawEntity): EntityRef {
  return stringifyEntityRef({ kind: raw.kind, namespace: raw.metadata.namespace, name: raw.metadata.name });
}

/** Type sets from config, lower-cased once so each entity costs one lookup. */
export interface TypeSets {
  deployable: ReadonlySet<string>;
  dataHolding: ReadonlySet<string>;
}

export function typeSets(config: Config): TypeSets {
  const lowered = (types: string[]) => new Set(types.map((type) => type.trim().toLowerCase()));
  return { deployable: lowered(config.catalog.deployableTypes), dataHolding: lowered(config.catalog.dataResourceTypes) };
}

/** Identity, declarations and flags of one entity; references are resolved later, once all are known. */
export function toModelEntity(raw: RawEntity, ref: EntityRef, types: TypeSets, diagnostics: Diagnostic[]): ModelEntity {
  const { metadata, spec } = raw;
  const type = stringField(spec, 'type')?.toLowerCase();
  const lifecycle = stringField(spec, 'lifecycle');
  const profile = spec['profile'];
  const displayName = isObject(profile) ? stringField(profile, 'displayName') : undefined;
  const email = isObject(profile) ? stringField(profile, 'email') : undefined;
  // Key by key in the order the result lists them: a literal with a conditional spread per optional field
  // made a small object for each one present and copied it, for every entity of the catalog.
  const entity: Partial<ModelEntity> & Pick<ModelEntity, 'ref' | 'kind' | 'namespace' | 'name'> = { ref, kind: KIND_OF[raw.kind], namespace: metadata.namespace, name: metadata.name };
  if (metadata.title !== undefined) entity.title = metadata.title;
  if (metadata.description !== undefined) entity.description = metadata.description;
  if (displayName !== undefined) entity.displayName = displayName;
  if (email !== undefined) entity.email = email;
  if (type !== undefined) entity.type = type;
  if (lifecycle !== undefined) entity.lifecycle = lifecycle;
  entity.tags = [...metadata.tags];
  entity.annotations = { ...metadata.annotations };
  if (Object.keys(metadata.labels).length > 0) entity.labels = { ...metadata.labels };
  entity.source = raw.position;
  Object.assign(entity, readDeclarations(raw, ref, diagnostics));
  entity.unresolved = [];
  if (raw.kind === 'Component') entity.deployable = type !== undefined && types.deployable.has(type);
  if (raw.kind === 'Resource') entity.dataHolding = type !== undefined && types.dataHolding.has(type);
  return entity as ModelEntity;
}

// KnownKind and EntityKind list the same kinds, one capitalised as in YAML, one lower-case.
const KIND_OF: Readonly<Record<RawEntity['kind'], EntityKind>> = {
  Domain: 'domain',
  System: 'system',
  Component: 'component',
  API: 'api',
  Resource: 'resource',
  Group: 'group',
  User: 'user',
  Location: 'location',
};

function stringField(spec: JsonObject, key: string): string | undefined {
  const value = spec[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isObject(value: JsonObject[string] | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
