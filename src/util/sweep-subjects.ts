/**
 * Subjects (case-insensitive regular expressions) of commits that sweep the tree for reasons unrelated to
 * the design: dependency bumps, formatting, licence headers. Such commits touch every unit at once, so
 * counting them would make any repository kept by one group look coupled. One list for analyze's change
 * coupling and discovery's co-change.
 */
export const DEFAULT_SWEEP_PATTERNS: readonly string[] = [
  // Dependency updates: Renovate/Dependabot subjects, and the same bumps committed by people.
  '^\\w+\\(deps(-dev)?\\)',
  '^(chore|build|ci)(\\([^)]*\\))?!?:\\s*(bump|update|upgrade)',
  '^bump ',
  '\\bbump(s|ed)?\\b.+\\bfrom\\b.+\\bto\\b',
  '(update|upgrade) dependenc',
  '\\bdeps?\\b.*\\b(update|upgrade|bump)',
  // Formatting and lint sweeps.
  '^(chore: )?(format|reformat|prettier|lint)',
  '\\breformat',
  '^style(\\([^)]*\\))?!?:',
  '\\bformat(ted|ting)? (all|everything|code|files|sources|the (code|codebase|repo|repository|project))\\b',
  'prettier|gofmt|spotless',
  '\\blint(ing)? fix',
  // Licence and copyright headers.
  'licen[cs]e header',
  '^copyright',
  'copyright (header|year)',
  'update copyright',
];
