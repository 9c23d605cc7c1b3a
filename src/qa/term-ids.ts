/**
 * A set of term ids kept as a sorted Int32Array: a document's vocabulary, held for every
 * document of the topic. A hash set per document cost about 4 kB each (35 MB at 10,000
 * documents); membership is asked only for the few candidates of a question.
 */
export class TermIds implements Iterable<number> {
  private readonly ids: Int32Array;

  /** `ids` in order; an Int32Array already in order (as a kept index stores them) is held as it is, not copied. */
  constructor(ids: Iterable<number>) {
    this.ids = ids instanceof Int32Array && ascending(ids) ? ids : Int32Array.from(ids).sort();
  }

  has(id: number): boolean {
    const a = this.ids;
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = a[mid] as number;
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  get size(): number {
    return this.ids.length;
  }

  [Symbol.iterator](): Iterator<number> {
    return this.ids[Symbol.iterator]();
  }
}

function ascending(a: Int32Array): boolean {
  for (let i = 1; i < a.length; i++) if ((a[i - 1] as number) >= (a[i] as number)) return false;
  return true;
}
