/**
 * Stage 1 of drafting: the sentences a draft may use. Every candidate is a sentence of a
 * source exactly as the loader split it (boilerplate already left out), with the features
 * later stages score: its stemmed words and word pairs, its position in its document, and
 * its document's date. Sources marked as near-copies of another are left out (they count
 * once), and so are sentences that are not statements a brief can quote on their own:
 * questions, fragments, very long run-ons, text with brackets (which citation syntax
 * reserves), and sentences that repeat one already taken from another source.
 */
import { withoutDateline } from '../content/dateline.ts';
import { stemmer } from 'stemmer';
import type { SourceDocument } from '../domain/document-types.ts';
import { STOP_WORDS } from '../qa/text-analysis.ts';
import { dateOf } from './timeline.ts';

export interface Candidate {
  /** Set when the sentence repeats one taken earlier from another source (its id): not used
   * again for the summary or key points, but kept to cite a date or figure it differs on. */
  repeatOf?: number;
  /** Index among all candidates. */
  id: number;
  source: string;
  /** The source's date, or null. */
  published: string | null;
  /**
   * The source's date, or for a source that shows none, an estimate: the latest day it
   * writes out ("June 19"). Orders articles and finds the newest; never shown as a date.
   */
  dated: string | null;
  /** Index of the source among the topic's sources, newest last. */
  docIndex: number;
  /** Position of the sentence in its document (0 = lead). */
  position: number;
  /** The sentence, verbatim as in the source (it may span wrapped lines). */
  quote: string;
  /** The same with whitespace runs made single spaces, for display. */
  text: string;
  words: number;
  /** Porter stems of the content words. */
  stems: string[];
  /** Stemmed word pairs where at least one word is a content word. */
  bigrams: string[];
}

export const MIN_WORDS = 8;
export const MAX_WORDS = 55;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-cased words of a text, in order. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, ''));
}

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /\d/.test(word) ? word : stemmer(word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

export function isStop(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Content stems and stemmed bigrams of a text. */
export function termsOf(text: string): { stems: string[]; bigrams: string[]; words: number } {
  const ws = wordsOf(text);
  const stems: string[] = [];
  const bigrams: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!isStop(w) && (w.length > 1 || /\d/.test(w))) stems.push(stem(w));
    const next = ws[i + 1];
    if (next !== undefined && !(isStop(w) && isStop(next))) bigrams.push(`${stem(w)} ${stem(next)}`);
  }
  return { stems, bigrams, words: ws.length };
}

function readsAsStatement(text: string, words: number): boolean {
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  if (/[[\]]/.test(text)) return false;
  if (/\?["'”’]*$/.test(text)) return false;
  // A statement starts like one and ends like one.
  if (!/^[\p{Lu}\p{N}"'“‘`(]/u.test(text)) return false;
  if (!/[.!]["'”’)]*$/.test(text)) return false;
  // A pronoun or a bare connective at the start points at a sentence that is not quoted with it.
  if (/^(He|She|They|It|His|Her|Their|Its|This|These|Those|That|But|And|Also|However|Meanwhile)\b/.test(text)) return false;
  // Quote marks left open (a sentence cut inside a quotation).
  const doubles = (text.match(/["“”]/g) ?? []).length + (text.match(/``|''/g) ?? []).length;
  if (doubles % 2 === 1) return false;
  return true;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

/** Each source's date, or the latest day an undated one writes out (read against the newest known date). */
export function estimateDates(documents: readonly SourceDocument[]): Map<string, string | null> {
  const known = documents.map((d) => d.meta.published).filter((p): p is string => p !== null).sort();
  const ref = known.at(-1) ?? null;
  return new Map(
    documents.map((d) => {
      if (d.meta.published || !ref) return [d.meta.id, d.meta.published];
      let latest: string | null = null;
      for (const s of d.sentences) {
        const found = dateOf(s.text.replace(/\s+/g, ' '), ref, true);
        if (found && found.date.length === 10 && (latest === null || found.date > latest)) latest = found.date;
      }
      return [d.meta.id, latest];
    }),
  );
}

/** Sentences of the topic's original sources that a draft may quote. */
export function collectCandidates(documents: readonly SourceDocument[]): Candidate[] {
  const dates = estimateDates(documents);
  const originals = documents
    .filter((d) => !d.meta.duplicateOf)
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (dates.get(a.d.meta.id) ?? '').localeCompare(dates.get(b.d.meta.id) ?? '') || a.i - b.i)
    .map(({ d }) => d);
  const out: Candidate[] = [];
  const seen: Array<Set<string>> = [];
  // stem → earlier kept sentences holding it, so a repeat is looked for among the few
  // sentences sharing its rarest words, not among all of them.
  const postings = new Map<string, number[]>();
  const repeatOf = (set: ReadonlySet<string>): number | null => {
    const rare = [...set].sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0)).slice(0, 3);
    const looked = new Set<number>();
    for (const w of rare) {
      for (const k of postings.get(w) ?? []) {
        if (looked.has(k)) continue;
        looked.add(k);
        if (jaccard(seen[k]!, set) >= 0.8) return k;
      }
    }
    return null;
  };
  originals.forEach((doc, docIndex) => {
    for (const s of doc.sentences) {
      const text = withoutDateline(s.text.replace(/\s+/g, ' ').trim());
      const terms = termsOf(text);
      if (!readsAsStatement(text, terms.words) || terms.stems.length < 4) continue;
      const set = new Set(terms.stems);
      // The same sentence from another wire story counts once (the earliest copy).
      const earlier = repeatOf(set);
      if (earlier === null) {
        for (const w of set) {
          const list = postings.get(w);
          if (list) list.push(out.length);
          else postings.set(w, [out.length]);
        }
      }
      seen.push(set);
      out.push({ id: out.length, ...(earlier === null ? {} : { repeatOf: earlier }), source: doc.meta.id, published: doc.meta.published, dated: dates.get(doc.meta.id) ?? null, docIndex, position: s.index, quote: s.text, text, words: terms.words, stems: terms.stems, bigrams: terms.bigrams });
    }
  });
  return out;
}
