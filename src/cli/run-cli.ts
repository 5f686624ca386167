import type { CommandContext } from './commands/context.js';
import { reportError } from './errors.js';
import { EXIT_OK } from './exit-code.js';
import type { CliIo } from './io.js';
import { createProgram } from './program.js';
import { VERSION } from '../util/version.js';

/** Run the CLI on `args` (without node and script) and return the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const context: CommandContext = { io, exitCode: EXIT_OK };
  try {
    await (await createProgram(context, VERSION, args)).parseAsync([...args], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    // Decided from the raw arguments: the error may come before commander has parsed them.
    const isVerbose = args.includes('--verbose') || io.env['TEAMFIT_DEBUG'] === '1';
    return reportError(error, io, isVerbose);
  }
}
