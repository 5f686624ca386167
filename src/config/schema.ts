import { z } from 'zod';
import { Finding, TEAM_STRUCTURE_DECLARATIONS, type RuleId } from '../result/index.js';
import { linearRegexProblem } from '../util/linear-regex.js';
import { FAIL_ON_DEFAULTS } from './fail-on-defaults.js';

// Each field's documentation is its `.describe()` text, not a TSDoc comment: only a runtime description
// reaches the generated JSON Schema (editor hovers), the error messages and docs/config.md.

/** Every rule id, read off the Finding union so this stage needs nothing from rules/. */
export const CONFIG_RULE_IDS = Finding.options.map((option) => option.shape.ruleId.value) as [RuleId, ...RuleId[]];

const Role = z.string().trim().toLowerCase().min(1).describe('A skill: `dev`, `ops` or `sre` are counted (sre as ops); other values are shown but not counted.');

const TeamDeclaration = z
  .strictObject({
    structure: z.enum(TEAM_STRUCTURE_DECLARATIONS).optional().describe('The structure the organisation declares for these teams, as `teamfit.dev/structure` would (a signal, never the verdict alone).'),
    memberRole: Role.optional().describe('The role of their members who declare none (`teamfit.dev/role` and `roles:` win over it).'),
  })
  .describe('What the organisation states about the teams a key matches.');

const RoleRule = z
  .strictObject({
    role: Role,
    users: z.array(z.string()).optional().describe('User refs or `*` glob patterns, e.g. `user:default/ops-*` (a bare name means `user:default/<name>`).'),
    memberOf: z.array(z.string()).optional().describe('Group refs or `*` glob patterns: their members get the role.'),
    annotation: z.record(z.string(), z.string()).optional().describe('Annotation -> value (`*` wildcards) a User must carry, e.g. `{ "acme.com/job-family": "sre*" }`.'),
    label: z.record(z.string(), z.string()).optional().describe('Label -> value (`*` wildcards) a User must carry.'),
  })
  .describe('Users matching every given selector get `role` (the first matching entry wins).');

const RuleSetting = z
  .strictObject({
    severity: z.enum(['error', 'warning', 'info', 'off']).optional().describe("The rule's severity in this organisation; `off` disables it."),
  })
  .describe('Settings of one rule.');

