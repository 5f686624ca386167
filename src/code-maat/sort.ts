import type { Cell } from './table.js';

type Key = (row: Cell[]) => number | string;

/**
 * Sorts rows by keys the way Incanter's $order does for code-maat: all keys ascending or all descending,
 * stably, so ties keep the order the rows were built in (first appearance in the log).
 */
export function orderRows(rows: Cell[][], keys: readonly Key[], direction: 'asc' | 'desc'): Cell[][] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows.sort((a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x !== y) return (x < y ? -1 : 1) * sign;
    }
    return 0;
  });
}

export function column(index: number): Key {
  return (row) => {
    const cell = row[index];
    return typeof cell === 'object' ? cell.value : (cell ?? 0);
  };
}
