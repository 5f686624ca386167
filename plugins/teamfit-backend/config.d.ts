import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** teamfit: architecture and team-structure verdicts by "a model for DevOps". */
  teamfit?: {
    /** How often the catalog is analysed. Default: every hour, 30 minutes timeout, 15 s after start. */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /** Git history as evidence: local clones on the backend's disk. */
    history?: {
      /** A folder of clones (every git repository under it), as `teamfit analyze --repos-dir`. */
      reposDir?: string;
      /** Single clones, as `teamfit analyze --repo`. */
      repos?: string[];
      /** Start of the history window (YYYY-MM-DD). Default: twelve months back. */
      since?: string;
    };
    /** A teamfit.config.yaml (thresholds, roles, rules), as `teamfit analyze --config`. */
    configFile?: string;
    /** Analyses kept in the database. Default 50. */
    keepResults?: number;
  };
}
