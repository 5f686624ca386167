/**
 * Matches entity refs against what an organisation writes in its config: a full ref (`group:default/sre`),
 * a bare name (`sre`, read as `<kind>:default/sre`) or either with `*` wildcards. Case-insensitive, as refs are.
 */
export function refMatcher(patterns: readonly string[], kind: string): (ref: string) => boolean {
  const expressions = patterns.map((pattern) => wildcard(qualify(pattern.trim().toLowerCase(), kind)));
  return (ref) => expressions.some((expression) => expression.test(ref.toLowerCase()));
}

/** A value with `*` wildcards, compared case-insensitively (annotation and label values). */
export function valueMatcher(pattern: string): (value: string | undefined) => boolean {
  const expression = wildcard(pattern.trim().toLowerCase());
  return (value) => value !== undefined && expression.test(value.trim().toLowerCase());
}

function qualify(pattern: string, kind: string): string {
  const withKind = pattern.includes(':') ? pattern : `${kind}:${pattern}`;
  return withKind.includes('/') ? withKind : withKind.replace(':', ':default/');
}

function wildcard(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}
