import type { KnownKind } from '../ingest/types.js';
import type { EntityKind, RelationType } from '../result/index.js';

/** teamfit's annotation naming the teams that run a System or Component (comma-separated refs). */
export const OPERATED_BY_ANNOTATION = 'teamfit.dev/operated-by';

/**
 * One field of an entity that holds references, and the pair of relations each reference yields: `forward`
 * from the entity to the target, `backward` from the target to the entity.
 */
export interface RefField {
  /** Key under `spec`, or an annotation name when `inAnnotation`. */
  key: string;
  inAnnotation?: boolean;
  /** Absent where Backstage demands an explicit kind (dependsOn, dependencyOf). */
  defaultKind?: EntityKind;
  allowedKinds: readonly EntityKind[];
  forward: RelationType;
  backward: RelationType;
}

const OWNER: RefField = { key: 'owner', defaultKind: 'group', allowedKinds: ['group', 'user'], forward: 'ownedBy', backward: 'ownerOf' };
const SYSTEM: RefField = { key: 'system', defaultKind: 'system', allowedKinds: ['system'], forward: 'partOf', backward: 'hasPart' };
// Backstage forbids no kind here; these are the ones a dependency can sensibly point at.
const DEPENDENCY_KINDS: readonly EntityKind[] = ['component', 'resource', 'api', 'system'];
const DEPENDS_ON: RefField = { key: 'dependsOn', allowedKinds: DEPENDENCY_KINDS, forward: 'dependsOn', backward: 'dependencyOf' };
const DEPENDENCY_OF: RefField = { key: 'dependencyOf', allowedKinds: DEPENDENCY_KINDS, forward: 'dependencyOf', backward: 'dependsOn' };
const OPERATED_BY: RefField = {
  key: OPERATED_BY_ANNOTATION,
  inAnnotation: true,
  defaultKind: 'group',
  allowedKinds: ['group'],
  forward: 'operatedBy',
  backward: 'operates',
};

/** The reference fields of each kind, with Backstage's default kinds (BuiltinKindsEntityProcessor). */
export const REF_FIELDS: Readonly<Record<KnownKind, readonly RefField[]>> = {
  Domain: [
    OWNER,
    // Newer Backstage versions let a domain nest in another.
    { key: 'subdomainOf', defaultKind: 'domain', allowedKinds: ['domain'], forward: 'partOf', backward: 'hasPart' },
  ],
  System: [
    OWNER,
    { key: 'domain', defaultKind: 'domain', allowedKinds: ['domain'], forward: 'partOf', backward: 'hasPart' },
    OPERATED_BY,
  ],
  Component: [
    OWNER,
    SYSTEM,
    { key: 'subcomponentOf', defaultKind: 'component', allowedKinds: ['component'], forward: 'partOf', backward: 'hasPart' },
    { key: 'providesApis', defaultKind: 'api', allowedKinds: ['api'], forward: 'providesApi', backward: 'apiProvidedBy' },
    { key: 'consumesApis', defaultKind: 'api', allowedKinds: ['api'], forward: 'consumesApi', backward: 'apiConsumedBy' },
    DEPENDS_ON,
    DEPENDENCY_OF,
    OPERATED_BY,
  ],
  API: [OWNER, SYSTEM],
  Resource: [OWNER, SYSTEM, DEPENDS_ON, DEPENDENCY_OF],
  User: [{ key: 'memberOf', defaultKind: 'group', allowedKinds: ['group'], forward: 'memberOf', backward: 'hasMember' }],
  Group: [
    { key: 'parent', defaultKind: 'group', allowedKinds: ['group'], forward: 'childOf', backward: 'parentOf' },
    { key: 'children', defaultKind: 'group', allowedKinds: ['group'], forward: 'parentOf', backward: 'childOf' },
    // As in Backstage, a bare member name means a User.
    { key: 'members', defaultKind: 'user', allowedKinds: ['user'], forward: 'hasMember', backward: 'memberOf' },
  ],
  Location: [],
};

/** The dotted path of a field, as the ingest stage keys positions (`spec.owner`, `metadata.annotations.x`). */
export function fieldPath(field: RefField): string {
  return field.inAnnotation ? `metadata.annotations.${field.key}` : `spec.${field.key}`;
}
