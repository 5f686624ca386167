import type { z } from 'zod';
import { didYouMean } from '../util/did-you-mean.js';

/** One config problem in words: the key path and what was expected. `key` is set when the key itself is wrong. */
export interface ConfigProblem {
  path: readonly PropertyKey[];
  key?: string;
  text: string;
}

/** zod's issues as problems a person can act on; unknown keys are split into one problem each. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], knownKeys: (path: readonly PropertyKey[]) => string[]): ConfigProblem[] {
  return issues.flatMap((issue): ConfigProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(issue.path);
      return issue.keys.map((key) => ({ path: issue.path, key, text: unknownKey(key, known) }));
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) return unionProblems(issue.path, issue.errors, knownKeys);
    return [{ path: issue.path, text: expectation(issue) }];
  });
}

/**
 * A value that matches none of a union's shapes. The shapes here are told apart by a required key (a plan's
 * `move:`, `merge:`...): the shape whose required keys are all present is the one meant, and its problems are
 * the ones to show; with none present, the message lists the keys that would select a shape.
 */
function unionProblems(path: readonly PropertyKey[], branches: readonly (readonly z.core.$ZodIssue[])[], knownKeys: (path: readonly PropertyKey[]) => string[]): ConfigProblem[] {
  const missing = (issues: readonly z.core.$ZodIssue[]) => issues.filter((i) => i.code === 'invalid_type' && i.input === undefined && i.path.length === 1);
  const meant = branches.filter((issues) => missing(issues).length === 0);
  if (meant.length === 0) {
    const keys = [...new Set(branches.map((issues) => String(missing(issues)[0]?.path[0])))];
    return [{ path, text: `expected one of the keys ${keys.join(', ')}` }];
  }
  const best = meant.reduce((a, b) => (b.length < a.length ? b : a));
  return describeIssues(best.map((i) => ({ ...i, path: [...path, ...i.path] })), knownKeys);
}

/**
 * Every `__proto__` key in the parsed file. zod never sees one (it is no ordinary property), so it would be
 * accepted silently where any other unknown key is refused; no config key can be named so.
 */
export function prototypeKeys(data: unknown, knownKeys: (path: readonly PropertyKey[]) => string[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() ?? { value: undefined, path: [] };
    if (value === null || typeof value !== 'object') continue;
    if (Object.hasOwn(value, '__proto__')) problems.push({ path, key: '__proto__', text: unknownKey('__proto__', knownKeys(path)) });
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
  }
  return problems;
}

/** `rules.shared-resource.severity`; list items as `[2]`. */
export function keyPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${String(segment)}` : String(segment)), '') || '(root)';
}

export function unknownKey(key: string, known: readonly string[]): string {
  const guess = didYouMean(key, known);
  if (guess !== undefined) return `unknown key, did you mean ${guess}?`;
  return known.length > 0 ? `unknown key; expected one of ${known.join(', ')}` : 'unknown key';
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value': {
      const options = issue.values.map(String);
      const guess = typeof issue.input === 'string' ? didYouMean(issue.input, options) : undefined;
      return `expected one of ${options.join(', ')}${guess === undefined ? '' : ` (did you mean ${guess}?)`}`;
    }
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return `expected a number ${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}, got ${describeValue(issue.input)}`;
    case 'too_big':
      return `expected a number ${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}, got ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

const TYPE_NAMES: Partial<Record<string, string>> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  return String(value);
}
