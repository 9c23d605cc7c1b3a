/** The shapes of a topic's retrieval index (qa-index.ts): its sentences, documents, claims, and what its sources alone give it. */
import type { TermIds } from './term-ids.ts';

export interface Unit {
  doc: number;
  /** Index into doc.sentences. */
  sentence: number;
  /** Number of primary tokens. */
  len: number;
  /** Where its term ids (primary text only, in order) start in the index's token array: see `TopicIndex.seqOf`. */
  start: number;
  /** Term ids from curated claims that cite this sentence. */
  claimTerms: Int32Array | null;
}

export interface DocContext {
  /** Months the document is about: its published month and months in its lead. */
  months: Set<string>;
  /** The year it was published ("1998"), or null: its "this year". */
  year: string | null;
  /**
   * The year it was written in at the earliest: its own, or for an undated document the
   * topic's earliest dated year (a story's sources are of its time). Null when none is dated.
   */
  notBefore: string | null;
  /** How recent the document is among the topic's: 0 the oldest date, 1 the newest (undated: 0). */
  recency: number;
  titleTerms: ReadonlySet<number>;
  /** Every term of the document. */
  terms: TermIds;
}

/** What a topic's sources alone give its index (TopicIndex.core), to keep between processes. */
export interface IndexCore {
  /** Terms in id order. */
  terms: string[];
  personNames: string[];
  personTokens: string[];
  topicTerms: string[];
  docs: { months: string[]; year: string | null; notBefore: string | null; recency: number; titleTerms: number[] }[];
  docTerms: Int32Array[];
  unitOf: Int32Array[];
  /** Per unit: doc, sentence, len, start. */
  unitCols: Int32Array;
  tokens: Int32Array;
  lowerCount: Uint32Array;
  capitalCount: Uint32Array;
  /** The postings, when no claim of the brief added terms to them. */
  postings?: { start: Int32Array; ids: Int32Array; tf: Float32Array };
}

/**
 * One curated claim of the brief (a key point, timeline entry, who's-who line or a
 * "where sources differ" item): a clean paraphrase, and the sentences its citations quote.
 * Questions are matched against the paraphrase; the answer is still the cited sentence.
 */
export interface ClaimUnit {
  terms: Set<number>;
  /** Units (sentences) the claim's citations quote. */
  units: number[];
  /** A "where sources differ" item. */
  difference: boolean;
  /** The verbatim citation quotes, with their document index. */
  quotes: { doc: number; quote: string }[];
}
