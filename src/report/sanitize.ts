// Every control character but newline and tab (C0, DEL, C1: ESC and the 8-bit CSI/OSC start every
// terminal sequence), and the bidi controls that can reorder what a reader sees.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Make a string from the catalog or a repository safe to print to a terminal: a crafted name or
 * description must not be able to move the cursor, recolour the screen, set the window title or reorder
 * text. Such characters are shown as a visible escape (`\u202E`, `\u001B[2J`), never dropped: a file
 * name without its U+202E names a file that does not exist. Newlines are kept; tabs become spaces.
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\t/g, ' ').replace(CONTROL, visibleEscape);
}

function visibleEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Every string inside a JSON-like value, sanitised; the shape is unchanged. Values under a key in
 * `keepKeys` stay exact (SARIF percent-encodes file paths into URIs itself).
 */
export function sanitizeDeep<T>(value: T, keepKeys: ReadonlySet<string> = new Set()): T {
  // The walk preserves the shape exactly (arrays stay arrays, objects keep their keys), so the cast
  // back to T is sound; TypeScript cannot express that for a generic recursive map.
  return walk(value, keepKeys) as T;
}

function walk(value: unknown, keepKeys: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return sanitizeForTerminal(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, keepKeys));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [sanitizeForTerminal(key), keepKeys.has(key) && typeof item === 'string' ? item : walk(item, keepKeys)]));
  }
  return value;
}
