import { RE2JS } from 're2js';

/**
 * A regular expression from a config file or the command line, matched by RE2 in time linear in the text:
 * a pattern like `(a+)+$` cannot make a run hang on a long commit subject or path. RE2 has no backreferences
 * or lookarounds; such patterns are refused when they are read.
 */
export interface LinearRegex {
  test(text: string): boolean;
  /** Every non-overlapping match, left to right. */
  matches(text: string): string[];
}

export function compileLinear(pattern: string): LinearRegex {
  const compiled = RE2JS.compile(pattern);
  return {
    test: (text) => compiled.matcher(text).find(),
    matches: (text) => {
      const matcher = compiled.matcher(text);
      const found: string[] = [];
      while (matcher.find()) {
        const match = matcher.group();
        if (match !== null && match !== '') found.push(match);
      }
      return found;
    },
  };
}

/** Why `pattern` is not a regular expression RE2 accepts, or undefined when it is one. */
export function linearRegexProblem(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
