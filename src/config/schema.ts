import { z } from 'zod';

const RuleSetting = z.object({
  /** `off` disables the rule. */
  severity: z.enum(['error', 'warning', 'info', 'off']).optional(),
});

/** teamfit's configuration. Every field has a default; a config file only states what it changes. */
export const Config = z.object({
  /** Exit 1 when a finding at or above this severity is reported. */
  failOn: z.enum(['error', 'warning', 'info', 'none']).default('error'),
  /** Per-rule overrides, keyed by rule id. */
  rules: z.record(z.string(), RuleSetting).default({}),
  catalog: z
    .object({
      /** Component types that are deployable units (libraries and the like are not). */
      deployableTypes: z.array(z.string()).default(['service', 'website']),
      /** Resource types that hold data: sharing one of these couples its users. */
      dataResourceTypes: z
        .array(z.string())
        .default(['database', 'db', 'datastore', 'data-store', 'storage', 'bucket', 's3-bucket', 'table', 'schema', 'queue', 'cache', 'search-index']),
    })
    .prefault({}),
  thresholds: z
    .object({
      /** Deployable units at or above which a system is distributed. */
      distributedUnits: z.number().int().min(2).default(2),
      /** Share of pairs of a system's units linked by a dependency above which it is dense (from 3 units on). */
      denseDependencies: z.number().min(0).max(1).default(0.7),
      /** Share of internal dependencies that go through declared APIs at or above which boundaries are clear. */
      apiDependencyShare: z.number().min(0).max(1).default(0.5),
      /** Other teams depending on what a team owns, at or above which it serves as insourcing. */
      insourcingDependentTeams: z.number().int().min(1).default(2),
      /** Share of ops/SRE members at or above which a team is operations-heavy. */
      opsShare: z.number().min(0).max(1).default(0.5),
      /** Confidence under which a verdict is reported as undetermined. */
      minConfidence: z.number().min(0).max(1).default(0.35),
    })
    .prefault({}),
});
export type Config = z.infer<typeof Config>;
export type ConfigInput = z.input<typeof Config>;

export function defaultConfig(): Config {
  return Config.parse({});
}
