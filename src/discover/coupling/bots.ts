function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
}

/** Whether an author (name or email) matches one of the bot patterns (`*` wildcards, case-insensitive). */
export function botMatcher(patterns: readonly string[]): (author: string, email: string) => boolean {
  const bots = patterns.map(globToRegExp);
  return (author, email) => bots.some((re) => re.test(author) || re.test(email));
}
