import type { JavaDouble } from './table.js';

/**
 * code-maat rounds ratios to two significant digits (Clojure `with-precision 2`, rounding half up) and prints
 * the resulting double. Exact integer arithmetic here, so 1/3, 2/3, 1/2000 come out as 0.33, 0.67, 5.0E-4.
 */
export function centiPrecision(numerator: number, denominator: number): JavaDouble {
  if (numerator === 0) return javaDouble(0);
  if (numerator % denominator === 0) return javaDouble(numerator / denominator); // Clojure keeps an integer exact
  let p = BigInt(numerator);
  let q = BigInt(denominator);
  let exponent = 0; // value = digits x 10^exponent, with 10 <= digits < 100
  while (p < q * 10n) {
    p *= 10n;
    exponent -= 1;
  }
  while (p >= q * 100n) {
    q *= 10n;
    exponent += 1;
  }
  let digits = p / q;
  if ((p % q) * 2n >= q) digits += 1n;
  return javaDouble(Number(`${digits}e${exponent}`));
}

/** The text Java's Double.toString prints for the doubles code-maat produces. */
export function javaDouble(value: number): JavaDouble {
  return { value, text: javaDoubleText(value) };
}

function javaDoubleText(value: number): string {
  if (value === 0) return '0.0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    const text = String(value);
    return text.includes('.') ? text : `${text}.0`;
  }
  const [mantissa = '', exponent = ''] = value.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exponent.replace('+', '')}`;
}
