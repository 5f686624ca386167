import { z } from 'zod';
import { EntityRef } from './common.js';

/** What was read from one repository, and what was left out of the people and coupling metrics. */
export const RepositoryHistory = z.object({
  repository: z.string().describe('Path of the local clone, relative to the working directory'),
  since: z.string().optional(),
  until: z.string().optional(),
  commits: z.number().int().describe('Commits read in the window (merges excluded unless asked)'),
  kept: z.number().int().describe('Commits by people, counted in people metrics'),
  bots: z.number().int(),
  botAuthors: z.array(z.string()),
  sweeps: z.number().int().describe('Commits left out of coupling: too many files, or dependency bumps and formatting'),
  unmapped: z.number().int().describe('Commits that touched no file of a known component'),
  shallow: z.boolean(),
});
export type RepositoryHistory = z.infer<typeof RepositoryHistory>;

/** How much of the work on one component was operations work, and whose. */
export const ComponentOpsWork = z
  .object({
    files: z.number().int().describe('File changes in the window (a file changed in two commits counts twice)'),
    opsFiles: z.number().int().describe('Of those, changes to operations files (CI, containers, Kubernetes, Helm, Terraform, deploys, runbooks)'),
    share: z.number().describe('opsFiles / files'),
    authors: z
      .array(z.object({ id: z.string(), files: z.number().int(), opsFiles: z.number().int() }))
      .describe('Authors by file changes, most first (the 25 busiest)'),
  })
  .describe('Operations work in the changes to this component');
export type ComponentOpsWork = z.infer<typeof ComponentOpsWork>;

export const ComponentHistory = z.object({
  ref: EntityRef,
  repository: z.string(),
  path: z.string().describe('Path prefix inside the repository; empty for the whole repository'),
  revisions: z.number().int(),
  authors: z.number().int(),
  mainDeveloper: z.object({ person: z.string(), share: z.number() }).optional(),
  fragmentation: z.number().describe('1 - sum((a_i/n)^2) over authors, as code-maat'),
  truckFactor: z.number().int().describe('Fewest authors whose departure orphans over half of its files'),
  files: z.number().int(),
  firstChange: z.string().optional(),
  lastChange: z.string().optional(),
  owner: EntityRef.optional(),
  matchedRevisions: z.number().int().describe('Revisions by authors matched to catalog users'),
  ownerShare: z.number().optional().describe('Share of its changes made by members of its owning team'),
  changesByTeam: z.array(z.object({ team: z.string(), revisions: z.number().int() })),
  codeOwners: z
    .array(z.object({ owner: z.string(), files: z.number().int(), rules: z.array(z.string()).describe('CODEOWNERS file:line') }))
    .describe('Required reviewers (CODEOWNERS) of its application files changed in the window (operations files left out; the 200 most changed)'),
  applicationFiles: z.number().int().describe('Application files looked up in CODEOWNERS (the 200 most changed at most)'),
  opsWork: ComponentOpsWork.optional(),
});
export type ComponentHistory = z.infer<typeof ComponentHistory>;

export const ComponentCoupling = z.object({
  a: EntityRef,
  b: EntityRef,
  shared: z.number().int(),
  degree: z.number().describe('shared / average revisions x 100, as code-maat'),
  by: z.enum(['commit', 'author-window', 'ticket']),
  crossTeam: z.boolean(),
});
export type ComponentCoupling = z.infer<typeof ComponentCoupling>;

export const PersonHistory = z.object({
  id: z.string().describe('Author e-mail as git reports it after .mailmap'),
  name: z.string(),
  user: EntityRef.optional(),
  matchedBy: z
    .enum(['email', 'git-emails', 'noreply-id', 'noreply-login', 'user-name'])
    .optional()
    .describe('How the author was tied to the User: spec.profile.email, teamfit.dev/git-emails, the id or login of a GitHub/GitLab noreply address against <host>/user-id or <host>/user-login, or (weak) that login as the User\'s metadata.name'),
  teams: z.array(EntityRef),
  revisions: z.number().int(),
  opsShare: z.number().describe('Share of the files they changed that are operations files'),
});
export type PersonHistory = z.infer<typeof PersonHistory>;

const AuthorIdentity = z.object({ id: z.string(), name: z.string(), revisions: z.number().int() });

/** How many authors, and how much of their work, the catalog's Users account for. */
export const AuthorMatching = z.object({
  authors: z.number().int().describe('Distinct author e-mails among people (bots left out)'),
  commits: z.number().int().describe('Commits by people'),
  matched: z.object({
    authors: z.number().int(),
    commits: z.number().int(),
    byMethod: z.array(z.object({ method: z.string(), authors: z.number().int(), commits: z.number().int() })).describe('Per match method, most commits first'),
  }),
  unmatched: z.object({
    authors: z.number().int(),
    commits: z.number().int(),
    top: z.array(AuthorIdentity).describe('The unmatched authors with the most commits (10 at most)'),
  }),
});
export type AuthorMatching = z.infer<typeof AuthorMatching>;

/** An author taken as a bot: left out of people metrics and coupling. */
export const BotIdentity = z.object({
  name: z.string(),
  email: z.string(),
  commits: z.number().int(),
  rule: z.string().describe('The pattern that matched (git.bots syntax), or "name or login ends in bot"'),
  source: z.enum(['built-in', 'config']),
});
export type BotIdentity = z.infer<typeof BotIdentity>;

export const TeamHistory = z.object({
  team: EntityRef,
  revisions: z.number().int(),
  opsShare: z.number().describe("Share of the team's changed files that are operations files"),
  alignment: z.number().optional().describe('Share of changes to its own components made by its members'),
  coChangesWith: z.array(z.object({ team: EntityRef, components: z.number().int() })),
});
export type TeamHistory = z.infer<typeof TeamHistory>;

export const HistoryEvidence = z.object({
  window: z.object({ since: z.string().optional(), until: z.string().optional() }),
  repositories: z.array(RepositoryHistory),
  components: z.array(ComponentHistory),
  coupling: z.array(ComponentCoupling),
  people: z.array(PersonHistory),
  unmatchedAuthors: z.array(AuthorIdentity),
  matching: AuthorMatching,
  bots: z.array(BotIdentity).describe('Every author taken as a bot, most commits first'),
  teams: z.array(TeamHistory),
  congruence: z.object({
    coordinationNeeds: z.number().int().describe('Coupled component pairs owned by different teams, plus pairs inside one team'),
    withinTeam: z.number().int(),
    value: z.number().nullable().describe('Share of coordination needs that fall inside one team (Cataldo et al.)'),
  }),
});
export type HistoryEvidence = z.infer<typeof HistoryEvidence>;
