import { Command, Option } from 'commander';
import { z } from 'zod';
import { loadCliConfig } from '../cli-config.js';
import { analyzeOptions } from '../input-options.js';
import { emit } from '../output.js';
import { addPlanOptions, PlanOptions } from '../plan-options.js';
import { assertPathsExist } from './analyze.js';
import type { CommandContext } from './context.js';
import { withHistoryReadAhead } from '../read-ahead.js';

const Options = PlanOptions.extend({ plan: z.string(), emitPatch: z.boolean().optional() });

export function whatIfCommand(context: CommandContext): Command {
  return addPlanOptions(
    new Command('what-if')
      .description('show what a change plan (moves, merges, splits, structure, operators, consolidation, cuts) would change, before and after; nothing is written')
      .argument('[paths...]', 'catalog files or directories (default: the working directory)')
      .addOption(new Option('--plan <file>', 'the change plan (YAML; schema: teamfit schema plan)').makeOptionMandatory())
      .addOption(new Option('--emit-patch', 'print the spec.owner and CODEOWNERS edits that would carry out the plan, as a unified diff, instead of the report')),
  ).action((paths: string[], _options: unknown, command: Command) =>
    withHistoryReadAhead(context.io, command, async () => {
      const { loadPlan, whatIf } = await import('../../what-if/index.js');
      const { renderWhatIf } = await import('../../report/what-if/render.js');
      const options = Options.parse(command.optsWithGlobals());
      const { io } = context;
      await assertPathsExist(io, [...paths, ...options.repo, ...(options.reposDir === undefined ? [] : [options.reposDir])]);
      const plan = await loadPlan(options.plan, io.cwd);
      const { config } = await loadCliConfig(io, options.config);
      const { result, after, patch } = await whatIf(plan, analyzeOptions(paths, config, options, io));
      if (options.emitPatch === true) {
        const { diff, notes } = await patch();
        for (const note of notes) io.stderr(`teamfit: ${note}\n`);
        await emit(io, diff, options.output);
      } else if (options.format === 'html') {
        // The full report of the organisation after the plan, with the before and after side by side on top.
        const { renderReport } = await import('../../report/index.js');
        await emit(io, await renderReport(after, 'html', { color: false }), options.output);
      } else {
        await emit(io, renderWhatIf(result, options.format), options.output);
      }
      context.exitCode = 0;
    }),
  );
}
