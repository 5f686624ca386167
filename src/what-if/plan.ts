import { z } from 'zod';
import { TEAM_STRUCTURE_DECLARATIONS } from '../result/model.js';

// References as a person writes them (`component:orders`, `group:team-a`, `default/x`); resolved against the catalog when applied.
const Ref = z.string().min(1).describe('An entity reference, [kind:][namespace/]name');
const note = { why: z.string().optional().describe('Why this change: shown beside it in the report') };

export const MoveChange = z.strictObject({
  move: z.union([Ref, z.array(Ref).min(1)]).describe('Components, systems, APIs or resources to hand over'),
  to: Ref.describe('The group that owns them afterwards'),
  ...note,
});
export const MergeChange = z.strictObject({
  merge: z.array(Ref).min(2).describe('Groups to merge'),
  into: Ref.optional().describe('The group that remains (one of `merge`, or a new name); default: the first'),
  ...note,
});
const SplitPart = z.strictObject({
  name: Ref.describe('A group: the one split, an existing one, or a new one'),
  members: z.array(Ref).default([]).describe('Users who belong to it afterwards'),
  owns: z.array(Ref).default([]).describe('What it owns afterwards'),
});
export const SplitChange = z.strictObject({
  split: Ref.describe('The group to split'),
  into: z.array(SplitPart).min(2),
  ...note,
});
export const StructureChange = z.strictObject({
  structure: Ref.describe('A group'),
  declared: z.enum(TEAM_STRUCTURE_DECLARATIONS).nullable().describe('Its declared structure afterwards (teamfit.dev/structure), null for none'),
  ...note,
});
export const RoleChange = z.strictObject({
  role: z.union([Ref, z.array(Ref).min(1)]).describe('Users'),
  is: z.string().min(1).nullable().describe('Their teamfit.dev/role afterwards (dev, ops, sre or another skill), null for none'),
  ...note,
});
export const OperatorChange = z.strictObject({
  operate: z.union([Ref, z.array(Ref).min(1)]).describe('Systems or components'),
  by: Ref.nullable().describe('The group that runs them afterwards (teamfit.dev/operated-by), null for no separate operator'),
  ...note,
});
export const ConsolidateChange = z.strictObject({
  consolidate: Ref.describe('A system whose deployable components become one'),
  into: Ref.optional().describe('The component that remains; default: the most depended-on deployable component'),
  owner: Ref.optional().describe('Its owner afterwards; default: the remaining component\'s owner'),
  ...note,
});
export const CutChange = z.strictObject({
  cut: z.strictObject({
    from: Ref.describe('The component that depends'),
    to: Ref.describe('What it stops depending on: a component, resource or API (or every API of a component)'),
  }),
  ...note,
});

/** The key that says what a change does; each change has exactly one. */
export const PLAN_ACTIONS = ['move', 'merge', 'split', 'structure', 'role', 'operate', 'consolidate', 'cut'] as const;

export const PlanChange = z.union([MoveChange, MergeChange, SplitChange, StructureChange, RoleChange, OperatorChange, ConsolidateChange, CutChange]);
export type PlanChange = z.infer<typeof PlanChange>;

export const Plan = z.strictObject({
  title: z.string().optional(),
  changes: z.array(PlanChange).describe('Applied in order, each to the organisation the ones before it left'),
});
export type Plan = z.infer<typeof Plan>;
