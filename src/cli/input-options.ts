import { type Command, InvalidArgumentError, Option } from 'commander';
import type { z } from 'zod';
import type { Config } from '../config/schema.js';
import type { AnalyzeOptions } from '../run.js';
import type { CliIo } from './io.js';
import type { InputOptions } from './input-schema.js';
import { progressTo } from './progress.js';

/** What to read, beyond catalog paths: shared by `analyze` and `baseline`, so a baseline sees what analyze sees. */
export function addInputOptions(command: Command): Command {
  return command
    .addOption(new Option('--backstage-url <url>', 'read the catalog of a Backstage instance over its API (repeatable)').argParser(repeatable))
    .addOption(new Option('--discover', 'also discover units and coupling from manifests and git history in directories that hold catalog files'))
    .addOption(new Option('--backstage-token-env <name>', 'environment variable holding the Backstage token (default: BACKSTAGE_TOKEN)'))
    .addOption(new Option('--repo <path>', 'a local clone (bare or not) whose git history is evidence (repeatable)').argParser(repeatable))
    .addOption(new Option('--repos-dir <dir>', 'a folder of local clones, matched to components by remote URL or folder name'))
    .addOption(dateOption('--since <date>', 'start of the history window (default: twelve months ago)'))
    .addOption(dateOption('--until <date>', 'end of the history window (default: now)'))
    .addOption(
      new Option('--max-changeset-size <files>', 'commits changing more files are left out of change coupling (default 30)').argParser((value: string) => {
        if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number of files, 1 or more');
        return Number(value);
      }),
    )
    .addOption(new Option('--history-from <path>', 'history partials (files, or folders of them) written by mine --partial or --history-partial, merged as if their clones were given (repeatable)').argParser(repeatable))
    .addOption(new Option('--history-partial <dir>', 'also write the history of each clone read into DIR, as mine --partial does'))
    .addOption(new Option('--cache-dir <dir>', 'where the git commit cache lives (default .teamfit/ in the working directory)'))
    .addOption(new Option('--no-cache', 'read every history whole from git, without the commit cache'));
}



/** What `analyze()` is given by `analyze` and `baseline` alike: the paths, the config and those options. */
export function analyzeOptions(paths: readonly string[], config: Config, options: z.infer<typeof InputOptions>, io: CliIo): AnalyzeOptions {
  return {
    ...(paths.length > 0 ? { paths: [...paths] } : {}),
    cwd: io.cwd,
    config,
    ...analyzeInputs(options, io),
    ...progressTo(options, io),
  };
}

function analyzeInputs(options: z.infer<typeof InputOptions>, io: CliIo): Pick<AnalyzeOptions, 'backstageUrls' | 'backstageTokenEnv' | 'env' | 'discover' | 'history'> {
  return {
    backstageUrls: options.backstageUrl,
    ...(options.backstageTokenEnv !== undefined && { backstageTokenEnv: options.backstageTokenEnv }),
    env: io.env,
    ...(options.discover === true && { discover: true }),
    history: {
      repos: options.repo,
      ...(options.reposDir !== undefined && { reposDir: options.reposDir }),
      ...(options.since !== undefined && { since: options.since }),
      ...(options.until !== undefined && { until: options.until }),
      ...(options.maxChangesetSize !== undefined && { maxChangesetSize: options.maxChangesetSize }),
      ...(options.cache && { cacheDir: options.cacheDir ?? '.teamfit' }),
      ...(options.historyFrom.length > 0 && { historyFrom: options.historyFrom }),
      ...(options.historyPartial !== undefined && { historyPartial: options.historyPartial }),
    },
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateOption(flags: string, description: string): Option {
  return new Option(flags, description).argParser((value: string) => {
    if (!DATE.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
    return value;
  });
}

function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
