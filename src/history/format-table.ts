import { isJavaDouble, type Cell, type Table } from './table.js';

/** CSV as code-maat writes it (clojure.data.csv): LF line ends, quotes only around fields that need them. */
export function tableToCsv(table: Table): string {
  return [table.columns.map(csvField), ...table.rows.map((row) => row.map((cell) => csvField(cellText(cell))))].map((fields) => `${fields.join(',')}\n`).join('');
}

/** One object per row, keyed by code-maat's column names. */
export function tableToJson(table: Table): unknown[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((name, index) => [name, jsonValue(row[index] ?? '')])));
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
