import type { EntityRef } from '../result/index.js';
import { kindOfRef } from './model-index.js';
import { parseEntityRef, stringifyEntityRef } from './entity-ref.js';

/** A reference as written, read in its context: the canonical ref and its kind, or why it is malformed. */
export type WrittenTarget = { ok: true; target: EntityRef; kind: string } | { ok: false; error: string };

/**
 * Each reference text read once per default kind and namespace: most are written many times (every
 * component of a team names the same owner, every user the same group), and reading one builds a parsed
 * ref and three lower-cased parts. Repeats share one answer, and so one target string.
 */
export class WrittenTargets {
  // Default kind ('' for none), then the referring entity's namespace, then the text as written.
  private readonly byKind = new Map<string, Map<string, Map<string, WrittenTarget>>>();

  read(value: string, defaultKind: string | undefined, namespace: string): WrittenTarget {
    let byNamespace = this.byKind.get(defaultKind ?? '');
    if (!byNamespace) {
      byNamespace = new Map();
      this.byKind.set(defaultKind ?? '', byNamespace);
    }
    let byValue = byNamespace.get(namespace);
    if (!byValue) {
      byValue = new Map();
      byNamespace.set(namespace, byValue);
    }
    let read = byValue.get(value);
    if (!read) {
      read = readOnce(value, defaultKind, namespace);
      byValue.set(value, read);
    }
    return read;
  }
}

function readOnce(value: string, defaultKind: string | undefined, namespace: string): WrittenTarget {
  const parsed = parseEntityRef(value, { defaultKind, defaultNamespace: namespace });
  if (!parsed.ok) return parsed;
  const target = stringifyEntityRef(parsed.ref);
  return { ok: true, target, kind: kindOfRef(target) };
}
