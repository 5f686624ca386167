import { Command, Option } from 'commander';
import { z } from 'zod';
import { loadCliConfig } from '../cli-config.js';
import { analyzeOptions } from '../input-options.js';
import { emit } from '../output.js';
import { addPlanOptions, PlanOptions } from '../plan-options.js';
import { assertPathsExist } from './analyze.js';
import type { CommandContext } from './context.js';
import { withHistoryReadAhead } from '../read-ahead.js';

const Options = PlanOptions.extend({ system: z.string().optional() });

export function suggestCommand(context: CommandContext): Command {
  return addPlanOptions(
    new Command('suggest')
      .description('suggest team boundaries (and the two ways out of each micro-monolith) as what-if plans with their before and after')
      .argument('[paths...]', 'catalog files or directories (default: the working directory)')
      .addOption(new Option('--system <ref>', 'one system instead of the organisation')),
  ).action((paths: string[], _options: unknown, command: Command) =>
    withHistoryReadAhead(context.io, command, async () => {
      const { suggest } = await import('../../suggest/index.js');
      const { renderSuggest } = await import('../../report/what-if/suggest.js');
      const options = Options.parse(command.optsWithGlobals());
      const { io } = context;
      await assertPathsExist(io, [...paths, ...options.repo, ...(options.reposDir === undefined ? [] : [options.reposDir])]);
      const { config } = await loadCliConfig(io, options.config);
      const result = await suggest({ ...analyzeOptions(paths, config, options, io), ...(options.system !== undefined ? { system: options.system } : {}) });
      await emit(io, renderSuggest(result, options.format), options.output);
      context.exitCode = 0;
    }),
  );
}
