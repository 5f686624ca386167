import type { Diagnostic } from '../../result/index.js';

/** One CODEOWNERS line: a gitignore-style pattern and its owners (`@user`, `@org/team` or an email). */
export interface CodeownersRule {
  pattern: string;
  /** Empty when the line lists no owner: matching files then have no owner (the line still wins). */
  owners: string[];
  line: number;
}

export interface Codeowners {
  file: string;
  rules: CodeownersRule[];
  diagnostics: Diagnostic[];
}

/** Where GitHub looks, in its order: the first file found is the one used. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

const OWNER = /^(@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9._-]+)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;

/**
 * Parses CODEOWNERS with GitHub's rules: `#` starts a comment (`\#` is a literal hash), owners follow the
 * pattern, and what GitHub rejects (`!` negation, `[ ]` ranges, malformed owners) is reported, not used.
 */
export function parseCodeowners(text: string, file: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const diagnostics: Diagnostic[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = index + 1;
    const content = stripComment(rawLine).trim();
    if (content === '') return;
    const [rawPattern = '', ...owners] = content.split(/\s+/);
    const pattern = rawPattern.replace(/\\#/g, '#');
    const problem = pattern.startsWith('!')
      ? 'negation (!) is not supported by GitHub'
      : /\[[^\]]*\]/.test(pattern)
        ? 'character ranges ([ ]) are not supported by GitHub'
        : undefined;
    if (problem) {
      diagnostics.push({ severity: 'warning', code: 'codeowners-invalid-pattern', message: `${file}: pattern ${pattern}: ${problem}; the line is ignored`, file, line, column: 1 });
      return;
    }
    const bad = owners.filter((owner) => !OWNER.test(owner));
    if (bad.length > 0) {
      // GitHub skips a line with invalid syntax entirely, so the rules before it still apply.
      const message = `${file}: ${bad.join(', ')} ${bad.length === 1 ? 'is not an owner' : 'are not owners'} (expected @user, @org/team or an email); the line is ignored`;
      diagnostics.push({ severity: 'warning', code: 'codeowners-invalid-owner', message, file, line, column: rawLine.indexOf(bad[0] ?? '') + 1 });
      return;
    }
    rules.push({ pattern, owners, line });
  });
  return { file, rules, diagnostics };
}

function stripComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '#' && line[i - 1] !== '\\') return line.slice(0, i);
  }
  return line;
}
