import { Command } from 'commander';
import type { CommandContext } from './commands/context.js';
import { EXIT_USAGE } from './exit-code.js';

type CommandFactory = (context: CommandContext) => Command;

// Each command brings its own pipeline: a run loads only the one it runs (help and unknown names load them all).
const COMMANDS: Record<string, () => Promise<CommandFactory>> = {
  analyze: async () => (await import('./commands/analyze.js')).analyzeCommand,
  baseline: async () => (await import('./commands/baseline.js')).baselineCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  mine: async () => (await import('./commands/mine.js')).mineCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
  rules: async () => (await import('./commands/rules.js')).rulesCommand,
  schema: async () => (await import('./commands/schema.js')).schemaCommand,
  suggest: async () => (await import('./commands/suggest.js')).suggestCommand,
  'what-if': async () => (await import('./commands/what-if.js')).whatIfCommand,
};

/** The program, with the command `args` name (the first argument that is not an option), or every command. */
export async function createProgram(context: CommandContext, version: string, args: readonly string[] = []): Promise<Command> {
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
  const named = args.find((arg) => !arg.startsWith('-'));
  const names = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
  const factories = await Promise.all(names.map((name) => COMMANDS[name]?.()));
  for (const factory of factories) {
    // addCommand, unlike .command(), does not pass exitOverride and the output settings down.
    if (factory !== undefined) program.addCommand(factory(context).copyInheritedSettings(program));
  }
  return program;
}
