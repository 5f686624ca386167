/**
 * `JSON.stringify(value, null, indent)` in pieces, so a result of any size is written without ever being one
 * string (V8 refuses strings over ~512 MiB: `Invalid string length`). Joined, the pieces are byte-identical to
 * `JSON.stringify`'s output.
 *
 * Small subtrees (up to {@link WHOLE_NODES} values) are stringified whole by `JSON.stringify` itself, then
 * indented to their depth: JSON never holds a raw line break inside a string, so every `\n` in its output is
 * structural and the re-indent is exact. Only the containers above them are walked here, so the pieces are
 * few (about one per entity) and the rules reimplemented are only those of containers.
 */
export function* jsonPieces(value: unknown, indent = ''): Generator<string> {
  const text = yield* piecesOf(prepared(value, ''), indent, '');
  if (text !== undefined) yield text;
}

/** Values a subtree may hold and still be stringified whole: its text stays a few hundred KiB at most. */
const WHOLE_NODES = 4096;

type Json = unknown;

// A small value is returned as text rather than yielded, so the caller sends it with its key or comma in one
// piece; a big container yields its own pieces and returns undefined.
function* piecesOf(value: Json, indent: string, depth: string): Generator<string, string | undefined> {
  if (value === null || typeof value !== 'object' || isSmall(value)) return whole(value, indent, depth);
  yield* containerPieces(value, indent, depth);
  return undefined;
}

// The prefix goes out with the value's text when it is small, or ahead of its pieces when it is not.
function* piecesAfter(prefix: string, value: Json, indent: string, depth: string): Generator<string, string | undefined> {
  if (value === null || typeof value !== 'object' || isSmall(value)) return prefix + whole(value, indent, depth);
  yield prefix;
  yield* containerPieces(value, indent, depth);
  return undefined;
}

function* containerPieces(value: object, indent: string, depth: string): Generator<string> {
  const inner = depth + indent;
  const open = indent === '' ? '' : `\n${inner}`;
  const close = indent === '' ? '' : `\n${depth}`;
  const isArray = Array.isArray(value);
  const colon = indent === '' ? ':' : ': ';
  let count = 0;
  // Arrays by index: Object.keys would make a string for each of 200,000 items.
  const keys = isArray ? undefined : Object.keys(value);
  const length = keys === undefined ? (value as unknown[]).length : keys.length;
  for (let i = 0; i < length; i++) {
    const key = keys === undefined ? String(i) : (keys[i] ?? '');
    const raw = prepared(keys === undefined ? (value as unknown[])[i] : (value as Record<string, unknown>)[key], key);
    // JSON.stringify writes null for these in arrays and leaves the member out of objects.
    if (isSkipped(raw) && !isArray) continue;
    const member = isSkipped(raw) ? null : raw;
    const separator = count === 0 ? (isArray ? '[' : '{') + open : `,${open}`;
    const text = yield* piecesAfter(isArray ? separator : `${separator}${JSON.stringify(key)}${colon}`, member, indent, inner);
    if (text !== undefined) yield text;
    count++;
  }
  if (count === 0) yield isArray ? '[]' : '{}';
  else yield `${close}${isArray ? ']' : '}'}`;
}

function whole(value: Json, indent: string, depth: string): string {
  // Only a top-level undefined, function or symbol gives no text; members and items were settled above.
  const text: string | undefined = JSON.stringify(value, null, indent);
  if (text === undefined) return '';
  return depth === '' || !text.includes('\n') ? text : text.replace(/\n/g, `\n${depth}`);
}

// What JSON.stringify leaves out of objects (and writes as null in arrays).
function isSkipped(value: Json): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

// JSON.stringify calls toJSON(key) before writing a value; the walk must too, or a Date would differ.
function prepared(value: Json, key: string): Json {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  return value;
}

/** Whether a container has at most WHOLE_NODES values in all, counted with a budget so a big one costs no more. */
function isSmall(root: object): boolean {
  let budget = WHOLE_NODES;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (--budget < 0) return false;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      if (stack.length + value.length > budget) return false;
      for (const item of value) stack.push(item);
      continue;
    }
    for (const key in value) {
      if (stack.length >= budget) return false;
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return true;
}
