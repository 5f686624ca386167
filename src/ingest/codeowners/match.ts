import ignore, { type Ignore } from 'ignore';
import type { Codeowners, CodeownersRule } from './parse.js';

export interface OwnersMatch {
  owners: string[];
  rule?: CodeownersRule;
}

/**
 * Finds the owners of repository paths with GitHub's semantics: the LAST matching rule wins, patterns
 * match like .gitignore (case-sensitive, via the `ignore` package), with one GitHub difference: an
 * anchored pattern ending in a wildcard segment (`docs/*`) matches files in that folder only, not in
 * its subfolders. Paths are relative to the repository root with `/`; a trailing `/` marks a folder.
 */
export class CodeownersMatcher {
  private readonly compiled: Array<{ rule: CodeownersRule; matcher: Ignore; filesOnly: boolean }>;

  constructor(readonly codeowners: Codeowners) {
    this.compiled = codeowners.rules.map((rule) => {
      const trimmed = rule.pattern.replace(/^\//, '');
      const last = trimmed.split('/').pop() ?? '';
      const filesOnly = trimmed.includes('/') && !rule.pattern.endsWith('/') && last.includes('*') && last !== '**';
      // A leading `#` would start a gitignore comment: escape it again for the `ignore` package.
      return { rule, matcher: ignore({ ignorecase: false }).add(rule.pattern.replace(/^#/, '\\#')), filesOnly };
    });
  }

  ownersOf(path: string): OwnersMatch {
    const clean = path.replace(/^\.?\//, '');
    // Only repository-relative paths have owners; `ignore` throws on others (`.`, `/x`, `..`).
    if (clean === '' || clean.startsWith('..') || !ignore.isPathValid(clean)) return { owners: [] };
    for (let i = this.compiled.length - 1; i >= 0; i--) {
      const entry = this.compiled[i];
      if (!entry || !entry.matcher.ignores(clean)) continue;
      if (entry.filesOnly && viaParent(entry.matcher, clean)) continue;
      return { owners: entry.rule.owners, rule: entry.rule };
    }
    return { owners: [] };
  }
}

function viaParent(matcher: Ignore, path: string): boolean {
  const parts = path.replace(/\/$/, '').split('/');
  for (let n = parts.length - 1; n >= 1; n--) {
    if (matcher.ignores(`${parts.slice(0, n).join('/')}/`)) return true;
  }
  return false;
}
