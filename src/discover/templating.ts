/** The outcome of resolving `${VAR}`, `${VAR:-default}` and `{{ .Values.x }}` in a manifest value. */
export interface Resolved {
  value: string;
  /** Variables or template expressions with no known default. */
  unresolved: string[];
}

// `${VAR:-default}` (compose, shell) and `${key:default}` (Spring), whose keys may hold dots.
const SHELL_VAR = /\$\{([A-Za-z_][A-Za-z0-9_.-]*)(?:(:?[-=]|:)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
const GO_TEMPLATE = /\{\{-?\s*([^}]*?)\s*-?\}\}/g;

/**
 * Substitutes compose-style variables with their defaults (from `${VAR:-default}` or the given
 * environment, e.g. a `.env` file) and Helm values paths with values from values.yaml.
 */
export function resolveTemplates(
  text: string,
  env: ReadonlyMap<string, string> = new Map(),
  lookup: (path: string) => string | undefined = () => undefined,
): Resolved {
  const unresolved: string[] = [];
  let value = text.replace(SHELL_VAR, (whole, braced: string | undefined, op: string | undefined, fallback: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    const known = env.get(name);
    if (known !== undefined) return known;
    if (op !== undefined) return fallback ?? '';
    unresolved.push(whole);
    return whole;
  });
  value = value.replace(GO_TEMPLATE, (whole, expression: string) => {
    const path = /^\.Values\.([A-Za-z0-9_.]+)$/.exec(expression.trim())?.[1];
    const known = path ? lookup(path) : undefined;
    if (known !== undefined) return known;
    unresolved.push(whole);
    return whole;
  });
  return { value, unresolved };
}

export function hasTemplate(text: string): boolean {
  return text.includes('${') || text.includes('{{');
}
