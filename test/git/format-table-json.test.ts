import { describe, expect, it } from 'vitest';
import { tableToJsonPieces } from '../../src/code-maat/format-table.js';
import type { Cell, Table } from '../../src/code-maat/table.js';

// What the rows must read as: JSON.parse of the pieces gives back each cell (a JavaDouble as its value).
function expected(table: Table, limit = table.rows.length): unknown[] {
  return table.rows.slice(0, limit).map((row) => Object.fromEntries(table.columns.map((name, column) => {
    const cell = row[column] ?? '';
    return [name, typeof cell === 'object' ? cell.value : cell];
  })));
}

// The pieces are lent (one buffer the next piece overwrites): copied as they come, as a writer would write them.
function text(table: Table, limit?: number): { text: string; pieces: number } {
  const bytes: Buffer[] = [];
  for (const piece of tableToJsonPieces(table, limit)) bytes.push(Buffer.from(piece));
  return { text: Buffer.concat(bytes).toString('utf8'), pieces: bytes.length };
}

describe('tableToJsonPieces', () => {
  it('writes every kind of cell as JSON, escaping what a terminal would act on', () => {
    const cells: Cell[] = [0, 7, 123456789012, -3, 0.5, 1e21, { value: 0.67, text: '0.67' }, { value: 5e-4, text: '5.0E-4' }, '', 'src/ä/🚀.ts', 'quote " and \\ and \n', '\u001b[31mred', '\u009b2J', 'bidi \u202e txt'];
    const table: Table = { columns: ['entity', 'n'], rows: cells.map((cell, index) => [`file-${index}`, cell]) };
    const { text: json } = text(table);
    expect(JSON.parse(json)).toEqual(expected(table));
    expect(text({ columns: ['n'], rows: [[Number.NaN], [Number.POSITIVE_INFINITY]] }).text).toBe('[{"n":null},{"n":null}]');
    expect(json).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
    expect(json).toContain('"n":123456789012}');
    expect(json).toContain('"n":1e+21}');
    expect(json).toContain('"n":0.0005}');
  });

  it('stays whole over many pieces and over a cell longer than a piece, and stops at the limit', () => {
    const long = 'x/'.repeat(100_000);
    const table: Table = { columns: ['entity', 'author', 'revs'], rows: Array.from({ length: 30_000 }, (_, row) => [row === 15_000 ? long : `src/module-${row}/file-${row % 777}.ts`, `Ødegård ${row % 13}`, row * 31]) };
    const whole = text(table);
    expect(whole.pieces).toBeGreaterThan(10);
    expect(JSON.parse(whole.text)).toEqual(expected(table));
    expect(JSON.parse(text(table, 3).text)).toEqual(expected(table, 3));
    expect(text(table, 0).text).toBe('[]');
    expect(text({ columns: ['a'], rows: [] }).text).toBe('[]');
  });
});
