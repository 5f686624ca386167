import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { isSymlinkLoop, UsageError } from '../../util/errors.js';
import { shouldUseColor } from '../color.js';
import { exitCodeFor } from '../exit-code.js';
import { addInputOptions, analyzeOptions } from '../input-options.js';
import { showsProgress } from '../progress.js';
import { withHistoryReadAhead } from '../read-ahead.js';
import type { CliIo } from '../io.js';
import { addReportingOptions, detailOf } from '../options.js';
import { emit } from '../output.js';
import type { CommandContext } from './context.js';
import { sayMachineNotes } from '../machine-notes.js';

export function analyzeCommand(context: CommandContext): Command {
  return addInputOptions(
    addReportingOptions(
      new Command('analyze')
        .description('analyse a Backstage catalog and report architectures, team structures and findings')
        .argument('[paths...]', 'catalog files or directories (default: the working directory)'),
    ),
  )
    .action(async (paths: string[], _options: unknown, command: Command) => {
      // The first clone's history is read from now on, while the modules load and the catalog is read.
      await withHistoryReadAhead(context.io, command, () => run(context, paths, command));
    });
}

async function run(context: CommandContext, paths: string[], command: Command): Promise<void> {
  const { streamReport } = await import('../../report/index.js');
  const { analyze } = await import('../../run.js');
  const { applyBaseline, countedFindings } = await import('../baseline-apply.js');
  const { readBaseline } = await import('../baseline-file.js');
  const { loadCliConfig } = await import('../cli-config.js');
  const [{ ReportingOptions }, { InputOptions }] = await Promise.all([import('../reporting-schema.js'), import('../input-schema.js')]);
  const options = ReportingOptions.extend(InputOptions.shape).parse(command.optsWithGlobals());
  const { io } = context;
  // A clone that is not there is a typo in the command, not a finding about the organisation.
  await assertPathsExist(io, [...paths, ...options.repo, ...options.historyFrom, ...(options.reposDir === undefined ? [] : [options.reposDir])]);
  const { config, file: configFile } = await loadCliConfig(io, options.config);
  if (showsProgress(options, io) && configFile !== undefined) io.stderr(`teamfit: config ${configFile}\n`);
  // Read before the analysis, so a broken baseline fails fast.
  const baseline = options.baseline === undefined ? undefined : await readBaseline(options.baseline, io.cwd);
  const result = await analyze(analyzeOptions(paths, config, options, io));
  sayMachineNotes(io, result.diagnostics);
  const compared = applyBaseline(result, baseline);
  const color = options.output === undefined && shouldUseColor({ isWanted: options.color, isTty: io.isStdoutTty, env: io.env });
  // A catalog read from one Backstage is linked into it, unless the config names the instance to link to.
  const backstageUrl = config.report.backstageUrl ?? (options.backstageUrl.length === 1 ? options.backstageUrl[0] : undefined);
  await emit(io, await streamReport(compared, options.format, { color, detail: detailOf(options), backstageUrl }), options.output);
  context.exitCode = exitCodeFor(
    { findings: countedFindings(compared), diagnostics: compared.diagnostics },
    { failOn: options.failOn ?? config.failOn, failOnDiagnostics: options.failOnDiagnostics ?? config.failOnDiagnostics },
  );
}

// Checked here so a typo gets one plain line, whatever the ingest stage would say about it.
export async function assertPathsExist(io: CliIo, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    try {
      await stat(resolve(io.cwd, path));
    } catch (error) {
      throw new UsageError(`${isSymlinkLoop(error) ? 'a symlink loop' : 'no such file or directory'}: ${path}`);
    }
  }
}
