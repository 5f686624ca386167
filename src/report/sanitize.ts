// ESC-introduced sequences: CSI (ESC [ ... final), OSC/DCS/PM/APC/SOS (terminated by BEL or ST), and
// two-byte escapes. Their 8-bit C1 forms (0x9b CSI, 0x9d OSC...) are covered by the same patterns.
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]P^_X]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u007e]?/g;
// Any control character left, except newline; plus bidi overrides that can reorder what a reader sees.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Make a string from the catalog safe to print to a terminal: a crafted name or description must not be
 * able to move the cursor, recolour the screen, set the window title or hide text. Newlines are kept;
 * tabs become spaces.
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** Every string inside a JSON-like value, sanitised; the shape is unchanged. */
export function sanitizeDeep<T>(value: T): T {
  return mapStrings(value, sanitizeForTerminal);
}

function mapStrings<T>(value: T, map: (text: string) => string): T {
  // The walk preserves the shape exactly (arrays stay arrays, objects keep their keys), so the cast
  // back to T is sound; TypeScript cannot express that for a generic recursive map.
  return walk(value, map) as T;
}

function walk(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, map));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [map(key), walk(item, map)]));
  }
  return value;
}
