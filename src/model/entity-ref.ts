import type { EntityRef } from '../result/index.js';

/** Backstage's namespace when neither the reference nor its context names one. */
export const DEFAULT_NAMESPACE = 'default';

/** The three parts of an entity reference, as written (not yet lower-cased). */
export interface CompoundEntityRef {
  kind: string;
  namespace: string;
  name: string;
}

export interface RefContext {
  /** The kind a field implies when the reference omits one (e.g. `group` for spec.owner). */
  defaultKind?: string;
  /** The referring entity's namespace. */
  defaultNamespace?: string;
}

export type ParsedEntityRef = { ok: true; ref: CompoundEntityRef } | { ok: false; error: string };

/**
 * Parses `[kind:][namespace/]name` as Backstage's `parseEntityRef` does, filling kind and namespace from
 * `context`. Returns an error instead of throwing: bad references are the catalog's problem, not ours.
 *
 * Stricter than Backstage in one way: a `:` or `/` left inside the name (`a:b:c`, `ns/a:b`, `a/b/c`) is
 * rejected. Backstage would keep it in the name, but no valid entity name contains either, so such a
 * reference could never resolve; calling it malformed tells the user why.
 */
export function parseEntityRef(ref: string, context: RefContext = {}): ParsedEntityRef {
  if (ref.length === 0) return fail(ref, 'is empty');
  if (/\s/.test(ref)) return fail(ref, 'contains whitespace');

  const colon = ref.indexOf(':');
  const slash = ref.indexOf('/');
  // As in Backstage: a ':' after the first '/' is not a kind separator.
  const hasKind = colon !== -1 && (slash === -1 || colon < slash);
  const kindPart = hasKind ? ref.slice(0, colon) : undefined;
  const rest = hasKind ? ref.slice(colon + 1) : ref;
  const restSlash = rest.indexOf('/');
  const namespacePart = restSlash === -1 ? undefined : rest.slice(0, restSlash);
  const name = restSlash === -1 ? rest : rest.slice(restSlash + 1);

  if (kindPart === '') return fail(ref, 'has an empty kind');
  if (namespacePart === '') return fail(ref, 'has an empty namespace');
  if (name === '') return fail(ref, 'has an empty name');
  if (name.includes(':')) return fail(ref, "has more than one ':' before its name");
  if (name.includes('/')) return fail(ref, "has more than one '/'");

  const kind = kindPart ?? context.defaultKind;
  if (!kind) return fail(ref, 'has no kind, and this field has no default kind (write it as kind:name)');
  // Backstage uses `||`: an empty default namespace means `default`.
  const namespace = namespacePart ?? (context.defaultNamespace || DEFAULT_NAMESPACE);
  return { ok: true, ref: { kind, namespace, name } };
}

/** The canonical, lower-case `kind:namespace/name` that teamfit uses as identity and in output. */
export function stringifyEntityRef(ref: { kind: string; namespace?: string; name: string }): EntityRef {
  const namespace = ref.namespace || DEFAULT_NAMESPACE;
  return `${lower(ref.kind)}:${lower(namespace)}/${lower(ref.name)}`;
}

function lower(part: string): string {
  // Backstage uses toLocaleLowerCase('en-US'); en-US has no special casing rules (unlike tr or lt), so
  // plain toLowerCase folds identically and skips a locale lookup per call.
  return part.toLowerCase();
}

function fail(ref: string, problem: string): ParsedEntityRef {
  return { ok: false, error: `Entity reference "${ref}" ${problem}; expected [kind:][namespace/]name` };
}
