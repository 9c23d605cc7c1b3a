/**
 * Finding a quoted passage in a document despite typographic differences.
 *
 * Normalisation changes ONLY: whitespace runs (one space, trimmed), single quotes and
 * apostrophes (‘ ’ ‚ ‛ ′ → '), double quotes (“ ” „ ‟ ″ « » → "), dashes (‐ ‑ ‒ – — ― − → -)
 * and letter case. Everything else must match exactly, so a quote whose words were
 * changed is not found. A match is reported as the ORIGINAL range of the body, so
 * `body.slice(start, end)` is the verbatim text to show.
 */
import type { TextRange } from './types.ts';

export interface NormalizedText {
  text: string;
  /** map[i] is the index in the original string of normalised character i. */
  map: number[];
}

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032']);
const DOUBLE_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);

/** Same set as the regular-expression class \s. */
function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028
    || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function foldChar(ch: string): string {
  if (SINGLE_QUOTES.has(ch)) return "'";
  if (DOUBLE_QUOTES.has(ch)) return '"';
  if (DASHES.has(ch)) return '-';
  return ch.toLowerCase();
}

/** Normalises `s` for matching and maps each output character back to its source index. */
export function normalizeForMatch(s: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1; // index of the first whitespace char of a run not yet emitted
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (isWhitespace(code)) {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < s.length ? 2 : 1;
    const ch = width === 2 ? s.slice(i, i + 2) : (s[i] ?? '');
    if (pendingSpace >= 0) {
      if (text.length > 0) {
        text += ' ';
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    // Fast path: plain ASCII that is already lower case stays as it is.
    const folded = code < 0x80 && !(code >= 65 && code <= 90) ? ch : foldChar(ch);
    text += folded;
    for (let k = 0; k < folded.length; k++) map.push(i);
    i += width;
  }
  return { text, map };
}

/** End index (exclusive) in the original of the code point that starts at `index`. */
function endOfCodePoint(s: string, index: number): number {
  const code = s.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < s.length ? index + 2 : index + 1;
}

/** A body normalised once, for matching many quotes against it. */
export class QuoteIndex {
  readonly body: string;
  private readonly normalized: NormalizedText;

  constructor(body: string) {
    this.body = body;
    this.normalized = normalizeForMatch(body);
  }

  /** The original range of the first match of `quote`, or null. Empty quotes never match. */
  find(quote: string): TextRange | null {
    const q = normalizeForMatch(quote).text;
    if (q === '') return null;
    return this.findNormalized(q, 0);
  }

  /** Every non-overlapping match of `quote`, in order. */
  findAll(quote: string): TextRange[] {
    const q = normalizeForMatch(quote).text;
    const out: TextRange[] = [];
    if (q === '') return out;
    let from = 0;
    for (;;) {
      const at = this.normalized.text.indexOf(q, from);
      if (at < 0) return out;
      out.push(this.rangeOf(at, q.length));
      from = at + q.length;
    }
  }

  private findNormalized(q: string, from: number): TextRange | null {
    const at = this.normalized.text.indexOf(q, from);
    return at < 0 ? null : this.rangeOf(at, q.length);
  }

  private rangeOf(at: number, length: number): TextRange {
    const { map } = this.normalized;
    const start = map[at] ?? 0;
    const last = map[at + length - 1] ?? start;
    return { start, end: endOfCodePoint(this.body, last) };
  }
}

/** Small LRU of normalised bodies so repeated findQuote calls on one document are cheap. */
const CACHE_SIZE = 256;
const cache = new Map<string, QuoteIndex>();

function indexFor(body: string): QuoteIndex {
  const hit = cache.get(body);
  if (hit) {
    cache.delete(body);
    cache.set(body, hit);
    return hit;
  }
  const made = new QuoteIndex(body);
  cache.set(body, made);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return made;
}

/**
 * The original range of the first place `quote` occurs in `body`, ignoring differences in
 * whitespace, quote and dash style and case; null when it does not occur.
 */
export function findQuote(body: string, quote: string): TextRange | null {
  return indexFor(body).find(quote);
}

/** True when `quote` is an exact, non-empty substring of `body` (citation check). */
export function isVerbatim(body: string, quote: string): boolean {
  return quote.length > 0 && body.includes(quote);
}
