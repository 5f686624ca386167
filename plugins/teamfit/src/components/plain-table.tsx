import type { ReactNode } from 'react';
import { cell, table } from './styles.js';

export interface PlainTableProps {
  columns: readonly string[];
  /** One row per entry: a key and its cells in column order. */
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
  testId: string;
}

/** A plain table in the card's own fonts: a header row and one row per entry. */
export function PlainTable({ columns, rows, testId }: PlainTableProps) {
  return (
    <table style={table} data-testid={testId}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} style={cell}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((value, column) => (
              <td key={columns[column]} style={cell}>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
