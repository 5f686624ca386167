/** A problem with the user's input or arguments: the CLI prints the message alone and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
