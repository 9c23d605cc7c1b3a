/**
 * "How many people were aboard?" is answered by a count of a kind of person: "about 200 crew and
 * passengers", "41 soldiers and two civilians had been arrested". Which nouns are people is
 * WordNet's (a noun whose commonest senses are persons), so no topic's words are here.
 */
import { STOP_WORDS, termOf } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** Counted nouns that stand for people in general. */
const PEOPLE_TERMS = new Set(['people', 'person', 'persons'].map((w) => termOf(w) ?? w));

/** A count (group 1), then what follows it. Not a sum of money or a part of a number. */
const COUNT_RE = /(?<![$£€\p{L}\d.,-])(\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\s+/gu;

/** The words that may name what a count counts: up to three, up to a comma or other break. */
const NEXT_WORDS_RE = /^(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+/u;

/** Words that part a count from a later noun, so that the noun is not what is counted ("200 tons of", "11 in the"). */
const PARTING_WORDS = new Set(['of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'the', 'a', 'an', 'than', 'who', 'which', 'that']);

/** Units of time, which a count measures rather than modifies ("three weeks"). */
const TIME_UNIT_RE = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)$/;

/** Whether the question counts people in general (its counted terms, `counted`). */
export function countsPeopleInGeneral(counted: readonly string[]): boolean {
  return counted.some((c) => PEOPLE_TERMS.has(c));
}

/** Whether `text` counts some kind of person ("200 crew and passengers", "41 soldiers"), which a count of people is. */
export function countsKindOfPeople(text: string): boolean {
  const wn = wordNet();
  if (wn === null) return false;
  for (const m of text.matchAll(COUNT_RE)) {
    if (/^(?:1[5-9]|20)\d\d$/.test(m[1] as string)) continue;
    const [first, second, third] = (NEXT_WORDS_RE.exec(text.slice(m.index + m[0].length))?.[0] ?? '').split(/\s+/);
    if (first === undefined || PARTING_WORDS.has(first)) continue;
    const person = (w: string | undefined): boolean => w !== undefined && w.length > 2 && wn.isPersonNoun(w, false);
    if (person(first)) return true;
    // "two wounded soldiers": an adjective, then the noun.
    // ... or a noun that says which: "two aid workers", "three foreign aid workers".
    // Not a stretch of time ("three weeks while engineers ...") nor a function word.
    const modifier = (w: string | undefined): boolean => w !== undefined && !PARTING_WORDS.has(w) && !STOP_WORDS.has(w) && !TIME_UNIT_RE.test(w) && (wn.lemmas(w, 'adj').length > 0 || wn.lemmas(w, 'noun').length > 0);
    if (modifier(first) && person(second)) return true;
    if (modifier(first) && modifier(second) && person(third)) return true;
    // "200 crew and passengers": a group's noun and a person's share the count.
    if (second === 'and' && wn.isGroupNoun(first) && person(third)) return true;
  }
  return false;
}
