/**
 * Finding a quoted passage in a document despite typographic differences.
 *
 * Normalisation changes ONLY: whitespace runs (one space, trimmed), single quotes and
 * apostrophes (‘ ’ ‚ ‛ ′ → '), double quotes (“ ” „ ‟ ″ « » → "), dashes (‐ ‑ ‒ – — ― − → -)
 * and letter case. Everything else must match exactly, so a quote whose words were
 * changed is not found. A match is reported as the ORIGINAL range of the body, so
 * `body.slice(start, end)` is the verbatim text to show.
 */
import { Buffer } from 'node:buffer';
import type { TextRange } from '../domain/document-types.ts';

export interface NormalizedText {
  text: string;
  /** map[i] is the index in the original string of normalised character i. */
  map: number[];
}

/** Code units folded to an ASCII character; everything else is only lower-cased. */
const FOLD = new Map<number, number>([
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032].map((c): [number, number] => [c, 0x27]), // ‘ ’ ‚ ‛ ′ → '
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb].map((c): [number, number] => [c, 0x22]), // “ ” „ ‟ ″ « » → "
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212].map((c): [number, number] => [c, 0x2d]), // dashes → -
  [0x3c2, 0x3c3], // ς → σ, so lower-casing does not depend on where the quote ends
]);

/** Same set as the regular-expression class \s. */
function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028
    || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** UTF-16 code units to a string, verbatim (lone surrogates included). */
function codesToString(codes: Uint16Array, length: number): string {
  return Buffer.from(codes.buffer, codes.byteOffset, length * 2).toString('utf16le');
}

/**
 * Normalises `lower` (already lower-cased, `origin[i]` = original index of lower[i]):
 * collapses whitespace runs to one space, trims, folds quotes and dashes.
 */
function collapse(lower: string, origin: ((i: number) => number) | null): { text: string; map: Int32Array } {
  const codes = new Uint16Array(lower.length);
  const map = new Int32Array(lower.length);
  let out = 0;
  let pendingSpace = -1; // first index of a whitespace run not yet written
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (isWhitespace(code)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (out > 0) {
        map[out] = origin ? origin(pendingSpace) : pendingSpace;
        codes[out++] = 0x20;
      }
      pendingSpace = -1;
    }
    map[out] = origin ? origin(i) : i;
    codes[out++] = code < 0x80 ? code : (FOLD.get(code) ?? code);
  }
  return { text: codesToString(codes, out), map: map.subarray(0, out) };
}

/** Normalises `s` for matching and maps each output character back to its source index. */
export function normalizeForMatch(s: string): NormalizedText {
  const { text, map } = normalizeCompact(s);
  return { text, map: Array.from(map) };
}

function normalizeCompact(s: string): { text: string; map: Int32Array } {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return collapse(lower, null);
  // Rare: lower-casing changed the length (e.g. "İ" → "i̇"); lower-case code point by code point.
  let built = '';
  const origin: number[] = [];
  for (let i = 0; i < s.length; ) {
    const width = s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff && i + 1 < s.length ? 2 : 1;
    const piece = s.slice(i, i + width).toLowerCase();
    built += piece;
    for (let k = 0; k < piece.length; k++) origin.push(i);
    i += width;
  }
  return collapse(built, (i) => origin[i] ?? 0);
}

/** End index (exclusive) in the original of the code point that starts at `index`. */
function endOfCodePoint(s: string, index: number): number {
  const code = s.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < s.length ? index + 2 : index + 1;
}

/** A body normalised once, for matching many quotes against it. */
export class QuoteIndex {
  readonly body: string;
  private readonly normalized: { text: string; map: Int32Array };

  constructor(body: string) {
    this.body = body;
    this.normalized = normalizeCompact(body);
  }

  /** The original range of the first match of `quote`, or null. Empty quotes never match. */
  find(quote: string): TextRange | null {
    const q = normalizeCompact(quote).text;
    if (q === '') return null;
    return this.findNormalized(q, 0);
  }

  /** Every non-overlapping match of `quote`, in order. */
  findAll(quote: string): TextRange[] {
    const q = normalizeCompact(quote).text;
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
