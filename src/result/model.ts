import { z } from 'zod';
import { EntityRef, SourcePosition } from './common.js';

export const EntityKind = z.enum(['domain', 'system', 'component', 'api', 'resource', 'group', 'user', 'location']);
export type EntityKind = z.infer<typeof EntityKind>;

/** Backstage's relation names, both directions, plus teamfit's operatedBy/operates. */
export const RelationType = z.enum([
  'ownedBy', 'ownerOf',
  'partOf', 'hasPart',
  'dependsOn', 'dependencyOf',
  'memberOf', 'hasMember',
  'childOf', 'parentOf',
  'providesApi', 'apiProvidedBy',
  'consumesApi', 'apiConsumedBy',
  'operatedBy', 'operates',
]);
export type RelationType = z.infer<typeof RelationType>;

export const Relation = z.object({ type: RelationType, source: EntityRef, target: EntityRef });
export type Relation = z.infer<typeof Relation>;

/** A reference the catalog declared that did not resolve to a loaded entity of an allowed kind. */
export const UnresolvedRef = z.object({
  field: z.string().describe('Dotted path of the field, e.g. spec.owner or spec.dependsOn.0'),
  target: z.string().describe('The reference as written'),
  reason: z
    .enum(['not-found', 'wrong-kind', 'malformed', 'unowned'])
    .describe("Why it did not resolve; `unowned` is an owner the organisation's convention marks as no owner (catalog.unownedOwners)"),
  suggestion: z.string().optional().describe('An entity with the same name in another namespace or of another kind, the likely intended target'),
});
export type UnresolvedRef = z.infer<typeof UnresolvedRef>;

export const TEAM_STRUCTURE_DECLARATIONS = ['sre', 'cross-functional', 'insourcing', 'devops', 'dev', 'ops'] as const;
export const DeclaredStructure = z.enum(TEAM_STRUCTURE_DECLARATIONS);
export type DeclaredStructure = z.infer<typeof DeclaredStructure>;

export const ARCHITECTURES = ['monolith', 'microservices', 'micro-monolith'] as const;
export const Architecture = z.enum(ARCHITECTURES);
export type Architecture = z.infer<typeof Architecture>;

/** How teamfit grouped components the catalog left outside every System (see docs/model.md, "Inferred systems"). */
export const INFERRED_HOW = ['domain', 'repository', 'dependencies', 'component'] as const;
export const InferredHow = z.enum(INFERRED_HOW);
export type InferredHow = z.infer<typeof InferredHow>;

/** A System teamfit made up for components that declare none: how, and on what the grouping rests. */
export const InferredSystem = z.object({
  how: InferredHow.describe('domain: they share a Domain through their APIs or resources; repository: one source repository; dependencies: connected by dependencies within one owner; component: one deployable component alone'),
  basis: z.string().describe('The domain ref, the repository (host/owner/repo), the owner of the connected components, or the lone component'),
});
export type InferredSystem = z.infer<typeof InferredSystem>;

/** One catalog entity as teamfit understood it: identity, what it declared, where it came from. */
export const ModelEntity = z.object({
  ref: EntityRef,
  kind: EntityKind,
  namespace: z.string(),
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  /** Group/User: spec.profile.displayName. */
  displayName: z.string().optional(),
  /** Group/User: spec.profile.email (users are matched to git authors by it). */
  email: z.string().optional(),
  type: z.string().optional().describe('spec.type, lower-cased'),
  lifecycle: z.string().optional(),
  tags: z.array(z.string()),
  annotations: z.record(z.string(), z.string()),
  labels: z.record(z.string(), z.string()).optional().describe('metadata.labels, when it has any'),
  source: SourcePosition.optional(),
  /** User: teamfit.dev/role (dev, ops, sre or another skill). */
  role: z.string().optional(),
  /** Group: declared structure from teamfit.dev/structure, or `devops` when its name says so. */
  declaredStructure: DeclaredStructure.optional(),
  declaredStructureSource: z.enum(['annotation', 'name']).optional(),
  /** System: teamfit.dev/architecture. */
  declaredArchitecture: Architecture.optional(),
  /** Component: counts as a deployable unit (service/website types). */
  deployable: z.boolean().optional(),
  /** Resource: holds data (database, storage, queue...). */
  dataHolding: z.boolean().optional(),
  unresolved: z.array(UnresolvedRef),
  /** System: present when teamfit inferred it (annotation teamfit.dev/inferred); the catalog has no such entity. */
  inferred: InferredSystem.optional(),
});
export type ModelEntity = z.infer<typeof ModelEntity>;

export const OrgModel = z.object({
  entities: z.array(ModelEntity),
  relations: z.array(Relation),
});
export type OrgModel = z.infer<typeof OrgModel>;
