import type { SourcePosition } from '../result/index.js';
import { detached } from './core-scalar.js';

/**
 * Every value position of one file's entities: (path index, line, column) triples in one array, the paths
 * once per file. A Map of SourcePosition objects per entity held ~20 objects, their path strings and a
 * hash table for each of 110,000 entities at 50,000 components (~170 MB, most of what the ingest keeps
 * alive through the analysis); these tables hold the same in a few bytes per position.
 */
export class PositionTable {
  constructor(
    readonly file: string,
    readonly paths: readonly string[],
    /** (path index, line, column) triples; a plain array while the file is being read, then an Int32Array. */
    public numbers: ArrayLike<number>,
  ) {}
}

/** Paths repeat across files and entities (`metadata.name`, `spec.owner`): one string each per thread. */
const interned = new Map<string, string>();
/** A long-lived process (the Backstage backend) reads catalogs again and again: the table must not only grow. */
const MAX_INTERNED = 100_000;

export function internPath(path: string): string {
  const known = interned.get(path);
  if (known !== undefined) return known;
  if (interned.size >= MAX_INTERNED) interned.clear();
  const own = detached(path);
  interned.set(own, own);
  return own;
}

/**
 * One entity's positions by dotted path, read-only, as a Map would give them (later entries of a path
 * replace earlier ones when built, so each path appears once). Positions are made when asked for.
 */
export class PackedPositions implements ReadonlyMap<string, SourcePosition> {
  // Private fields keep the shared table out of structural comparisons and JSON.
  readonly #table: PositionTable;
  readonly #offset: number;
  readonly size: number;
  #index: Map<string, number> | undefined;

  constructor(table: PositionTable, offset: number, count: number) {
    this.#table = table;
    this.#offset = offset;
    this.size = count;
  }

  /** The shared table and this entity's slice of it, for the wire between threads. */
  slice(): { table: PositionTable; offset: number; count: number } {
    return { table: this.#table, offset: this.#offset, count: this.size };
  }

  get(path: string): SourcePosition | undefined {
    const at = this.find(path);
    if (at === -1) return undefined;
    const numbers = this.#table.numbers;
    return { file: this.#table.file, line: numbers[at + 1] ?? 0, column: numbers[at + 2] ?? 0 };
  }

  has(path: string): boolean {
    return this.find(path) !== -1;
  }

  forEach(callback: (value: SourcePosition, key: string, map: ReadonlyMap<string, SourcePosition>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  *entries(): MapIterator<[string, SourcePosition]> {
    const { file, paths, numbers } = this.#table;
    for (let i = this.#offset; i < this.#offset + 3 * this.size; i += 3) {
      yield [paths[numbers[i] ?? 0] ?? '', { file, line: numbers[i + 1] ?? 0, column: numbers[i + 2] ?? 0 }];
    }
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<SourcePosition> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, SourcePosition]> {
    return this.entries();
  }

  /** The index in the table of `path`'s triple: a scan for the usual ~20 paths, a Map for big entities. */
  private find(path: string): number {
    const { paths, numbers } = this.#table;
    if (this.size <= 32) {
      for (let i = this.#offset; i < this.#offset + 3 * this.size; i += 3) if (paths[numbers[i] ?? 0] === path) return i;
      return -1;
    }
    if (this.#index === undefined) {
      this.#index = new Map();
      for (let i = this.#offset; i < this.#offset + 3 * this.size; i += 3) this.#index.set(paths[numbers[i] ?? 0] ?? '', i);
    }
    return this.#index.get(path) ?? -1;
  }
}

/** Builds one file's table, entity by entity. */
export class PositionTableBuilder {
  private readonly paths: string[] = [];
  private readonly pathIndex = new Map<string, number>();
  private readonly numbers: number[] = [];
  readonly table: PositionTable;

  constructor(file: string) {
    this.table = new PositionTable(file, this.paths, this.numbers);
  }

  /** One entity's positions, each path once (given in first-set order, last value wins, as Map.set does). */
  add(entries: Iterable<readonly [string, number, number]>): PackedPositions {
    const offset = this.numbers.length;
    for (const [path, line, column] of entries) {
      let index = this.pathIndex.get(path);
      if (index === undefined) {
        index = this.paths.push(internPath(path)) - 1;
        this.pathIndex.set(path, index);
      }
      this.numbers.push(index, line, column);
    }
    return new PackedPositions(this.table, offset, (this.numbers.length - offset) / 3);
  }

  /** Stores the numbers compactly once every entity of the file is in. */
  finish(): PositionTable {
    this.table.numbers = Int32Array.from(this.numbers);
    this.numbers.length = 0;
    return this.table;
  }
}
