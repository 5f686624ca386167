import { z } from 'zod';
import { EntityRef } from './common.js';
import { base } from './finding-base.js';

/** Findings that need git history. */
export const LowTeamAlignment = z.object({
  ruleId: z.literal('low-team-alignment'),
  ...base,
  evidence: z.object({
    owner: EntityRef,
    ownerShare: z.number().describe('Share of its changes (by authors matched to catalog users) made by its owning team'),
    threshold: z.number(),
    matchedRevisions: z.number().int(),
    changesByTeam: z.array(z.object({ team: EntityRef, revisions: z.number().int() })),
    repository: z.string(),
  }),
});

export const KnowledgeIsland = z.object({
  ruleId: z.literal('knowledge-island'),
  ...base,
  evidence: z.object({
    person: z.string().describe('The author, as git names them after .mailmap'),
    user: EntityRef.optional(),
    share: z.number().describe('Share of its revisions made by that person'),
    revisions: z.number().int(),
    authors: z.number().int(),
    truckFactor: z.number().int(),
    repository: z.string(),
  }),
});

export const CrossTeamCoupling = z.object({
  ruleId: z.literal('cross-team-coupling'),
  ...base,
  evidence: z.object({
    a: EntityRef,
    b: EntityRef,
    teams: z.array(EntityRef),
    shared: z.number().int().describe('Commits (or author windows, or tickets) that changed both'),
    degree: z.number().describe('shared / average revisions x 100'),
    threshold: z.number(),
    by: z.enum(['commit', 'author-window', 'ticket']),
  }),
});

export const SreGatekeeper = z.object({
  ruleId: z.literal('sre-gatekeeper'),
  ...base,
  evidence: z.object({
    team: EntityRef,
    structure: z.string().describe('Its measured structure, or its declaration'),
    handle: z.string().describe('How CODEOWNERS names it, e.g. @acme/sre'),
    gated: z.array(z.object({
      component: EntityRef,
      owner: EntityRef,
      files: z.number().int().describe('Application files it must approve'),
      applicationFiles: z.number().int(),
      rules: z.array(z.string()).describe('CODEOWNERS file:line'),
    })),
  }),
});
