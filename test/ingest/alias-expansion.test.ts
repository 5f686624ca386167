import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { expandedSize } from '../../src/ingest/alias-expansion.js';

const sizeOf = (text: string, limit = 1_000_000) => expandedSize(parseDocument(text), limit);

describe('expanded size of a YAML document', () => {
  it('counts every value an alias stands for, as the JSON would hold it', () => {
    expect(sizeOf('a: 1\nb: [2, 3]\n')).toBe(1 + 2 + 1 + 3); // the map, two keys, a scalar, a list of two
    expect(sizeOf('a: &x [1, 2]\nb: *x\nc: *x\n')).toBe(1 + 3 + 3 * 3); // the map, three keys, the list three times
  });

  it('measures a billion-laughs bomb in a few steps, past any limit', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
      levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`);
    }
    expect(sizeOf(`${levels.join('\n')}\n`, 200_000)).toBeGreaterThan(200_000);
  });

  it('takes an alias inside what it refers to as endless', () => {
    expect(sizeOf('a: &a [1, *a]\n')).toBe(Infinity);
  });
});
