/**
 * The indexed sentences (units) of a topic as columns of one Int32Array: document, sentence,
 * length and where its terms start, four numbers a unit. A topic of 10,000 articles has some
 * 125,000 units; an object each held 9 MB for the few dozen a question looks at. `at` makes
 * the object a caller reads when it asks for it; the claims' terms a unit was lent are kept
 * apart, for the few units a brief cites.
 */
import type { Unit } from './index-types.ts';

const COLS = 4;

export class UnitTable {
  private cols: Int32Array;
  private count: number;
  private readonly claimTerms = new Map<number, Int32Array>();

  /** A table of the units in `cols` (four numbers a unit, as `columns` gives them), or an empty one to push to. */
  constructor(cols?: Int32Array) {
    this.cols = cols ?? new Int32Array(1024);
    this.count = cols ? Math.floor(cols.length / COLS) : 0;
  }

  get length(): number {
    return this.count;
  }

  /** Adds a unit; returns its id. */
  push(doc: number, sentence: number, len: number, start: number): number {
    if ((this.count + 1) * COLS > this.cols.length) {
      const grown = new Int32Array(this.cols.length * 2);
      grown.set(this.cols);
      this.cols = grown;
    }
    this.cols.set([doc, sentence, len, start], this.count * COLS);
    return this.count++;
  }

  /** Unit `u`; a RangeError for an id the table does not hold. */
  at(u: number): Unit {
    if (!Number.isInteger(u) || u < 0 || u >= this.count) throw new RangeError(`no unit ${u} (the index holds ${this.count})`);
    const c = this.cols;
    const i = u * COLS;
    return { doc: c[i] as number, sentence: c[i + 1] as number, len: c[i + 2] as number, start: c[i + 3] as number, claimTerms: this.claimTerms.get(u) ?? null };
  }

  /** Unit `u`'s length in terms, without making its object (BM25 reads it for every posting). */
  lengthOf(u: number): number {
    return this.cols[u * COLS + 2] as number;
  }

  /** The sum of every unit's length. */
  totalLength(): number {
    let total = 0;
    for (let i = 2; i < this.count * COLS; i += COLS) total += this.cols[i] as number;
    return total;
  }

  /** Lends unit `u` the terms of the claims that cite it. */
  setClaimTerms(u: number, terms: Int32Array): void {
    this.claimTerms.set(u, terms);
  }

  /** Whether any unit was lent a claim's terms. */
  hasClaimTerms(): boolean {
    return this.claimTerms.size > 0;
  }

  /** The columns, four numbers a unit (a view while the table is not added to). */
  columns(): Int32Array {
    return this.cols.subarray(0, this.count * COLS);
  }

  /** Every unit as an object, in order: for tests and tools, not for answering. */
  all(): Unit[] {
    return Array.from({ length: this.count }, (_, u) => this.at(u));
  }
}
