import type { CliIo } from '../io.js';

/** Shared by the commands of one run: where to write, and the exit code the run ends with. */
export interface CommandContext {
  io: CliIo;
  exitCode: number;
}
