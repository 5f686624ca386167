import type { CliIo } from './io.js';

export interface ProgressFlags {
  verbose?: boolean | undefined;
  quiet?: boolean | undefined;
}

/**
 * Whether progress goes to stderr: never with --quiet; always when asked with --verbose; otherwise only on
 * a terminal, and not in CI (CI=true), where a log keeps every line and nobody watches it move.
 */
export function showsProgress(flags: ProgressFlags, io: CliIo): boolean {
  if (flags.quiet === true) return false;
  if (flags.verbose === true) return true;
  return io.isStderrTty && !isCi(io.env);
}

/** CI services set CI (true, 1 or a name); `false`, `0` or empty mean no. */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env['CI']?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/** The progress callback the library takes, or none. */
export function progressTo(flags: ProgressFlags, io: CliIo): { onProgress?: (message: string) => void } {
  return showsProgress(flags, io) ? { onProgress: (message: string) => io.stderr(`teamfit: ${message}\n`) } : {};
}
