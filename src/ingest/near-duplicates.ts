/**
 * Near-duplicate sources: a syndicated copy, or a rewrite of an article already in the topic,
 * including "spun" copies whose words were swapped for synonyms. Word shingles barely see
 * a spun copy (most 3-word runs change), but its sentences still follow the original one by
 * one, each sharing most of its content words (names, numbers, key nouns). So:
 *
 * 1. candidates: an inverted index over each document's content words finds the documents
 *    sharing the most of them (never a scan of every document);
 * 2. alignment: the candidates' sentences are aligned in order (a longest-common-subsequence
 *    over sentences, two sentences matching when their content words overlap enough); the
 *    similarity is the share of the shorter document's sentences that align.
 *
 * General English only: a small stop-word list and the Porter stemmer.
 */
import { stemmer } from 'stemmer';
import { stripBoilerplate } from '../content/boilerplate.ts';
import { sentenceRanges } from '../content/sentences.ts';

const STOP = new Set(
  'a an the and or but if of to in on at by for from with as is are was were be been being it its this that these those he she they we you i his her their our your them him not no so than then there here also has have had do does did will would can could should may might must about into over after before while which who whom what when where why how all any some such said says say told according more most other'.split(' '),
);

export interface Fingerprint {
  id: string;
  /** Content-word sets, one per sentence, in order. */
  sentences: ReadonlyArray<ReadonlySet<string>>;
  /** All content words of the document. */
  words: ReadonlySet<string>;
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w) && (w.length > 2 || /\d/.test(w))).map((w) => (/\d/.test(w) ? w : stemmer(w)));
}

/** The document's article sentences (boilerplate left out, as the loader leaves it out). */
export function fingerprint(id: string, text: string): Fingerprint {
  const sentences: Set<string>[] = [];
  const words = new Set<string>();
  for (const passage of stripBoilerplate(text).passages) {
    for (const r of sentenceRanges(passage.text)) {
      const ws = contentWords(passage.text.slice(r.start, r.end));
      if (ws.length < 3) continue;
      const set = new Set(ws);
      sentences.push(set);
      for (const w of set) words.add(w);
    }
  }
  return { id, sentences, words };
}

/** Two sentences say the same thing, possibly in other words, when this much overlaps. */
const SENTENCE_MATCH = 0.3;

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Share of the shorter document's sentences that align, in order, with the other's. */
export function alignedShare(a: Fingerprint, b: Fingerprint): number {
  const n = a.sentences.length;
  const m = b.sentences.length;
  if (n === 0 || m === 0) return 0;
  let prev = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1).fill(0);
    const si = a.sentences[i - 1] as ReadonlySet<string>;
    for (let j = 1; j <= m; j++) {
      const match = overlap(si, b.sentences[j - 1] as ReadonlySet<string>) >= SENTENCE_MATCH ? 1 : 0;
      cur[j] = Math.max(prev[j] ?? 0, cur[j - 1] ?? 0, (prev[j - 1] ?? 0) + match);
    }
    prev = cur;
  }
  return (prev[m] ?? 0) / Math.min(n, m);
}

export interface DuplicateMatch {
  id: string;
  /** Aligned share of sentences, 0–1. */
  similarity: number;
}

export interface DuplicateIndexOptions {
  /** A duplicate when at least this share of sentences aligns. Default 0.3. */
  threshold?: number;
  /** Candidates aligned per check. Default 10. */
  candidates?: number;
}

/** The documents of a topic, indexed for near-duplicate checks. */
export class DuplicateIndex {
  private readonly docs = new Map<string, Fingerprint>();
  private readonly postings = new Map<string, string[]>();
  private readonly threshold: number;
  private readonly maxCandidates: number;

  constructor(options: DuplicateIndexOptions = {}) {
    this.threshold = options.threshold ?? 0.3;
    this.maxCandidates = options.candidates ?? 10;
  }

  get size(): number {
    return this.docs.size;
  }

  add(fp: Fingerprint): void {
    this.docs.set(fp.id, fp);
    for (const w of fp.words) {
      let list = this.postings.get(w);
      if (!list) this.postings.set(w, (list = []));
      list.push(fp.id);
    }
  }

  /** The closest earlier document, when it is a near-duplicate; else null. */
  check(fp: Fingerprint): DuplicateMatch | null {
    const shared = new Map<string, number>();
    // Words in most documents say nothing about which one this copies.
    const common = Math.max(50, this.docs.size / 4);
    for (const w of fp.words) {
      const list = this.postings.get(w);
      if (!list || list.length > common) continue;
      for (const id of list) if (id !== fp.id) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const candidates = [...shared.entries()].sort((x, y) => y[1] - x[1]).slice(0, this.maxCandidates);
    let best: DuplicateMatch | null = null;
    for (const [id] of candidates) {
      const other = this.docs.get(id);
      if (!other) continue;
      const similarity = alignedShare(fp, other);
      if (!best || similarity > best.similarity) best = { id, similarity };
    }
    return best && best.similarity >= this.threshold ? best : null;
  }
}
