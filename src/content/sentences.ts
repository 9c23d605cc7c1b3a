/**
 * Sentence splitting for news English.
 *
 * `Intl.Segmenter` implements the Unicode sentence rules (UAX #29), which already keep
 * closing quotes with their sentence (`."` / `.”`), do not break before a lower-case word
 * ("U.S. officials") and do not break inside numbers ("3.5"). It knows nothing about
 * abbreviations, so it breaks after "Mr.", "Brig. Gen.", "Feb. 24", "U.S. Secretary" or
 * "John F. Kennedy". A small repair pass joins those pieces back together using the
 * abbreviation lists below. All offsets index into the text that was passed in.
 */
import { MONTH_ABBREVIATIONS } from '../domain/calendar.ts';
import type { TextRange } from '../domain/document-types.ts';

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Titles that always precede a name: a sentence never ends with them. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'messrs', 'mmes', 'dr', 'prof', 'gen', 'brig', 'lt', 'col', 'maj', 'capt', 'cpt',
  'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'cmdt', 'gov', 'sen', 'rep', 'reps', 'rev', 'hon', 'pres',
  'supt', 'insp', 'det', 'amb', 'fr', 'atty', 'sec', 'lieut', 'gens', 'sens', 'govs',
]);

/** Abbreviations that are followed by a number: "Feb. 24", "No. 5", "Vol. 3". */
const BEFORE_NUMBER = new Set([
  ...Object.keys(MONTH_ABBREVIATIONS),
  'no', 'nos', 'vol', 'vols', 'art', 'fig', 'figs', 'p', 'pp', 'ch', 'para', 'sec', 'approx', 'est', 'ed',
]);

/** Abbreviations that sit inside a sentence whatever follows. */
const ALWAYS_INSIDE = new Set(['vs', 'v', 'e.g', 'i.e', 'cf', 'viz', 'approx', 'ca', 'incl', 'esp', 'resp']);

/**
 * Abbreviations (capitalised, or "et al.") that can end a sentence but usually do not:
 * "St. Petersburg", "Apple Inc. Chief Executive". Like initialisms ("U.S. Secretary", "a.m.")
 * and initials ("John F. Kennedy"), they are joined to the next piece unless that piece starts
 * with a typical sentence opener ("... by the U.S. The move ...").
 */
const USUALLY_INSIDE = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'jr', 'sr', 'st', 'ave', 'blvd', 'rd', 'mt', 'ft', 'dept',
  'univ', 'assn', 'bros', 'intl', 'natl', 'govt', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
  'sat', 'sun', 'al',
]);

/** Words that typically open a new sentence; after an ambiguous abbreviation they mean "break here". */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my',
  'your', 'this', 'that', 'these', 'those', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'in', 'on',
  'at', 'by', 'for', 'from', 'with', 'as', 'after', 'before', 'when', 'while', 'if', 'although', 'though',
  'however', 'meanwhile', 'also', 'still', 'then', 'now', 'since', 'according', 'earlier', 'later', 'last',
  'next', 'what', 'who', 'why', 'how', 'where', 'which', 'some', 'many', 'most', 'such', 'both', 'each',
  'every', 'all', 'another', 'other', 'one', 'no', 'yes', 'not', 'officials', 'asked', 'despite',
  'instead', 'indeed', 'moreover', 'furthermore', 'nevertheless', 'thus', 'therefore', 'during', 'until',
  'under', 'over', 'about', 'to', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'let', 'mr', 'mrs', 'ms', 'dr',
]);

