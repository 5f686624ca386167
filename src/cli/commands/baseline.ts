import { Command, Option } from 'commander';
import { z } from 'zod';
import { BASELINE_FILE } from '../baseline-file.js';
import { addInputOptions, analyzeOptions } from '../input-options.js';
import { InputOptions } from '../input-schema.js';
import { configOption } from '../options.js';
import { emit } from '../output.js';
import { assertPathsExist } from './analyze.js';
import type { CommandContext } from './context.js';
import { withHistoryReadAhead } from '../read-ahead.js';
import { sayMachineNotes } from '../machine-notes.js';

const Options = InputOptions.extend({ output: z.string(), config: z.string().optional() });

export function baselineCommand(context: CommandContext): Command {
  return addInputOptions(
    new Command('baseline')
      .description("record today's findings, so that `analyze --baseline FILE` with the same inputs reports and fails only on new ones")
      .argument('[paths...]', 'catalog files or directories (default: the working directory)')
      .addOption(new Option('--output <file>', 'where to write the baseline (`-` for stdout)').default(BASELINE_FILE))
      .addOption(configOption()),
  )
    .action((paths: string[], _options: unknown, command: Command) =>
      withHistoryReadAhead(context.io, command, async () => {
        const { analyze } = await import('../../run.js');
        const { baselineOf } = await import('../baseline-file.js');
        const { loadCliConfig } = await import('../cli-config.js');
        const options = Options.parse(command.optsWithGlobals());
        const { io } = context;
        // A clone that is not there is a typo in the command, not a finding about the organisation.
        await assertPathsExist(io, [...paths, ...options.repo, ...options.historyFrom, ...(options.reposDir === undefined ? [] : [options.reposDir])]);
        const { config } = await loadCliConfig(io, options.config);
        const result = await analyze(analyzeOptions(paths, config, options, io));
        sayMachineNotes(io, result.diagnostics);
        const baseline = baselineOf(result);
        const toStdout = options.output === '-';
        await emit(io, JSON.stringify(baseline, null, 2) + '\n', toStdout ? undefined : options.output);
        if (!toStdout) io.stderr(`teamfit: recorded ${baseline.findings.length} ${baseline.findings.length === 1 ? 'finding' : 'findings'} in ${options.output}\n`);
      }),
    );
}
