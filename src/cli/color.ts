export interface ColorContext {
  /** false when the user passed --no-color. */
  isWanted: boolean;
  isTty: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * --no-color wins; then FORCE_COLOR (any value but '0' forces colour on, '0' forces it off); then
 * NO_COLOR (https://no-color.org: set and not empty); then whether the output is a terminal.
 */
export function shouldUseColor({ isWanted, isTty, env }: ColorContext): boolean {
  if (!isWanted) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0';
  if (env['NO_COLOR']) return false;
  return isTty;
}
