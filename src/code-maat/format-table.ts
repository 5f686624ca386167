import { isJavaDouble, type Cell, type Table } from './table.js';

/** CSV as code-maat writes it (clojure.data.csv): LF line ends, quotes only around fields that need them. */
export function tableToCsv(table: Table): string {
  return [table.columns.map(csvField), ...table.rows.map((row) => row.map((cell) => csvField(cellText(cell))))].map((fields) => `${fields.join(',')}\n`).join('');
}

/**
 * The rows as JSON, an object per row keyed by code-maat's column names, written as text in pieces: a long
 * history's rows run to tens of megabytes, so no object is built per row and the caller writes as it goes.
 */
export function* tableToJsonPieces(table: Table, limit = table.rows.length): Generator<string> {
  const keys = table.columns.map((name, index) => `${index === 0 ? '{' : ','}${JSON.stringify(name)}:`);
  const end = Math.min(limit, table.rows.length);
  let piece = '[';
  for (let index = 0; index < end; index++) {
    const row = table.rows[index] ?? [];
    if (index > 0) piece += ',';
    for (let column = 0; column < keys.length; column++) piece += (keys[column] ?? '') + jsonText(jsonValue(row[column] ?? ''));
    piece += '}';
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}]`;
}

const PIECE = 1 << 16;

// JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (0x9b is a terminal's CSI) and bidi
// overrides raw; escaped as \uXXXX they are the same JSON value and harmless on a terminal.
const RAW_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// Paths and names recur in every table of a run: each is escaped once.
const jsonStrings = new Map<string, string>();
const MAX_KEPT = 1 << 18;

function jsonText(value: number | string): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  const known = jsonStrings.get(value);
  if (known !== undefined) return known;
  const text = JSON.stringify(value).replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (jsonStrings.size >= MAX_KEPT) jsonStrings.clear();
  jsonStrings.set(value, text);
  return text;
}

function cellText(cell: Cell): string {
  return isJavaDouble(cell) ? cell.text : String(cell);
}

function jsonValue(cell: Cell): number | string {
  return isJavaDouble(cell) ? cell.value : cell;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
