/**
 * Which way a length is measured: "How wide is the runway?" asks its width, which "a
 * three-kilometer (two-mile)-long runway" does not give. General English: the adjectives and
 * nouns of the dimensions, nothing of a topic.
 */
import { LENGTH_RE } from './quantities.ts';

/** The dimensions, each with the words that say it. */
const DIMENSIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ['length', /^(?:long|length|in length)$/i],
  ['width', /^(?:wide|width|in width|across|broad)$/i],
  ['height', /^(?:high|tall|height|in height)$/i],
  ['depth', /^(?:deep|depth|in depth)$/i],
];

/** "How wide is ...", "what is the height of ...": the dimension asked, or null (a distance: "how far", or no dimension). */
export function askedDimension(question: string): string | null {
  const m = /\bhow (long|wide|broad|high|tall|deep) (?:is|are|was|were|will)\b|\bwhat (?:is|was) the (length|width|height|depth) of\b/i.exec(question);
  const word = m?.[1] ?? m?.[2];
  return word === undefined ? null : dimensionOf(word);
}

function dimensionOf(word: string): string | null {
  return DIMENSIONS.find(([, re]) => re.test(word))?.[0] ?? null;
}

/** LENGTH_RE as a global pattern, made once (matchAll needs the g flag). */
const LENGTHS_RE = new RegExp(LENGTH_RE.source, 'gi');

/** After a length, a parenthetical other unit and the dimension word: "(two-mile)-long", " wide", " in length". */
const DIMENSION_AFTER_RE = /^(?:\s*\([^)]{0,30}\)|\))?(?:\s|-)(long|wide|broad|high|tall|deep|in (?:length|width|height|depth)|across)\b/i;

/** Before a length, a verb of stretching or "for" (and a hedge): the length runs along something ("stretching about 95 kilometres", "dragged for 100 kilometres"). */
const LENGTH_BEFORE_RE = /\b(?:stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|span(?:s|ned|ning)?|runs?|running|for)\s+(?:(?:about|some|nearly|almost|more than|over|around|roughly|up to|at least)\s+)?$/i;

/** After a length, "of" and what it is an amount of: " of fresh snow", " of runway". */
const OF_STUFF_RE = /^\s+of\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u;

/**
 * Whether every length in `text` is said to be of a dimension other than `asked`: "a
 * three-kilometer (two-mile)-long runway" for its width, or an amount of something the
 * question does not ask about (`asks`), which says how deep it lies: "6 feet of fresh snow" for
 * the width of an avalanche (but "in 240 feet of water" for how deep the recorder was).
 * A length with no dimension word ("3 kilometers of runway", asked about the runway) may be of any.
 */
export function lengthsOfOtherDimension(text: string, asked: string, asks: (word: string) => boolean = () => true): boolean {
  let found = false;
  for (const m of text.matchAll(LENGTHS_RE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // "dumped more than 6 feet of fresh snow", "in 240 feet of water": how deep a layer of
    // something the question does not ask about lies, no width or length of the asked thing.
    const of = OF_STUFF_RE.exec(after);
    if (of && !(of[1] as string).split(/\s+/).some((w) => asks(w.toLowerCase()))) {
      if (asked === 'depth' || asked === 'height') return false;
      found = true;
      continue;
    }
    const word = DIMENSION_AFTER_RE.exec(after)?.[1];
    // "stretching about 95 kilometres", "dragged for nearly 100 kilometres": a length along something.
    const along = word === undefined && LENGTH_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index));
    const dimension = word === undefined ? (along ? 'length' : null) : dimensionOf(word);
    if (dimension === null || dimension === asked) return false;
    found = true;
  }
  return found;
}
