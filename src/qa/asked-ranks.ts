/**
 * Ranks and ordinals a question gives: a place in a ranking ("Which yacht finished second?"),
 * which the answer must say itself, and an ordinal that picks out one of several ("the fourth
 * outbreak", "the airport's second runway"), which the answer or the sentence before it must say
 * ("... said a fourth outbreak had been found. The new case ..."). Part of the answer's shape
 * (answer-shape.ts). General English.
 */

/** An ordinal before a noun: "the fourth outbreak", "the airport's second runway" (not a place in a ranking). */
const ASKED_ORDINAL_RE = /(?:\b(?:the|its|their|his|her|a)|['’]s)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?!place\b|position\b|spot\b|seed\b)\p{Ll}/iu;

/** Someone's or something's first stretch of time: "in its first year", "their first season" ("the first day" asks for the earliest report instead). */
const FIRST_PERIOD_RE = /\b(?:its|their|his|her)\s+first\s+(?:year|month|week|season|term|decade|days?)\b/i;
const FIRST_SAID_RE = /\b(?:first|1st|initial|opening|inaugural)\b/i;

/** Whether `text`, or the sentence before it, says the ordinal the question's noun has ("the fourth outbreak"); true when it has none. */
export function givesAskedOrdinal(question: string, text: string, previous: () => string): boolean {
  // "How many students took part in its first year?": not "this year allowed 200,000 students".
  if (FIRST_PERIOD_RE.test(question)) return FIRST_SAID_RE.test(text) || FIRST_SAID_RE.test(previous());
  const ordinal = ASKED_ORDINAL_RE.exec(question)?.[1]?.toLowerCase();
  if (!ordinal) return true;
  const re = new RegExp(`\\b(?:${ordinal}|${PLACE_NUMBER[ordinal] ?? ordinal})\\b`, 'i');
  return re.test(text) || re.test(previous());
}

/** A place in a ranking a question asks about: "finished second", "came third", "placed fourth". */
const ASKED_PLACE_RE = /\b(?:finish(?:ed|es)?|came|come|placed|ranked|end(?:ed)?\s+up)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|(?:\b(?:the|its|their|his|her|a)|['’]s)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?!\s+(?!place\b|position\b|spot\b|seed\b)\p{Ll})/iu;
const PLACE_NUMBER: Readonly<Record<string, string>> = { second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th', ninth: '9th', tenth: '10th' };

/**
 * Whether `text` says the place in a ranking or order the question asks about ("finished
 * second", "the airport's second runway": "second", "2nd", "runner-up"), or the question asks none.
 */
export function givesAskedPlace(question: string, text: string): boolean {
  const m = ASKED_PLACE_RE.exec(question);
  const place = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!place) return true;
  return new RegExp(`\\b(?:${place}|${PLACE_NUMBER[place] ?? place}${place === 'second' ? '|runner-up|runners-up' : ''})\\b`, 'i').test(text);
}
