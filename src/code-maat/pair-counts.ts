/**
 * Counts of (first, second) pairs of small non-negative integers, kept in order of first appearance (the order
 * code-maat keeps ties in). An open-addressing table over typed arrays: coupling counts half a million pairs
 * in rails' history, where a Map keyed by `first * size + second` cost most of its time (and such keys
 * become heap numbers once there are more than ~32,000 entities).
 */
export class PairCounts {
  /** Entry i is the pair (first[i], second[i]) seen count[i] times; entries are numbered in order of first appearance. */
  first = new Int32Array(INITIAL);
  second = new Int32Array(INITIAL);
  count = new Int32Array(INITIAL);
  size = 0;
  // Slot -> entry number + 1 (0: empty); twice the entries' room, so at most half full.
  private slots = new Int32Array(INITIAL * 2);

  add(first: number, second: number): void {
    const mask = this.slots.length - 1;
    for (let slot = hash(first, second) & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.slots[slot] ?? 0) - 1;
      if (entry < 0) {
        this.append(slot, first, second);
        return;
      }
      if (this.first[entry] === first && this.second[entry] === second) {
        this.count[entry] = (this.count[entry] ?? 0) + 1;
        return;
      }
    }
  }

  private append(slot: number, first: number, second: number): void {
    if (this.size === this.first.length) {
      this.grow();
      this.add(first, second);
      return;
    }
    const entry = this.size++;
    this.first[entry] = first;
    this.second[entry] = second;
    this.count[entry] = 1;
    this.slots[slot] = entry + 1;
  }

  private grow(): void {
    const room = this.first.length * 2;
    this.first = copied(this.first, room);
    this.second = copied(this.second, room);
    this.count = copied(this.count, room);
    this.slots = new Int32Array(room * 2);
    const mask = this.slots.length - 1;
    for (let entry = 0; entry < this.size; entry++) {
      let slot = hash(this.first[entry] ?? 0, this.second[entry] ?? 0) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry + 1;
    }
  }
}

const INITIAL = 1 << 12;

function hash(first: number, second: number): number {
  const mixed = Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca77);
  return (mixed ^ (mixed >>> 15)) >>> 0;
}

function copied(values: Int32Array, room: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(room);
  larger.set(values);
  return larger;
}
