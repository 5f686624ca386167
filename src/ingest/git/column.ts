type TypedArray = Int32Array | Float64Array;

/**
 * A growable column of numbers in a typed array: no per-element boxing and half the memory of a number
 * array (or less), so the rows of a 200,000-commit history stay a few megabytes.
 */
export class Column<A extends TypedArray> {
  private data: A;
  length = 0;

  constructor(
    private readonly allocate: (size: number) => A,
    initial = 1024,
  ) {
    this.data = allocate(Math.max(16, initial));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.allocate(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The values, trimmed to length (a view: no copy). */
  view(): A {
    return this.data.subarray(0, this.length) as A;
  }
}

export const intColumn = (initial?: number): Column<Int32Array> => new Column((size) => new Int32Array(size), initial);
export const floatColumn = (initial?: number): Column<Float64Array> => new Column((size) => new Float64Array(size), initial);
