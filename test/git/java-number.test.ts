import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../../src/code-maat/analyses/age.js';
import { centiPrecision, javaDouble } from '../../src/code-maat/java-number.js';

describe('numbers as code-maat prints them', () => {
  it('rounds ratios to two significant digits, half up, and prints them as Java doubles', () => {
    const cases: [number, number, string][] = [
      [1, 1, '1.0'], [0, 7, '0.0'], [1, 3, '0.33'], [2, 3, '0.67'], [1, 2, '0.5'], [1, 8, '0.13'],
      [5, 8, '0.63'], [199, 200, '1.0'], [1, 1000, '0.001'], [1, 2000, '5.0E-4'], [1, 30000, '3.3E-5'], [999, 1000, '1.0'],
    ];
    for (const [numerator, denominator, text] of cases) expect([numerator, denominator, centiPrecision(numerator, denominator).text]).toEqual([numerator, denominator, text]);
    expect(javaDouble(12345678).text).toBe('1.2345678E7');
  });

  it('counts whole months as Joda-Time does, month ends included', () => {
    const months = (from: string, to: string): number => monthsBetween(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
    expect(months('2023-01-31', '2023-02-28')).toBe(1);
    expect(months('2023-01-30', '2023-02-28')).toBe(1);
    expect(months('2023-03-31', '2023-04-30')).toBe(1);
    expect(months('2023-03-31', '2023-04-29')).toBe(0);
    expect(months('2023-01-15', '2024-01-14')).toBe(11);
    expect(months('2023-01-15', '2024-01-15')).toBe(12);
  });
});
