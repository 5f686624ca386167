/** A problem with the user's input or arguments: the CLI prints the message alone and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The system error code (`ENOENT`, `EACCES`, ...) of a failed call, if it has one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** A path that cannot be resolved because its symlinks point at each other. */
export function isSymlinkLoop(error: unknown): boolean {
  return errorCode(error) === 'ELOOP';
}
