import { CommanderError } from 'commander';
import { UsageError } from '../util/errors.js';
import { EXIT_OK, EXIT_USAGE } from './exit-code.js';
import type { CliIo } from './io.js';

/** Print an error the way a user should see it and return the exit code. */
export function reportError(error: unknown, io: CliIo, isVerbose: boolean): number {
  // Commander has already printed its message (or the help, or the version).
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  if (error instanceof UsageError) {
    io.stderr(`teamfit: ${oneLine(error.message)}\n`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`teamfit: internal error: ${oneLine(message)}\n`);
  if (isVerbose && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT_USAGE;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
