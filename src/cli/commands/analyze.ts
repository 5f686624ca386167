import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { z } from 'zod';
import { UsageError } from '../../util/errors.js';
import { shouldUseColor } from '../color.js';
import { exitCodeFor } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { addReportingOptions, ReportingOptions } from '../options.js';
import { emit } from '../output.js';
import type { CommandContext } from './context.js';

const Options = ReportingOptions.extend({
  verbose: z.boolean().optional(),
  backstageUrl: z.array(z.string()).default([]),
  backstageTokenEnv: z.string().optional(),
  discover: z.boolean().optional(),
  repo: z.array(z.string()).default([]),
  reposDir: z.string().optional(),
  since: z.string().optional(),
  until: z.string().optional(),
  maxChangesetSize: z.number().int().min(1).optional(),
});

const repeatable = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateOption(flags: string, description: string): Option {
  return new Option(flags, description).argParser((value: string) => {
    if (!DATE.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
    return value;
  });
}

export function analyzeCommand(context: CommandContext): Command {
  return addReportingOptions(
    new Command('analyze')
      .description('analyse a Backstage catalog and report architectures, team structures and findings')
      .argument('[paths...]', 'catalog files or directories (default: the working directory)'),
  )
    .addOption(
      new Option('--backstage-url <url>', 'read the catalog of a Backstage instance over its API (repeatable)').argParser(
        (url: string, previous: string[] | undefined) => [...(previous ?? []), url],
      ),
    )
    .addOption(new Option('--discover', 'also discover units and coupling from manifests and git history in directories that hold catalog files'))
    .addOption(new Option('--backstage-token-env <name>', 'environment variable holding the Backstage token (default: BACKSTAGE_TOKEN)'))
    .addOption(new Option('--repo <path>', 'a local clone (bare or not) whose git history is evidence (repeatable)').argParser(repeatable))
    .addOption(new Option('--repos-dir <dir>', 'a folder of local clones, matched to components by remote URL or folder name'))
    .addOption(dateOption('--since <date>', 'start of the history window (default: twelve months ago)'))
    .addOption(dateOption('--until <date>', 'end of the history window (default: now)'))
    .addOption(new Option('--max-changeset-size <files>', 'commits changing more files are left out of change coupling (default 30)').argParser((value: string) => {
      if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number of files, 1 or more');
      return Number(value);
    }))
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const { renderReport } = await import('../../report/index.js');
      const { analyze } = await import('../../run.js');
      const { applyBaseline, countedFindings } = await import('../baseline-apply.js');
      const { readBaseline } = await import('../baseline-file.js');
      const { loadCliConfig } = await import('../cli-config.js');
      const options = Options.parse(command.optsWithGlobals());
      const { io } = context;
      await assertPathsExist(io, paths);
      const showProgress = io.isStderrTty || options.verbose === true;
      const { config, file: configFile } = await loadCliConfig(io, options.config);
      if (showProgress && configFile !== undefined) io.stderr(`teamfit: config ${configFile}\n`);
      // Read before the analysis, so a broken baseline fails fast.
      const baseline = options.baseline === undefined ? undefined : await readBaseline(options.baseline, io.cwd);
      const result = await analyze({
        ...(paths.length > 0 ? { paths } : {}),
        cwd: io.cwd,
        config,
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
        },
        ...(showProgress ? { onProgress: (message: string) => io.stderr(`teamfit: ${message}\n`) } : {}),
      });
      const compared = applyBaseline(result, baseline);
      const color = options.output === undefined && shouldUseColor({ isWanted: options.color, isTty: io.isStdoutTty, env: io.env });
      await emit(io, await renderReport(compared, options.format, { color }), options.output);
      context.exitCode = exitCodeFor(countedFindings(compared), options.failOn ?? config.failOn);
    });
}

// Checked here so a typo gets one plain line, whatever the ingest stage would say about it.
export async function assertPathsExist(io: CliIo, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    try {
      await stat(resolve(io.cwd, path));
    } catch {
      throw new UsageError(`no such file or directory: ${path}`);
    }
  }
}
