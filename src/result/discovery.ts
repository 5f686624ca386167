import { z } from 'zod';
import { EntityRef } from './common.js';

// What `teamfit analyze <repo-dir>` found in a repository without (or beside) a catalog. Evidence strings
// are `file:line` (or a tag range / commit count) so a reader can check each one by hand.

const Evidence = z.array(z.string()).describe('file:line, tag ranges or commit counts a person can check');

export const UnitSource = z.enum([
  'compose', 'kubernetes', 'kustomize', 'helm', 'skaffold', 'dockerfile', 'aspire', 'procfile',
  'npm', 'maven', 'gradle', 'go', 'cargo', 'dotnet', 'python',
]);
export type UnitSource = z.infer<typeof UnitSource>;

export const DiscoveredUnit = z.object({
  ref: EntityRef,
  name: z.string(),
  sourceDir: z.string().describe('Directory holding its source, relative to the repository root (`.` for the root)'),
  deployable: z.boolean().describe('A deployable unit (service); false for internal libraries and modules'),
  sources: z.array(UnitSource).describe('The kinds of manifest that declared it'),
  image: z.string().optional(),
  version: z.string().optional(),
  evidence: Evidence,
});
export type DiscoveredUnit = z.infer<typeof DiscoveredUnit>;

export const ResourceType = z.enum(['database', 'cache', 'queue', 'storage', 'search-index', 'other']);
export type ResourceType = z.infer<typeof ResourceType>;

export const DiscoveredResource = z.object({
  ref: EntityRef,
  name: z.string(),
  type: ResourceType,
  technology: z.string().describe('What it runs, e.g. postgres, redis'),
  databases: z.array(z.string()).describe('Database names seen in connection strings to it'),
  evidence: Evidence,
});
export type DiscoveredResource = z.infer<typeof DiscoveredResource>;

export const DependencyKind = z.enum([
  'depends-on', 'link', 'host-reference', 'connection-string', 'service-reference', 'library', 'aspire-reference', 'only-unit',
]);
export type DependencyKind = z.infer<typeof DependencyKind>;

export const DiscoveredDependency = z.object({
  from: EntityRef,
  to: EntityRef,
  kind: DependencyKind,
  detail: z.string().optional().describe('The value that named the target (a host, URL or database name)'),
  evidence: Evidence,
});
export type DiscoveredDependency = z.infer<typeof DiscoveredDependency>;

const CouplingBase = {
  units: z.array(EntityRef).describe('The units this signal couples'),
  coupled: z.boolean().describe('Whether the measurement crosses its threshold (see `threshold`)'),
  threshold: z.number().optional(),
  evidence: Evidence,
};

export const ArtifactCoupling = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('shared-datastore'),
    via: z.enum(['resource', 'database-name', 'migrations']),
    datastore: z.string().describe('The resource ref, database name or migrations directory'),
    ...CouplingBase,
  }),
  z.object({
    kind: z.literal('shared-image'),
    image: z.string().describe('The image name, or the build context and Dockerfile'),
    ...CouplingBase,
  }),
  z.object({
    kind: z.literal('shared-library'),
    library: EntityRef,
    dir: z.string(),
    share: z.number().describe('Share of deployable units depending on it'),
    holdsDomainTypes: z.boolean().describe('Its name, folders or files show entities or persistence (ORM markers, entity, mapper, repository, DAO or DAL folders); transfer objects and utilities do not count'),
    domainHints: z.array(z.string()),
    ...CouplingBase,
  }),
  z.object({
    kind: z.literal('lockstep-versioning'),
    version: z.string(),
    versionedUnits: z.number().int(),
    ...CouplingBase,
  }),
  z.object({
    kind: z.literal('lockstep-releases'),
    tagRange: z.string(),
    releases: z.array(z.object({ from: z.string(), to: z.string(), changedUnits: z.number().int(), share: z.number() })),
    meanShare: z.number().describe('Mean share of units changed between consecutive release tags'),
    ...CouplingBase,
  }),
  z.object({
    kind: z.literal('co-change'),
    raw: z.object({ commits: z.number().int(), touchingUnits: z.number().int(), multiUnit: z.number().int(), share: z.number() }),
    filtered: z.object({ commits: z.number().int(), touchingUnits: z.number().int(), multiUnit: z.number().int(), share: z.number() }),
    excluded: z.object({ bots: z.number().int(), merges: z.number().int(), sweeping: z.number().int(), messages: z.number().int(), upgrades: z.number().int().describe('Commits whose units moved with a dependency manifest they share (central package versions, a parent pom, a workspace manifest)') }),
    pairs: z.array(z.object({ units: z.tuple([EntityRef, EntityRef]), commits: z.number().int() })),
    ...CouplingBase,
  }),
  z.object({
    kind: z.literal('api-contracts').describe('Independence evidence: API contracts (proto, OpenAPI, AsyncAPI) in the repository, attributed to the units serving and calling them (`units`: every unit that does); counts from two such units (`threshold`); `coupled` is always false'),
    contracts: z.array(z.object({
      file: z.string(),
      format: z.enum(['proto', 'openapi', 'asyncapi']),
      services: z.array(z.string()).describe('Services or titles the contract declares'),
      units: z.array(EntityRef).describe('Units whose source holds a copy of it (server or generated client)'),
      providers: z.array(EntityRef).describe('Units that serve it: named after the service, else the one unit holding it'),
      consumers: z.array(EntityRef).describe("Units that call it: holding a copy another unit serves, or naming its gRPC client in code"),
    })),
    ...CouplingBase,
  }),
  z.object({
    kind: z.literal('separate-stacks').describe('Independence evidence: units written in different languages or built by different build systems; `coupled` is always false'),
    stacks: z.array(z.object({ unit: EntityRef, language: z.string(), build: z.string() })),
    languages: z.number().int(),
    ...CouplingBase,
  }),
]);
export type ArtifactCoupling = z.infer<typeof ArtifactCoupling>;
export type CouplingKind = ArtifactCoupling['kind'];

export const DiscoveredTeam = z.object({
  ref: EntityRef,
  source: z.enum(['codeowners', 'inferred']),
  owns: z.array(EntityRef),
  members: z.array(z.string()).describe('CODEOWNERS handles, or git author names for inferred teams'),
  evidence: Evidence,
});
export type DiscoveredTeam = z.infer<typeof DiscoveredTeam>;

export const DiscoverySection = z
  .object({
    root: z.string().describe('The repository directory, relative to the working directory'),
    system: EntityRef,
    units: z.array(DiscoveredUnit),
    resources: z.array(DiscoveredResource),
    dependencies: z.array(DiscoveredDependency),
    coupling: z.array(ArtifactCoupling),
    teams: z.array(DiscoveredTeam),
    matchedCatalog: z.boolean().describe('Whether the evidence was matched to catalog entities instead of generating them'),
  })
  .describe('What was discovered in a repository from its manifests and git history');
export type DiscoverySection = z.infer<typeof DiscoverySection>;
