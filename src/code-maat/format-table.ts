import { isJavaDouble, type Cell, type Table } from './table.js';

/** CSV as code-maat writes it (clojure.data.csv): LF line ends, quotes only around fields that need them. */
export function tableToCsv(table: Table): string {
  return [table.columns.map(csvField), ...table.rows.map((row) => row.map((cell) => csvField(cellText(cell))))].map((fields) => `${fields.join(',')}\n`).join('');
}

/**
 * The rows as JSON, an object per row keyed by code-maat's column names, written as UTF-8 in pieces: a long
 * history's rows run to tens of megabytes, so no object or string is built per row and the caller writes as
 * it goes. The pieces are lent, views of one buffer the next piece overwrites: whoever takes one must be done
 * with it before asking for the next. Bytes straight away: 64 KB strings built cell by cell are ropes that
 * writing flattens and encodes again, which cost more than making them (0.15 s for rails' 22 MB).
 */
export function* tableToJsonPieces(table: Table, limit = table.rows.length): Generator<Uint8Array> {
  const keys = table.columns.map((name, index) => Buffer.from(`${index === 0 ? '{' : ','}${JSON.stringify(name)}:`));
  const end = Math.min(limit, table.rows.length);
  let buffer = Buffer.allocUnsafe(PIECE * 2);
  let at = 0;
  // Every write leaves SLACK bytes free, for the separators and a number that may follow.
  const room = (needed: number): void => {
    if (at + needed + SLACK > buffer.length) buffer = grown(buffer, at + needed + SLACK);
  };
  const put = (bytes: Uint8Array): void => {
    room(bytes.length);
    buffer.set(bytes, at);
    at += bytes.length;
  };
  buffer[at++] = OPEN_BRACKET;
  for (let index = 0; index < end; index++) {
    const row = table.rows[index] ?? [];
    if (index > 0) buffer[at++] = COMMA;
    for (let column = 0; column < keys.length; column++) {
      put(keys[column] ?? EMPTY);
      const value = jsonValue(row[column] ?? '');
      if (typeof value === 'number') {
        room(SLACK);
        at = writeNumber(buffer, at, value);
      } else put(jsonBytes(value));
    }
    buffer[at++] = CLOSE_BRACE;
    if (at >= PIECE) {
      yield buffer.subarray(0, at);
      at = 0;
    }
  }
  buffer[at++] = CLOSE_BRACKET;
  yield buffer.subarray(0, at);
}

const [OPEN_BRACKET, CLOSE_BRACKET, CLOSE_BRACE, COMMA] = [0x5b, 0x5d, 0x7d, 0x2c];
const EMPTY = new Uint8Array(0);
// Room for a row's separators and a number's digits (a double prints in at most 25 bytes).
const SLACK = 64;

// A piece ends past PIECE by at most one row: a row longer than the room left grows the buffer for it.
function grown(buffer: Buffer, needed: number): Buffer<ArrayBuffer> {
  const larger = Buffer.allocUnsafe(Math.max(buffer.length * 2, needed));
  buffer.copy(larger);
  return larger;
}

function writeNumber(buffer: Buffer<ArrayBuffer>, at: number, value: number): number {
  if (Number.isInteger(value) && value >= 0 && value < 1e15) {
    // Whole counts are most cells: their digits, without a string per number.
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    let rest = value;
    for (let index = at + digits - 1; index >= at; index--) {
      buffer[index] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    return at + digits;
  }
  return at + buffer.write(Number.isFinite(value) ? String(value) : 'null', at, 'latin1');
}

const PIECE = 1 << 16;

// JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (0x9b is a terminal's CSI) and bidi
// overrides raw; escaped as \uXXXX they are the same JSON value and harmless on a terminal.
const RAW_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// Paths and names recur in every table of a run: each is escaped and encoded once.
const jsonStrings = new Map<string, Uint8Array>();
const MAX_KEPT = 1 << 18;

function jsonBytes(value: string): Uint8Array {
  const known = jsonStrings.get(value);
  if (known !== undefined) return known;
  const bytes = Buffer.from(JSON.stringify(value).replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
  if (jsonStrings.size >= MAX_KEPT) jsonStrings.clear();
  jsonStrings.set(value, bytes);
  return bytes;
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
