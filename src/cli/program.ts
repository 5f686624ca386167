import { Command } from 'commander';
import { analyzeCommand } from './commands/analyze.js';
import { mineCommand } from './commands/mine.js';
import { baselineCommand } from './commands/baseline.js';
import type { CommandContext } from './commands/context.js';
import { initCommand } from './commands/init.js';
import { reportCommand } from './commands/report.js';
import { rulesCommand } from './commands/rules.js';
import { schemaCommand } from './commands/schema.js';
import { suggestCommand } from './commands/suggest.js';
import { whatIfCommand } from './commands/what-if.js';
import { EXIT_USAGE } from './exit-code.js';

export function createProgram(context: CommandContext, version: string): Command {
  const { io } = context;
  const program = new Command('teamfit')
    .description('Do your teams fit your architecture? Measures "a model for DevOps" on a Backstage catalog.')
    .version(version, '-V, --version')
    .option('--verbose', 'progress on stderr even when it is not a terminal, every finding in the terminal report, and stack traces for internal errors')
    .option('-q, --quiet', 'no progress on stderr (progress shows only on a terminal, and not when CI=true)')
    // Commander must throw rather than exit, so that the run ends with our exit codes (2, not its 1).
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) => write(`teamfit: ${message.replace(/^error: /, '')}`),
    })
    .addHelpText(
      'after',
      `\nExit codes: 0 no findings at or above --fail-on, 1 findings at or above it, ${EXIT_USAGE} bad input or internal error.`,
    );
  for (const command of [analyzeCommand(context), baselineCommand(context), initCommand(context), mineCommand(context), reportCommand(context), rulesCommand(context), schemaCommand(context), suggestCommand(context), whatIfCommand(context)]) {
    // addCommand, unlike .command(), does not pass exitOverride and the output settings down.
    program.addCommand(command.copyInheritedSettings(program));
  }
  return program;
}
