import { Command, Option } from 'commander';
import { z } from 'zod';
import { shouldUseColor } from '../color.js';
import { exitCodeFor } from '../exit-code.js';
import { addReportingOptions, detailOf } from '../options.js';
import { ReportingOptions } from '../reporting-schema.js';
import { emit } from '../output.js';
import { UsageError } from '../../util/errors.js';
import type { CommandContext } from './context.js';

const Options = ReportingOptions.extend({ from: z.string(), backstageUrl: z.string().optional() });

export function reportCommand(context: CommandContext): Command {
  return addReportingOptions(
    new Command('report')
      .description('re-render a saved JSON result (from analyze --format json) without analysing again')
      .requiredOption('--from <result.json>', 'the saved result')
      .addOption(new Option('--backstage-url <url>', "the organisation's Backstage: the HTML report links each entity to its page there (default: report.backstageUrl in the config)")),
  )
    .action(async (_options: unknown, command: Command) => {
      const { streamReport } = await import('../../report/index.js');
      const { applyBaseline, countedFindings } = await import('../baseline-apply.js');
      const { readBaseline } = await import('../baseline-file.js');
      const { loadCliConfig } = await import('../cli-config.js');
      const { loadResult } = await import('../load-result.js');
      const options = Options.parse(command.optsWithGlobals());
      const { io } = context;
      // A saved result keeps its baseline marks unless --baseline compares it again.
      const baseline = options.baseline === undefined ? undefined : await readBaseline(options.baseline, io.cwd);
      const result = applyBaseline(await loadResult(options.from, io.cwd), baseline);
      // The result already carries the severities; the config only decides when to fail.
      const { config } = await loadCliConfig(io, options.config);
      const color = options.output === undefined && shouldUseColor({ isWanted: options.color, isTty: io.isStdoutTty, env: io.env });
      const backstageUrl = options.backstageUrl ?? config.report.backstageUrl;
      if (backstageUrl !== undefined && !/^https?:\/\/\S+$/i.test(backstageUrl)) throw new UsageError(`--backstage-url: expected an http(s) URL, got ${backstageUrl}`);
      await emit(io, await streamReport(result, options.format, { color, detail: detailOf(options), backstageUrl }), options.output);
      context.exitCode = exitCodeFor(
        { findings: countedFindings(result), diagnostics: result.diagnostics },
        { failOn: options.failOn ?? config.failOn, failOnDiagnostics: options.failOnDiagnostics ?? config.failOnDiagnostics },
      );
    });
}
