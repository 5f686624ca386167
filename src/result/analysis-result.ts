import { z } from 'zod';
import { Diagnostic, EntityRef, Severity, Signal } from './common.js';
import { Finding } from './findings.js';
import { InferredSystem, OrgModel } from './model.js';
import { BaselineSummary } from './baseline.js';
import { HistoryEvidence } from './history.js';
import { DiscoverySection } from './discovery.js';

export const SCHEMA_VERSION = '1.0';

import { ArchitectureLabel, FitVerdict, StructureLabel } from './labels.js';
import { WhatIfResult } from './what-if.js';

export * from './labels.js';

export const Classification = <L extends z.ZodType>(label: L) =>
  z.object({
    label,
    confidence: z.number().min(0).max(1),
    declared: z.string().optional().describe('What the catalog declared, when it did'),
    reason: z.string().describe('One sentence: why this label (or why undetermined)'),
    signals: z.array(Signal),
  });

export const ArchitectureVerdict = Classification(ArchitectureLabel);
export type ArchitectureVerdict = z.infer<typeof ArchitectureVerdict>;
export const StructureVerdict = Classification(StructureLabel);
export type StructureVerdict = z.infer<typeof StructureVerdict>;

// Defined beside the labels so the what-if result can use it without importing this file.
export { FitVerdict } from './labels.js';

/** How the teams around a system match the model's fit table for its architecture. */
export const SystemFit = z.object({
  verdict: FitVerdict,
  expected: z.string(),
  teams: z.array(z.object({
    team: EntityRef,
    structure: StructureLabel,
    roles: z.array(z.enum(['owner', 'operator', 'supporter'])),
  })),
  notes: z.array(z.string()),
});
export type SystemFit = z.infer<typeof SystemFit>;

export const SystemResult = z.object({
  ref: EntityRef,
  title: z.string().optional(),
  inferred: InferredSystem.optional().describe('Present when the catalog declares no such System and teamfit grouped its components'),
  architecture: ArchitectureVerdict,
  components: z.array(EntityRef),
  resources: z.array(EntityRef),
  apis: z.array(EntityRef),
  owners: z.array(EntityRef).describe('Teams (or users) owning the system or any of its components'),
  operators: z.array(EntityRef).describe('Teams that run it in production'),
  fit: SystemFit,
});
export type SystemResult = z.infer<typeof SystemResult>;

export const TeamResult = z.object({
  ref: EntityRef,
  title: z.string().optional(),
  structure: StructureVerdict,
  members: z.array(EntityRef),
  owns: z.array(EntityRef),
  operates: z.array(EntityRef),
  dependents: z.array(EntityRef).describe('Other teams that depend on what this team owns'),
});
export type TeamResult = z.infer<typeof TeamResult>;

const Counts = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

export const Summary = z.object({
  entities: z.number().int().describe('Entities read from the catalog (inferred systems are not counted here, but are in systems)'),
  systems: z.number().int(),
  components: z.number().int(),
  teams: z.number().int(),
  architectures: z.record(ArchitectureLabel, z.number().int()),
  structures: z.record(StructureLabel, z.number().int()),
  findings: Counts,
  diagnostics: Counts,
  highestSeverity: Severity.nullable(),
});
export type Summary = z.infer<typeof Summary>;

export const AnalysisResult = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('teamfit'), version: z.string() }),
  inputs: z.array(z.string()).describe('Paths analysed, relative to the working directory'),
  model: OrgModel,
  systems: z.array(SystemResult),
  teams: z.array(TeamResult),
  findings: z.array(Finding),
  diagnostics: z.array(Diagnostic),
  /** Evidence from git history, when repositories were given. */
  history: HistoryEvidence.optional(),
  summary: Summary,
  baseline: BaselineSummary.optional().describe('Counts against the baseline, when one was given'),
  discovery: z.array(DiscoverySection).optional().describe('One entry per repository directory analysed by discovery'),
  whatIf: WhatIfResult.optional().describe('When this is the organisation after a what-if plan: the plan and its before and after, which the HTML report shows side by side'),
});
export type AnalysisResult = z.infer<typeof AnalysisResult>;