/** teamfit's configuration. Every field has a default; a config file only states what it changes. */
export const Config = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema this file follows, for editors; ignored by teamfit.'),
    failOn: z
      .enum(['error', 'warning', 'info', 'none'])
      .default(FAIL_ON_DEFAULTS.failOn)
      .describe('Exit 1 when a finding at or above this severity is reported (`--fail-on` overrides it).'),
    failOnDiagnostics: z
      .enum(['error', 'warning', 'info', 'none'])
      .default(FAIL_ON_DEFAULTS.failOnDiagnostics)
      .describe(
        'Exit 1 also when a diagnostic (a problem reading the input: broken YAML, a duplicate entity, a malformed reference) is at or above this severity and `failOn`; `none` lets a CI gate pass whatever the diagnostics (`--fail-on-diagnostics` overrides it).',
      ),
    rules: z
      .partialRecord(z.enum(CONFIG_RULE_IDS), RuleSetting)
      .default({})
      .describe('Per-rule settings, keyed by rule id (see `teamfit rules`).'),
    catalog: z
      .strictObject({
        deployableTypes: z
          .array(z.string())
          .default(['service', 'website'])
          .describe('Component spec.type values that are deployable units (libraries and the like are not).'),
        dataResourceTypes: z
          .array(z.string())
          .default(['database', 'db', 'datastore', 'data-store', 'storage', 'bucket', 's3-bucket', 'table', 'schema', 'search-index'])
          .describe(
            'Resource spec.type values that hold data: sharing one of these couples its users. Message brokers and caches (queue, cache) are left out: they are channels units integrate through, not data they share.',
          ),
        infrastructureTypes: z
          .array(z.string())
          .default(['operator', 'kubernetes-operator', 'controller', 'helm-chart', 'chart', 'terraform', 'terraform-module', 'infrastructure', 'cluster', 'kubernetes-cluster', 'pipeline', 'ci', 'cd', 'gitops'])
          .describe('Component and Resource spec.type values that are infrastructure: owning them is operations work.'),
        infrastructureTags: z
          .array(z.string())
          .default(['operator', 'kubernetes-operator', 'helm', 'helmchart', 'helm-chart', 'terraform', 'infrastructure', 'infra', 'cluster', 'kubernetes', 'gitops', 'pipeline', 'ci-cd'])
          .describe('Tags that mark a Component or Resource as infrastructure.'),
        unownedOwners: z
          .array(z.string().min(1))
          .default(['unspecified', 'unknown', 'unowned', 'none', 'nobody', 'tbd'])
          .describe(
            "Owner names (or full refs such as `group:default/unspecified`) that mean \"no owner\" in this organisation: an entity owned by one is reported by missing-owner as unowned, not as a dangling reference. Case does not matter; `[]` turns the convention off.",
          ),
        maxFileMegabytes: z
          .number()
          .min(0.001)
          .default(20)
          .describe('Largest catalog file read, in MiB (a pipe given on the command line included, whose reading stops as soon as it passes); a bigger one is skipped with a file-too-large warning.'),
        inferSystems: z
          .boolean()
          .default(true)
          .describe('Group Components that declare no System into inferred systems (by Domain, then repository, then dependencies within one owner; a lone deployable is a system of its own) so they get an architecture verdict; `false` leaves them out.'),
      })
      .prefault({})
      .describe('How catalog fields are read.'),
    thresholds: z
      .strictObject({
        distributedUnits: z.number().int().min(2).default(2).describe('Deployable units at or above which a system is distributed.'),
        denseDependencies: z
          .number()
          .min(0)
          .max(1)
          .default(0.7)
          .describe("Share of pairs of a system's units linked by a dependency above which it is dense (from three units on)."),
        apiDependencyShare: z
          .number()
          .min(0)
          .max(1)
          .default(0.5)
          .describe('Share of internal dependencies that go through declared APIs at or above which boundaries are clear.'),
        insourcingDependentTeams: z
          .number()
          .int()
          .min(1)
          .default(2)
          .describe('Other teams depending on what a team owns, at or above which it serves as insourcing.'),
        minTeamEvidence: z
          .number()
          .int()
          .min(1)
          .default(2)
          .describe("Fewest people whose skill is known (a declared or configured role, or `minMemberRevisions` commits) before the team's skills count towards a verdict; below it, team-level evidence alone decides or the verdict is undetermined."),
        minMemberRevisions: z.number().int().min(1).default(3).describe("Fewest commits before a person's work (share of operations files) says what their skill is (git)."),
        minTeamChanges: z.number().int().min(1).default(10).describe('Fewest changes to what a team owns before the share of operations work in them counts (git).'),
        opsShare: z.number().min(0).max(1).default(0.5).describe('Share of ops/SRE members at or above which a team is operations-heavy.'),
        minConfidence: z.number().min(0).max(1).default(0.35).describe('Confidence under which a verdict is reported as undetermined.'),
        teamAlignment: z
          .number()
          .min(0)
          .max(1)
          .default(0.5)
          .describe('Share of a component’s changes made by its owning team under which low-team-alignment fires (git).'),
        knowledgeIslandShare: z
          .number()
          .min(0)
          .max(1)
          .default(0.8)
          .describe('Share of a component’s revisions by one person at or above which knowledge-island fires, when its truck factor is one (git).'),
        knowledgeIslandRevisions: z.number().int().min(1).default(10).describe('Fewest revisions before a component can be a knowledge island (git).'),
        crossTeamCoupling: z
          .number()
          .min(0)
          .max(100)
          .default(50)
          .describe('Change-coupling degree (%) at or above which components of different teams are reported by cross-team-coupling (git).'),
      })
      .prefault({})
      .describe('Thresholds of the architecture and team-structure classifiers.'),
    teams: z
      .record(z.string().describe('A group ref or `*` glob pattern, e.g. `group:default/sre-*` (a bare name means `group:default/<name>`)'), TeamDeclaration)
      .default({})
      .describe('Structure and default member role per team, for what the catalog does not declare; every matching key applies, later keys win.'),
    roles: z
      .array(RoleRule)
      .default([])
      .describe('Roles of Users the catalog does not declare (`teamfit.dev/role` wins), by ref pattern, group membership, annotation or label.'),
    backstage: z
      .strictObject({
        urls: z
          .array(z.string())
          .default([])
          .describe('Base URLs of Backstage instances whose catalog is read over its API (`--backstage-url` replaces this list).'),
        tokenEnv: z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name')
          .default('BACKSTAGE_TOKEN')
          .describe('The environment variable holding the Backstage token (`--backstage-token-env` overrides it); the token itself never goes in a config file.'),
        maxPages: z
          .number()
          .int()
          .min(1)
          .default(10_000)
          .describe('Pages of 500 entities read from one instance at most; a catalog still paging after them (or repeating a cursor) stops the run with exit 2.'),
        maxPageMegabytes: z
          .number()
          .min(1)
          .default(256)
          .describe('Largest answer for one page, in MiB, counted after decompression (a gzip answer is inflated only up to it); a bigger one stops the run with exit 2 before it is held in memory.'),
      })
      .prefault({})
      .describe('Reading a live Backstage catalog.'),
    report: z
      .strictObject({
        backstageUrl: z
          .string()
          .regex(/^https?:\/\/\S+$/i, 'expected an http(s) URL')
          .optional()
          .describe(
            "Base URL of the organisation's Backstage, e.g. `https://backstage.example.com`: the HTML report links every team, system and component to its catalog page there (`--backstage-url` on `teamfit report` overrides it; unset, `teamfit analyze` reading one live catalog links into that instance).",
          ),
      })
      .prefault({})
      .describe('How reports are rendered.'),
    git: z
      .strictObject({
        bots: z
          .array(z.string())
          .default([])
          .describe('More bots, on top of the built-in ones (dependabot, renovate, github-actions, jenkins, `[bot]` apps, names ending in bot, ...): each pattern is matched whole and case-insensitively against the author name and the e-mail address, `*` standing for any run of characters; a pattern starting with `!` names a person who is never a bot. Bots\' commits are left out of people metrics and coupling and listed apart.'),
        loginMatchesUserName: z
          .boolean()
          .default(true)
          .describe('Match the login of a GitHub/GitLab noreply commit address to the one User whose metadata.name it is, when no `<host>/user-login` annotation claims it (Backstage\'s own sign-in convention; a weak match, marked `user-name` in the result).'),
        repos: z
          .record(z.string().describe('An entity ref'), z.string().describe('A repository path, relative to the config file'))
          .default({})
          .describe('Entity ref -> path of the local clone holding its whole code, for components without a source-location annotation (or to override it).'),
        reposDir: z.string().optional().describe('A folder of local clones (`--repos-dir`), relative to the config file: clones are matched to components by remote URL or folder name.'),
        since: z.string().optional().describe('Start of the history window, YYYY-MM-DD (`--since`); default: twelve months before today.'),
        until: z.string().optional().describe('End of the history window, YYYY-MM-DD (`--until`); default: now.'),
        maxChangesetSize: z.number().int().min(1).default(30).describe('Commits changing more files than this are left out of change coupling (`--max-changeset-size`).'),
        ticketPattern: z
          .string()
          .superRefine((pattern, context) => {
            const problem = linearRegexProblem(pattern);
            if (problem !== undefined) context.addIssue({ code: 'custom', message: `expected a regular expression in RE2 syntax (no backreferences or lookarounds): ${problem}` });
          })
          .default('\\b[A-Z][A-Z0-9]+-\\d+\\b')
          .describe('Regular expression (RE2 syntax, matched in linear time) for ticket ids in commit subjects; shared ids couple components across repositories.'),
        authorWindowHours: z.number().min(0).default(24).describe('One author changing two repositories within this many hours couples what they changed.'),
      })
      .prefault({})
      .describe('Reading git history (`--repo`, `--repos-dir`).'),
    suggest: z
      .strictObject({
        weights: z
          .strictObject({
            ownership: z.number().min(0).default(1).describe('Tie of a component to the team that owns it today: the starting point.'),
            authorship: z.number().min(0).default(2).describe("Tie of a component to each team, times the share of its changes (git) made by the team's members."),
            dependency: z.number().min(0).default(1).describe('Tie between two components, per dependency (dependsOn, or a consumed API to its provider).'),
            coChange: z.number().min(0).default(1).describe('Tie between two components that change together (git), times the coupling degree (0-1).'),
          })
          .prefault({})
          .describe('Weights of the graph `teamfit suggest` partitions (docs/what-if.md).'),
        moveCost: z.number().min(0).default(0.25).describe("A component moves only if its tie to the new team beats its tie to its owner by more than this."),
        capacity: z.number().int().min(1).optional().describe('Most deployable components one team may own after the suggestion; default: the most any team owns today.'),
        pinned: z.array(z.string()).default([]).describe('Components (refs) that never move.'),
        seed: z.number().int().default(1).describe('Seed of the community detection: the same seed gives the same suggestion.'),
      })
      .prefault({})
      .describe('`teamfit suggest`: how team boundaries are proposed.'),
  })
  .describe('teamfit configuration (teamfit.config.yaml, .teamfit.yaml or teamfit.config.json).');
export type Config = z.infer<typeof Config>;
export type ConfigInput = z.input<typeof Config>;

export function defaultConfig(): Config {
  return Config.parse({});
}
