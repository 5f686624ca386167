import { RE2JS } from 're2js';
import { UsageError } from '../util/errors.js';

/** One rule of code-maat's architectural grouping file: entities matching `pattern` count as `name`. */
export interface GroupRule {
  pattern: { test(entity: string): boolean };
  name: string;
}

// A plain path (letters, digits, _ / \ . -) or a regular expression written ^...$, as code-maat accepts them.
const LINE = /^((?:[\w/\\.-]+)|(?:\^.+\$))\s+=>\s+(.+)$/;

/**
 * Parses `path => name` lines. A plain path groups everything under it (`^path/`, its dots left as regex
 * dots, as code-maat does); `^regex$` is used as written. The first matching rule wins; entities that match
 * none are left out of the analysis.
 */
export function parseGrouping(text: string, file: string): GroupRule[] {
  return text.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    const match = LINE.exec(line.replace(/\r$/, ''));
    if (match === null) throw new UsageError(`${file}:${index + 1}: expected "path => name" or "^regex$ => name"`);
    const [, path = '', name = ''] = match;
    try {
      // RE2 matches in linear time: a grouping file cannot make teamfit hang on a long path (`^(a+)+$`),
      // at the price of backreferences and lookarounds, which it refuses.
      const compiled = RE2JS.compile(path.startsWith('^') ? path : `^${path}/`);
      return [{ pattern: { test: (entity: string) => compiled.matcher(entity).find() }, name }];
    } catch (error) {
      throw new UsageError(`${file}:${index + 1}: invalid regular expression (RE2 syntax: no backreferences or lookarounds): ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/** The group an entity belongs to, or undefined when no rule matches. */
export function groupOf(entity: string, rules: readonly GroupRule[]): string | undefined {
  return rules.find((rule) => rule.pattern.test(entity))?.name;
}
