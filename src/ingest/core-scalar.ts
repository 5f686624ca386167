import { CST, Document, isScalar } from 'yaml';

/** A scalar's value as the composer makes it, and where its node's range ends (range[2]). */
export interface ResolvedScalar {
  value: string | number | boolean | null;
  /** range[0] and range[2] of the Scalar node the composer would make. */
  start: number;
  end: number;
}

/**
 * The schema and options `parseAllDocuments` composes with for teamfit's parse options (YAML 1.2, core
 * schema, unique keys): the tag table and its resolvers are yaml's own, so `~`, `0o17`, `0x1F`, `.inf`,
 * `1e3` and friends resolve here exactly as they do in a Document.
 */
const { schema, options } = new Document(null, { uniqueKeys: true });

/** Thrown when a scalar holds anything the composer would report or turn into a non-JSON value. */
export class NotPlainScalar extends Error {
  override readonly name = 'NotPlainScalar';
}

/**
 * Resolves one CST scalar token with yaml's own pieces: `CST.resolveAsScalar` (the composer's flow and
 * block scalar readers, with its strict end checks) for the text, then the first default tag whose test
 * matches a plain scalar (as the composer's findScalarTagByTest does), or a string for every other style.
 * `atKey` lets tags meant only for keys (a merge `<<`) take part, as the composer does for keys.
 */
export function resolveScalar(token: CST.FlowScalar | CST.BlockScalar, atKey: boolean): ResolvedScalar {
  let failed = false;
  const onError = (): void => {
    failed = true;
  };
  const { value: text, range } = CST.resolveAsScalar(token, true, onError);
  if (failed) throw new NotPlainScalar(token.source);
  const start = range[0];
  const end = range[2];
  if (token.type !== 'scalar') return { value: detached(text), start, end };
  for (const tag of schema.tags) {
    if (!(tag.default === true || (atKey && tag.default === 'key')) || !tag.test?.test(text)) continue;
    const resolved: unknown = tag.resolve(text, onError, options);
    const value: unknown = isScalar(resolved) ? resolved.value : resolved;
    if (failed || !(value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
      throw new NotPlainScalar(token.source);
    }
    return { value: typeof value === 'string' ? detached(value) : value, start, end };
  }
  return { value: detached(text), start, end };
}

/**
 * A copy of `text` that does not hold on to the file it was cut from. V8 keeps a substring of 13 or more
 * characters as a slice of its parent, so one kept value (an entity's name) would keep its whole file's
 * text alive through the analysis: 35 MB at 50,000 components. Prepending a character makes a cons string
 * that slicing flattens into a fresh copy; shorter strings are copied anyway.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
