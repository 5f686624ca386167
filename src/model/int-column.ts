/** Entries per chunk: 256 KiB of Int32 each. */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

/**
 * A growable column of 32-bit integers in fixed chunks, zero where never set. Growing adds a chunk and
 * copies nothing, so no outgrown copy is left for the garbage collector: a typed array grown by doubling
 * leaves all its smaller copies behind, and their memory stays resident until a full collection.
 */
export class IntColumn {
  private readonly chunks: Int32Array[] = [];

  get(at: number): number {
    return this.chunks[at >>> CHUNK_BITS]?.[at & MASK] ?? 0;
  }

  set(at: number, value: number): void {
    const index = at >>> CHUNK_BITS;
    while (this.chunks.length <= index) this.chunks.push(new Int32Array(CHUNK));
    (this.chunks[index] as Int32Array)[at & MASK] = value;
  }
}
