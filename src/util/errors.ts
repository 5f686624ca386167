/** A problem with the user's input or arguments: the CLI prints the message alone and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A path that cannot be resolved because its symlinks point at each other. */
export function isSymlinkLoop(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ELOOP';
}
