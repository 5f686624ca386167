/** A result as code-maat shows it: named columns (its CSV header) and rows in its order. */
export interface Table {
  columns: readonly string[];
  rows: Cell[][];
}

/** An integer, a decimal already formatted the way code-maat (Java) prints it, or text. */
export type Cell = number | string | JavaDouble;

/** A decimal kept with the exact text Java's Double.toString gives it, e.g. 0.67, 1.0, 5.0E-4. */
export interface JavaDouble {
  value: number;
  text: string;
}

export function isJavaDouble(cell: Cell): cell is JavaDouble {
  return typeof cell === 'object';
}
