import type { CST } from 'yaml';

/** Thrown when a document holds anything the plain reader leaves to the full path. */
export class NotPlain extends Error {
  override readonly name = 'NotPlain';
}

export function notPlain(why: string): never {
  throw new NotPlain(why);
}

/**
 * One token before a node or around its indicator, as the composer's resolveProps reads it, for the tokens
 * a plain document holds; returns whether a space now precedes the next token.
 */
export function propsToken(t: CST.SourceToken, hasSpace: boolean): boolean {
  switch (t.type) {
    case 'space':
      // Tabs are refused as indentation in some places and not others; not worth telling apart here.
      if (t.source.includes('\t')) notPlain('tab');
      return true;
    case 'newline':
      return true;
    case 'comment':
      if (!hasSpace) notPlain('comment without a space before it');
      return hasSpace;
    default:
      return notPlain(t.type);
  }
}

/** The `:` of a pair, checked as resolveProps checks the tokens between a key and its value. */
export function valueIndicator(sep: readonly CST.SourceToken[], isFlow: boolean): { offset: number; hasNewline: boolean } {
  let offset = -1;
  let hasSpace = false;
  let hasNewline = false;
  for (const t of sep) {
    if (t.type === 'map-value-ind' && offset === -1) {
      offset = t.offset;
      hasSpace = false;
      continue;
    }
    if (isFlow && t.type !== 'space') notPlain('flow pair');
    hasSpace = propsToken(t, hasSpace);
    if (t.type === 'newline') hasNewline = true;
  }
  if (offset === -1) notPlain('key without a value');
  return { offset, hasNewline };
}

/** What follows a node or `...`: spaces, newlines and comments (after a space, when `strict`), nothing else. */
export function endTokens(tokens: readonly CST.SourceToken[] | undefined, strict: boolean): void {
  let hasSpace = false;
  for (const t of tokens ?? []) {
    if (t.type === 'space' || t.type === 'newline') hasSpace = true;
    else if (t.type !== 'comment' || (strict && !hasSpace)) notPlain(`${t.type} at the end`);
  }
}
