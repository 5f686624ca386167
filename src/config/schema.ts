import { z } from 'zod';
import { Finding, type RuleId } from '../result/index.js';

// Each field's documentation is its `.describe()` text, not a TSDoc comment: only a runtime description
// reaches the generated JSON Schema (editor hovers), the error messages and docs/config.md.

/** Every rule id, read off the Finding union so this stage needs nothing from rules/. */
export const CONFIG_RULE_IDS = Finding.options.map((option) => option.shape.ruleId.value) as [RuleId, ...RuleId[]];

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
      .default('error')
      .describe('Exit 1 when a finding at or above this severity is reported (`--fail-on` overrides it).'),
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
      })
      .prefault({})
      .describe('Reading a live Backstage catalog.'),
    git: z
      .strictObject({
        bots: z
          .array(z.string())
          .default([])
          .describe('More author name or e-mail patterns (`*` wildcards) of bots, on top of the built-in ones (dependabot, renovate, github-actions, ...): their commits are left out of people metrics and reported apart.'),
        repos: z
          .record(z.string().describe('An entity ref'), z.string().describe('A repository path, relative to the config file'))
          .default({})
          .describe('Entity ref -> path of the local clone holding its whole code, for components without a source-location annotation (or to override it).'),
        reposDir: z.string().optional().describe('A folder of local clones (`--repos-dir`), relative to the config file: clones are matched to components by remote URL or folder name.'),
        since: z.string().optional().describe('Start of the history window, YYYY-MM-DD (`--since`); default: twelve months before today.'),
        until: z.string().optional().describe('End of the history window, YYYY-MM-DD (`--until`); default: now.'),
        maxChangesetSize: z.number().int().min(1).default(30).describe('Commits changing more files than this are left out of change coupling (`--max-changeset-size`).'),
        ticketPattern: z.string().default('\\b[A-Z][A-Z0-9]+-\\d+\\b').describe('Regular expression for ticket ids in commit subjects; shared ids couple components across repositories.'),
        authorWindowHours: z.number().min(0).default(24).describe('One author changing two repositories within this many hours couples what they changed.'),
      })
      .prefault({})
      .describe('Reading git history (`--repo`, `--repos-dir`).'),
  })
  .describe('teamfit configuration (teamfit.config.yaml, .teamfit.yaml or teamfit.config.json).');
export type Config = z.infer<typeof Config>;
export type ConfigInput = z.input<typeof Config>;

export function defaultConfig(): Config {
  return Config.parse({});
}