/** A dateline's place up to an abbreviation ("CAPE CANAVERAL, Fla.", "ST. PAUL, Minn."), as the whole line so far. */
const DATELINE_PLACE_RE = /^\s*\p{Lu}[\p{Lu}.'’ -]{2,},\s*\p{Lu}[\p{L}]{0,5}\.$/u;
/** A wire in brackets and the dash after it: "(AP) _", "(Reuters) -". */
const WIRE_AFTER_RE = /^\([^()]{1,40}\)\s*[-–—_]{1,2}\s/u;

const TERMINAL = /[.!?…]["'”’»)\]}]*$/;
/** Anything after which the segmenter might break. */
const MAY_BREAK_INSIDE = /[.!?…\n\r\u2028\u2029\u0085\u3002\uff01\uff1f]/;
const TRAILING_END = /[.!?…]+["'”’»)\]}]*$/;
const OPENERS_RE = /^["'“‘«([{]+/;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029
    || code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f
    || code === 0x205f || code === 0x3000;
}

/** Shrinks [start, end) so it has no whitespace at either end; returns null when empty. */
function trimRange(text: string, start: number, end: number): TextRange | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

/** The word before the final period, lower-cased, without leading brackets/quotes; null if no period. */
function abbreviationBeforePeriod(piece: string): { key: string; raw: string } | null {
  if (!piece.endsWith('.') || piece.endsWith('..')) return null;
  const space = Math.max(piece.lastIndexOf(' '), piece.lastIndexOf('\n'), piece.lastIndexOf('\t'), piece.lastIndexOf('\u00a0'));
  const raw = piece.slice(space + 1, -1).replace(OPENERS_RE, '');
  if (raw === '') return null;
  return { key: raw.toLowerCase(), raw };
}

function firstWord(piece: string): string {
  const m = /^[^\s]+/.exec(piece.replace(OPENERS_RE, ''));
  return m ? m[0].replace(/[^\p{L}\p{N}'’-]+$/u, '') : '';
}

function startsLower(piece: string): boolean {
  return /^["'“‘«([]*\p{Ll}/u.test(piece);
}

function startsDigit(piece: string): boolean {
  return /^["'“‘«([]*\p{Nd}/u.test(piece);
}

function startsLetterOrDigit(piece: string): boolean {
  return /^["'“‘«([]*[\p{L}\p{Nd}]/u.test(piece);
}

function isOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word.toLowerCase());
}

/**
 * "... the peace prize on Occt. 16.": a short capitalised word after a preposition of time,
 * with a day of the month after its period, is a month's abbreviation the list does not
 * know (a misspelling, or "Sept."), not a sentence's end: no news sentence opens with a
 * bare day number and a comma or period ("16, the ..." or "16."); "12 people" may open one.
 */
function dateLikeAbbreviation(prev: string, next: string): boolean {
  return /\b(?:on|by|until|till|from|to|since|before|after|through|of)\s+\p{Lu}\p{Ll}{1,4}\.$/u.test(prev)
    && /^(?:[1-9]|[12]\d|3[01])(?:[,.;:]|$)/u.test(next);
}

/** The line before the break is a long unfinished line, as in text wrapped at a fixed width. */
function hardWrappedGap(line: string): boolean {
  return line.length >= 40 && line.length <= 100 && line.trim().split(/\s+/).length >= 6;
}

/**
 * Whether the piece `next` continues the sentence `prev` (the segmenter broke it wrongly).
 * `line` is the whole physical line `prev` ends on, which may begin before `prev` does
 * (a sentence that starts mid-line in hard-wrapped text).
 */
function shouldJoin(prev: string, next: string, gap: string, line: string = prev.slice(prev.lastIndexOf('\n') + 1)): boolean {
  if (/\n[^\S\n]*\n/.test(gap)) return false; // a blank line always ends a sentence
  if (!TERMINAL.test(prev)) {
    // The segmenter breaks without punctuation only at a line break: a wrapped line. A
    // capital after it starts a new line of text, unless the text is hard-wrapped (most
    // lines long and unfinished: newswire archives), where it wraps before "London Clinic".
    // A comma or colon before a closing quote (newswire: ``Those were hard times,'' he said)
    // leaves the sentence open too.
    return startsLower(next) || /[,;:(–—-]["'”’»)\]}]*$/.test(prev) || hardWrappedGap(line);
  }
  const bare = prev.replace(/["'”’»)\]}]+$/, '');
  if (bare.length < prev.length) {
    // Closing quote or bracket after the terminal mark: "...now?” and left" continues.
    return startsLower(next) && /[?!]$/.test(bare);
  }
  if (/[?!]$/.test(prev)) return startsLower(next);
  // "CAPE CANAVERAL, Fla. (AP) _ Four astronauts ...": a dateline's state or region, then its wire.
  if (DATELINE_PLACE_RE.test(line) && WIRE_AFTER_RE.test(next)) return true;
  const abbr = abbreviationBeforePeriod(prev);
  if (!abbr) return false;
  const { key, raw } = abbr;
  if (TITLES.has(key) && /^\p{Lu}/u.test(raw)) return startsLetterOrDigit(next);
  if (BEFORE_NUMBER.has(key) && startsDigit(next)) return true;
  if (dateLikeAbbreviation(prev, next)) return true;
  if (ALWAYS_INSIDE.has(key)) return true;
  const initialism = /^(?:\p{L}\.)+\p{L}$/u.test(raw); // U.S, U.K, a.m, D.C
  const initial = /^\p{Lu}$/u.test(raw); // John F. Kennedy, J. Biden
  if (initialism || initial || (USUALLY_INSIDE.has(key) && /^\p{Lu}|^al$/u.test(raw))) {
    if (startsLower(next)) return true; // "U.S.\nofficials said"
    const word = firstWord(next);
    if (word === '' || isOpener(word)) return false;
    return /^[\p{Lu}\p{Nd}]/u.test(word);
  }
  return false;
}

/**
 * Whether a line that ends with a period continues on the next line because the period
 * belongs to an abbreviation ("The U.S. / Agency for International Development", "Gen. /
 * Mario Hung"), by the same rules that join the segmenter's pieces.
 */
export function abbreviationContinues(line: string, nextLine: string): boolean {
  return abbreviationBeforePeriod(line) !== null && shouldJoin(line, nextLine, ' ');
}

/** Characters of context on each side that a join decision looks at. */
const JOIN_CONTEXT = 256;
/** Window the segmenter is run on; V8's segment iterator slows with the square of its input. */
const WINDOW = 16 * 1024;
/** Breaks this close to a window's end may depend on text past it: they are redone. */
const WINDOW_MARGIN = 512;

/**
 * UAX #29 sentence segments of `text` as ranges, computed window by window so the cost is
 * linear in the length of the text. Each window starts at a break already accepted; only
 * breaks at least WINDOW_MARGIN before the window's end are accepted (the rules look a
 * little ahead), and a window with no accepted break grows until it has one.
 */
function* segments(text: string): Generator<TextRange> {
  let start = 0;
  let size = WINDOW;
  while (start < text.length) {
    const end = Math.min(text.length, start + size);
    const last = end === text.length;
    let accepted = start;
    for (const seg of SEGMENTER.segment(text.slice(start, end))) {
      const segEnd = start + seg.index + seg.segment.length;
      if (!last && segEnd > end - WINDOW_MARGIN) break;
      yield { start: start + seg.index, end: segEnd };
      accepted = segEnd;
    }
    if (accepted === start && !last) {
      size *= 2;
      continue;
    }
    start = last ? text.length : accepted;
    size = WINDOW;
  }
}

/**
 * Splits `text` into sentences. Offsets are relative to `text`; each range is trimmed of
 * whitespace and `text.slice(start, end)` is the verbatim sentence.
 */
export function splitSentences(text: string): TextRange[] {
  return Array.from(sentenceRanges(text));
}

/**
 * The sentences of `text`, produced one at a time as they are settled, so that a caller
 * working through a very long passage can pause between them (see loadSources).
 */
export function* sentenceRanges(text: string): Generator<TextRange> {
  const whole = trimRange(text, 0, text.length);
  if (!whole) return;
  // Fast path: no terminal mark or line break before the final one means one sentence.
  if (!MAY_BREAK_INSIDE.test(text.slice(whole.start, whole.end).replace(TRAILING_END, ''))) {
    yield whole;
    return;
  }
  let cur: TextRange | undefined;
  for (const seg of segments(text)) {
    const piece = trimRange(text, seg.start, seg.end);
    if (!piece) continue;
    // Only the end of the sentence so far decides a join (its last word and marks), so
    // look at a bounded tail: a long run of joined pieces stays linear.
    if (cur) {
      const prev = text.slice(Math.max(cur.start, cur.end - JOIN_CONTEXT), cur.end);
      const next = text.slice(piece.start, Math.min(piece.end, piece.start + JOIN_CONTEXT));
      const before = text.slice(Math.max(0, cur.end - JOIN_CONTEXT), cur.end);
      const line = before.slice(before.lastIndexOf('\n') + 1);
      if (shouldJoin(prev, next, text.slice(cur.end, piece.start), line)) {
        cur.end = piece.end;
        continue;
      }
      yield cur;
    }
    cur = { start: piece.start, end: piece.end };
  }
  if (cur) yield cur;
}
