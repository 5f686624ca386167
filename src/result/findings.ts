import { z } from 'zod';
import { EntityRef } from './common.js';
import { Architecture } from './model.js';
import { StructureLabel } from './labels.js';
import { base } from './finding-base.js';
import { CrossTeamCoupling, KnowledgeIsland, LowTeamAlignment, SreGatekeeper } from './history-findings.js';

const TeamOwnership = z.object({ team: EntityRef, owned: z.array(EntityRef) });

export const DevopsTeamOwnsSystem = z.object({
  ruleId: z.literal('devops-team-owns-system'),
  ...base,
  evidence: z.object({
    team: EntityRef,
    declared: z.enum(['devops', 'sre', 'ops']).optional().describe('What the team is named or declared: DevOps, SRE or ops (always set by this version; absent in older results, where it was DevOps)'),
    declaredBy: z.enum(['annotation', 'name', 'config']).describe('teamfit.dev/structure, its name (title, display name), or the config `teams:` section'),
    owned: z.array(EntityRef).describe('Systems and deployable components the operations team owns'),
    otherContributors: z.array(EntityRef).describe('Other teams that own parts of the same systems'),
    changedBy: z.array(EntityRef).optional().describe('Other teams that made more of its changes than the owning team (git)'),
  }),
});

export const MissingOwner = z.object({
  ruleId: z.literal('missing-owner'),
  ...base,
  evidence: z.object({
    kind: z.string(),
    declared: z.string().nullable().describe('spec.owner as written, null when absent'),
    reason: z
      .enum(['absent', 'not-found', 'wrong-kind', 'malformed', 'unowned'])
      .describe("`unowned`: the owner is the organisation's marker for no owner (catalog.unownedOwners)"),
    suggestion: z.string().optional().describe('A Group or User with the same name in another namespace (or an entity of another kind): the likely intended owner'),
    sharedCause: z
      .object({ count: z.number().int(), cause: z.string() })
      .optional()
      .describe('When several owners fail for one reason (written in one namespace, the groups in another): how many, and the reason'),
  }),
});

export const PersonOwnsSystem = z.object({
  ruleId: z.literal('person-owns-system'),
  ...base,
  evidence: z.object({ owner: EntityRef, memberOf: z.array(EntityRef) }),
});

export const CrossingDependency = z.object({
  from: EntityRef,
  to: EntityRef,
  fromTeam: EntityRef,
  toTeam: EntityRef,
  via: EntityRef.optional().describe('The API the dependency goes through, if any'),
});
export type CrossingDependency = z.infer<typeof CrossingDependency>;

export const OwnershipSplit = z.object({
  ruleId: z.literal('ownership-split'),
  ...base,
  evidence: z.object({
    owners: z.array(TeamOwnership),
    crossingCount: z.number().int().optional().describe('Dependencies that cross between the teams; `crossings` keeps the first 100 (always set by this version; absent in older results)'),
    crossings: z.array(CrossingDependency).describe('Dependencies that cross between the teams, in both directions (the first 100)'),
  }),
});

export const SharedResource = z.object({
  ruleId: z.literal('shared-resource'),
  ...base,
  evidence: z.object({
    resourceType: z.string(),
    owner: EntityRef.optional(),
    dependentCount: z.number().int().optional().describe('Components of other teams that use it; `dependents` keeps the first 100 (always set by this version; absent in older results)'),
    dependents: z.array(z.object({ component: EntityRef, team: EntityRef })).describe('The components that use it and their teams, by component (the first 100)'),
    teams: z.array(EntityRef).describe('Every team whose components use it'),
  }),
});

export const DependencyCycle = z.object({
  ruleId: z.literal('dependency-cycle'),
  ...base,
  evidence: z.object({
    length: z.number().int().min(2).describe('Components in the cycle; `cycle` and `edges` keep the first 100'),
    cycle: z.array(EntityRef).describe('Components in order; the last depends on the first (the first 100 of a longer cycle)'),
    edges: z.array(z.object({ from: EntityRef, to: EntityRef, via: EntityRef.optional() })).describe('The edges between them, in the same order (the first 100)'),
    systems: z.array(EntityRef),
  }),
});

export const Coupling = z.object({
  kind: z.enum([
    'shared-datastore', 'dependency-cycle', 'direct-dependency', 'ownership-split', 'unclear-ownership', 'dense-dependencies', 'co-change',
    'shared-library', 'shared-image', 'lockstep-versioning', 'lockstep-releases',
  ]),
  description: z.string(),
  refCount: z.number().int().optional().describe('Entities involved; `refs` keeps the first 100 (set when there are more)'),
  refs: z.array(EntityRef).describe('The entities involved (the first 100)'),
  signal: z.string().optional().describe('The verdict signal that carries its number and evidence'),
  weight: z.number().optional().describe('How much it weighed in the verdict: couplings are listed strongest first'),
});
export type Coupling = z.infer<typeof Coupling>;

export const TightCoupling = z.object({
  ruleId: z.literal('tight-coupling'),
  ...base,
  evidence: z.object({
    confidence: z.number(),
    couplings: z.array(Coupling).describe('Every coupling that weighed in the verdict, strongest first: the ones to cut on the way to microservices'),
    consolidate: z.string().describe('Route A: consolidate into a monolith with SRE support'),
    decouple: z.string().describe('Route B: cut the couplings towards microservices'),
  }),
});

export const OpsHandoff = z.object({
  ruleId: z.literal('ops-handoff'),
  ...base,
  evidence: z.object({
    builtBy: EntityRef,
    operatedBy: z.array(EntityRef),
    components: z.array(EntityRef),
    declaredAt: z.string().describe('Where the operated-by annotation is declared'),
  }),
});

export const StructureMismatch = z.object({
  ruleId: z.literal('structure-mismatch'),
  ...base,
  evidence: z.object({
    system: EntityRef,
    architecture: Architecture,
    teams: z.array(z.object({ team: EntityRef, structure: StructureLabel, roles: z.array(z.enum(['owner', 'operator'])) })),
    expected: z.string().describe("The model's fit for this architecture"),
    problem: z.string(),
  }),
});

export const ArchitectureDrift = z.object({
  ruleId: z.literal('architecture-drift'),
  ...base,
  evidence: z.object({ declared: Architecture, measured: Architecture, confidence: z.number(), signals: z.array(z.string()) }),
});

export const Finding = z.discriminatedUnion('ruleId', [
  DevopsTeamOwnsSystem,
  MissingOwner,
  PersonOwnsSystem,
  OwnershipSplit,
  SharedResource,
  DependencyCycle,
  TightCoupling,
  OpsHandoff,
  StructureMismatch,
  ArchitectureDrift,
  LowTeamAlignment,
  KnowledgeIsland,
  CrossTeamCoupling,
  SreGatekeeper,
]);
export type Finding = z.infer<typeof Finding>;
export type RuleId = Finding['ruleId'];
export type FindingOf<R extends RuleId> = Extract<Finding, { ruleId: R }>;
export type EvidenceOf<R extends RuleId> = FindingOf<R>['evidence'];
