import { z } from 'zod';
import { EntityRef } from './common.js';
import { Finding } from './findings.js';
import { ArchitectureLabel, FitVerdict, StructureLabel } from './labels.js';

const Share = z.number().min(0).max(1).nullable().describe('null when there is nothing to divide');

export const TeamPair = z.object({ a: EntityRef, b: EntityRef, share: z.number().min(0).max(1).describe('Share of all coordination requirements') });

/** The organisation's measures, computed the same way before and after a plan (docs/what-if.md says what they mean). */
export const OrgMeasures = z.object({
  dependencies: z.object({
    total: z.number().int().describe('Dependencies between owned components (dependsOn, and consumed APIs to their providers)'),
    crossTeam: z.number().int(),
    share: Share.describe('crossTeam / total'),
  }),
  coChange: z
    .object({ pairs: z.number().int(), crossTeam: z.number().int(), share: Share })
    .optional()
    .describe('Component pairs that change together (git), and how many cross a team boundary'),
  ownershipCongruence: Share.describe('Share of work dependencies (dependencies and co-change) whose two components one team owns'),
  coordination: z.object({
    basis: z.enum(['ownership-and-authorship', 'ownership']).describe('Who is assigned to a component: its owner and the teams of its authors (git), or its owner alone when there is no history'),
    congruence: Share.describe("Cataldo's CR = TA·TD·TAᵀ through the person -> team matrix: share of coordination requirements that fall inside one team"),
    pairs: z.array(TeamPair).describe('Team pairs with the most coordination requirements between them (10 at most)'),
  }),
  teams: z.object({
    count: z.number().int(),
    size: z.object({ min: z.number().int(), max: z.number().int(), mean: z.number(), variation: z.number().describe('Coefficient of variation of team sizes (0: all equal)') }),
    load: z.array(z.object({ team: EntityRef, members: z.number().int(), units: z.number().int().describe('Deployable components it owns or runs'), perMember: z.number().nullable() })),
  }),
});
export type OrgMeasures = z.infer<typeof OrgMeasures>;

const SystemSide = z.object({ architecture: ArchitectureLabel, confidence: z.number(), fit: FitVerdict, owners: z.array(EntityRef) });
const TeamSide = z.object({ structure: StructureLabel, confidence: z.number(), members: z.number().int(), owns: z.number().int() });

export const WhatIfResult = z.object({
  schemaVersion: z.literal('1.0'),
  tool: z.object({ name: z.literal('teamfit'), version: z.string() }),
  kind: z.literal('what-if'),
  inputs: z.array(z.string()),
  plan: z.object({
    file: z.string(),
    title: z.string().optional(),
    changes: z.array(z.object({ action: z.string(), text: z.string(), why: z.string().optional() })),
  }),
  systems: z.array(z.object({ ref: EntityRef, title: z.string().optional(), before: SystemSide.optional(), after: SystemSide.optional(), changed: z.boolean() })),
  teams: z.array(z.object({ ref: EntityRef, title: z.string().optional(), before: TeamSide.optional(), after: TeamSide.optional(), changed: z.boolean() })),
  moves: z.array(z.object({
    ref: EntityRef,
    from: EntityRef.optional(),
    to: EntityRef,
    revisions: z.number().int().optional(),
    knowledgeLoss: z.number().min(0).max(1).nullable().describe("Share of its changes (git) made by people outside its new team: CodeScene's off-boarding idea applied to teams; null without history"),
  })),
  findings: z.object({
    disappear: z.array(Finding),
    appear: z.array(Finding),
    changed: z
      .array(z.object({ ruleId: z.string(), subject: EntityRef, severity: z.string(), before: z.string(), after: z.string() }))
      .describe('Findings by the same rule on the same subject whose evidence changes (another team named, a different count)'),
    unchanged: z.number().int(),
  }),
  measures: z.object({ before: OrgMeasures, after: OrgMeasures }),
});
export type WhatIfResult = z.infer<typeof WhatIfResult>;
