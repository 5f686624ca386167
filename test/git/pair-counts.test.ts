import { describe, expect, it } from 'vitest';
import { PairCounts } from '../../src/code-maat/pair-counts.js';

describe('PairCounts', () => {
  it('counts pairs in order of first appearance, as a Map would, through several growths', () => {
    const pairs = new PairCounts();
    const expected = new Map<string, number>();
    // A fixed pseudo-random walk over 30,000 pairs with repeats: far past the first room of 4,096 entries.
    let state = 7;
    for (let step = 0; step < 100_000; step++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      const first = state % 200;
      const second = (state >>> 8) % 150;
      pairs.add(first, second);
      const key = `${first},${second}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const actual = new Map<string, number>();
    for (let entry = 0; entry < pairs.size; entry++) actual.set(`${pairs.first[entry]},${pairs.second[entry]}`, pairs.count[entry] ?? 0);
    expect(pairs.size).toBe(expected.size);
    expect([...actual]).toEqual([...expected]);
  });

  it('keeps (a, b) and (b, a) apart', () => {
    const pairs = new PairCounts();
    pairs.add(1, 2);
    pairs.add(2, 1);
    pairs.add(1, 2);
    expect([pairs.size, [...pairs.count.subarray(0, 2)]]).toEqual([2, [2, 1]]);
  });
});
