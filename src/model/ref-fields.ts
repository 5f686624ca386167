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

function field(
  key: string,
  defaultKind: EntityKind | undefined,
  allowedKinds: readonly EntityKind[],
  [forward, backward]: readonly [RelationType, RelationType],
): RefField {
  return { key, ...(defaultKind && { defaultKind }), allowedKinds, forward, backward };
}

const OWNER = field('owner', 'group', ['group', 'user'], ['ownedBy', 'ownerOf']);
const SYSTEM = field('system', 'system', ['system'], ['partOf', 'hasPart']);
// Backstage forbids no kind here; these are the ones a dependency can sensibly point at. No default kind:
// Backstage requires `kind:` in these fields.
const DEPENDENCY_KINDS: readonly EntityKind[] = ['component', 'resource', 'api', 'system'];
const DEPENDS_ON = field('dependsOn', undefined, DEPENDENCY_KINDS, ['dependsOn', 'dependencyOf']);
const DEPENDENCY_OF = field('dependencyOf', undefined, DEPENDENCY_KINDS, ['dependencyOf', 'dependsOn']);
const OPERATED_BY: RefField = { ...field(OPERATED_BY_ANNOTATION, 'group', ['group'], ['operatedBy', 'operates']), inAnnotation: true };

/** The reference fields of each kind, with Backstage's default kinds (BuiltinKindsEntityProcessor). */
export const REF_FIELDS: Readonly<Record<KnownKind, readonly RefField[]>> = {
  Domain: [
    OWNER,
    // Newer Backstage versions let a domain nest in another.
    field('subdomainOf', 'domain', ['domain'], ['partOf', 'hasPart']),
  ],
  System: [
    OWNER,
    field('domain', 'domain', ['domain'], ['partOf', 'hasPart']),
    OPERATED_BY,
  ],
  Component: [
    OWNER,
    SYSTEM,
    field('subcomponentOf', 'component', ['component'], ['partOf', 'hasPart']),
    field('providesApis', 'api', ['api'], ['providesApi', 'apiProvidedBy']),
    field('consumesApis', 'api', ['api'], ['consumesApi', 'apiConsumedBy']),
    DEPENDS_ON,
    DEPENDENCY_OF,
    OPERATED_BY,
  ],
  API: [OWNER, SYSTEM],
  Resource: [OWNER, SYSTEM, DEPENDS_ON, DEPENDENCY_OF],
  User: [field('memberOf', 'group', ['group'], ['memberOf', 'hasMember'])],
  Group: [
    field('parent', 'group', ['group'], ['childOf', 'parentOf']),
    field('children', 'group', ['group'], ['parentOf', 'childOf']),
    // As in Backstage, a bare member name means a User.
    field('members', 'user', ['user'], ['hasMember', 'memberOf']),
  ],
  Location: [],
};

/** The dotted path of a field, as the ingest stage keys positions (`spec.owner`, `metadata.annotations.x`). */
export function fieldPath(refField: RefField): string {
  return refField.inAnnotation ? `metadata.annotations.${refField.key}` : `spec.${refField.key}`;
}
