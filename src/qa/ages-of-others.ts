/**
 * "How old is the tiger?": an age in the sentence may be someone else's. "A gardener, 72-year-old
 * Klaus Brandt, spotted the tiger" gives the gardener's age, not the tiger's; "The seven-year-old
 * male, named Raja, got out" gives one of no one named. Used by the quantity fit (quantity-fit.ts)
 * and by the short answer (short-answer.ts).
 */
import { escapeRegExp } from './text-analysis.ts';

/** "How old is the (Sumatran) tiger?": the noun whose age is asked (group 1). */
export const HOW_OLD_NOUN_Q_RE = /^\s*(?:[Aa]nd\s+)?[Hh]ow\s+old\s+(?:is|was|are|were)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})\s*\??\s*$/u;

/** An age written before a person's name of two words: "72-year-old Klaus Brandt" (not "a 20-year-old Boeing 737"). */
const PERSON_AGE_RE = /\b[\w-]+-years?-old\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?!\s*\d)/gu;

/** An age in words or digits before a noun: "seven-year-old", "20-year-old". */
const AGE_BEFORE_NOUN_RE = /\b(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-years?-old\b/i;

/** `text` without the ages of named people ("72-year-old Klaus Brandt") that `noun` is not set beside ("A gardener, 72-year-old ..."). */
export function withoutAgesOfOthers(text: string, noun: string): string {
  if (!text.includes('-old')) return text;
  const beside = new RegExp(`\\b${escapeRegExp(noun)}s?,?\\s+$`, 'i');
  return text.replace(PERSON_AGE_RE, (m: string, at: number) => (beside.test(text.slice(Math.max(0, at - 40), at)) ? m : ' '.repeat(m.length)));
}

/** For "How old is the <noun>?": the age `text` gives before a noun that is not someone else's ("seven-year-old"), or null. */
export function unnamedAgeOf(text: string, question: string): string | null {
  const noun = HOW_OLD_NOUN_Q_RE.exec(question)?.[1];
  return noun === undefined ? null : (AGE_BEFORE_NOUN_RE.exec(withoutAgesOfOthers(text, noun))?.[0] ?? null);
}
