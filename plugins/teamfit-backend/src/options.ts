import { readSchedulerServiceTaskScheduleDefinitionFromConfig, type RootConfigService, type SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import type { HistoryInputs } from 'teamfit';

/** What app-config's `teamfit:` section says (see config.d.ts). */
export interface TeamfitOptions {
  schedule: SchedulerServiceTaskScheduleDefinition;
  history: HistoryInputs;
  /** A teamfit.config.yaml to read: thresholds, roles, rules, as for the CLI. */
  configFile?: string;
  /** Analyses kept in the database; older ones are deleted after each run. */
  keepResults: number;
}

/** Hourly: catalogs change slowly, and an analysis with git history reads every clone. */
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 30 },
  initialDelay: { seconds: 15 },
};
const DEFAULT_KEEP = 50;

export function readOptions(config: RootConfigService): TeamfitOptions {
  const section = config.getOptionalConfig('teamfit');
  const schedule = section?.has('schedule') ? readSchedulerServiceTaskScheduleDefinitionFromConfig(section.getConfig('schedule')) : DEFAULT_SCHEDULE;
  const history: HistoryInputs = {};
  const reposDir = section?.getOptionalString('history.reposDir');
  const repos = section?.getOptionalStringArray('history.repos');
  const since = section?.getOptionalString('history.since');
  if (reposDir !== undefined) history.reposDir = reposDir;
  if (repos !== undefined) history.repos = repos;
  if (since !== undefined) history.since = since;
  const configFile = section?.getOptionalString('configFile');
  const keepResults = section?.getOptionalNumber('keepResults') ?? DEFAULT_KEEP;
  if (!Number.isInteger(keepResults) || keepResults < 1) throw new Error(`teamfit.keepResults must be a whole number of at least 1, not ${keepResults}`);
  return { schedule, history, ...(configFile !== undefined && { configFile }), keepResults };
}
