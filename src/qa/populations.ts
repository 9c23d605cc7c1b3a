/**
 * A place's population, asked and given: "What is the population of Honduras?", "How many
 * people live in Kosovo?" against "Honduras, a nation of 6 million" or "Kosovo, which has 2
 * million residents"; and a count that is a population, not of people something happened to.
 */
import { isPlaceWord } from './entities.ts';
import { countryTermOf } from './gazetteer.ts';
import { countsThing } from './quantities.ts';

/** "What is the population of X?", "how many people live in X?", "how many residents does X have?". */
const POPULATION_ASKED = String.raw`\bpopulation of\b|\b(?:what|how big) is [^?]*\bpopulation\b|\bhow many (?:people|residents|inhabitants|citizens) `;
export const POPULATION_Q_RE = new RegExp(`${POPULATION_ASKED}(?:live|lived|living|does|do|did|are there)\\b`, 'i');
const NUMBER = String.raw`(?:about |some |nearly |around |roughly |more than |over |almost |an estimated |just under |just over )?\d[\d,.]*(?:\s+(?:million|billion))?`;
/** "population of 4 million", "population stands at 4 million". */
const POPULATION_STATED = String.raw`[Pp]opulation (?:of|is|was|stands at|has grown to|reached)\s+${NUMBER}`;
/** Places a population is given for: "a nation of 22 million". */
const PLACE_NOUNS = 'nation|country|territory|city|town|island|state|province|region|republic|village|capital';
/** How a population is written: "a nation of 22 million", "territory of 800,000 people", "2 million residents", "population of 4 million". */
export const POPULATION_RE = new RegExp(
  String.raw`\b${POPULATION_STATED}|\b(?:${PLACE_NOUNS}) of ${NUMBER}(?:\s+(?:people|inhabitants|residents))?\b|\b(?:has|have|had|with|home to)\s+${NUMBER}\s+(?:people|inhabitants|residents|citizens)\b|\b${NUMBER}\s+(?:inhabitants|residents)\b`,
  'i',
);
/** "How many people live in Kosovo?", "What is the population of Honduras?": asks a place's population, not who something happened to ("How many people did the storm kill?"). */
export const LIVE_IN_Q_RE = new RegExp(`${POPULATION_ASKED}(?:live|lived|living|reside|resided|are there)\\b`, 'i');

/** "Indonesia's 202 million people", "Kosovo's 2 million inhabitants": the owner (group 1) is checked to be a place. */
const PLACE_PEOPLE_RE = new RegExp(String.raw`(?<![\p{L}.-])(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)['’]s?\s+${NUMBER}\s+(?:people|inhabitants|residents|citizens)\b`, 'gu');

/** "the country's" or "the nation's" right before "population". */
const OWN_KIND_BEFORE_RE = /\bthe\s+(?:country|nation)['’]s\s+$/i;

/** POPULATION_RE as a global pattern, made once (matchAll needs the g flag). */
const POPULATION_ALL_RE = new RegExp(POPULATION_RE.source, 'gi');

/** "its 3.4 million people": a population owned by a place named before it in the sentence. */
const ITS_PEOPLE_RE = new RegExp(String.raw`\bits\s+${NUMBER}\s+(?:people|inhabitants|residents|citizens)\b`, 'g');

/**
 * Whether `text` gives the population of the place `names` name (of any place when it names
 * none): "Kosovo, which has 2 million residents", "Honduras, a nation of 6 million", "Indonesia's 202
 * million people"; not "Dili,
 * the seaside capital of the half-island territory of 800,000 people", the population of
 * another place.
 */
export function givesPopulationOf(text: string, names: readonly string[]): boolean {
  // "Indonesia's 202 million people": a place's own count of its people.
  for (const m of text.matchAll(PLACE_PEOPLE_RE)) {
    const owner = m[1] as string;
    if (!isPlaceWord(owner) && countryTermOf(owner) === null) continue;
    if (names.length === 0 || names.some((n) => n.toLowerCase() === owner.toLowerCase())) return true;
  }
  // "Velmora will cut off water ... to the reservoirs that supply its 3.4 million people": the asked place's own, by "its".
  for (const m of text.matchAll(ITS_PEOPLE_RE)) {
    const before = text.slice(0, m.index);
    if (names.some((n) => before.includes(n))) return true;
  }
  for (const m of text.matchAll(POPULATION_ALL_RE)) {
    if (names.length === 0) return true;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    // "the country's population of about 680,000": the population of the country the story is
    // in, when the asked place is a country (its match elsewhere in the passage is the scorer's).
    if (OWN_KIND_BEFORE_RE.test(before) && names.some((n) => countryTermOf(n) !== null)) return true;
    for (const name of names) {
      const at = before.lastIndexOf(name);
      if (at < 0) continue;
      const between = before.slice(at + name.length);
      if (!/\bof\b/i.test(between)) return true;
    }
  }
  return false;
}

/**
 * A count that is a place's population, not of people something happened to: "the Caymans, a
 * British colony of 28,000 people", "to feed its 23 million people", "Honduras' 6 million people".
 * Narrower than POPULATION_RE: "with 300 people aboard" counts people something happened to.
 */
const POPULATION_COUNT_RE = new RegExp(
  String.raw`\b${POPULATION_STATED}|\b(?:${PLACE_NOUNS}|colony) of ${NUMBER}(?:\s+(?:people|inhabitants|residents))?|\b(?:its|their|\p{Lu}[\p{L}.-]*['’]s?)\s+${NUMBER}\s+(?:people|inhabitants|residents|citizens)\b`,
  'gu',
);

/** Whether `text` counts the asked thing other than as a population, when the question does not ask for one. */
export function countsBesidesPopulation(question: string, text: string, counted: string[], modifiers: readonly string[]): boolean {
  if (POPULATION_Q_RE.test(question)) return true;
  const rest = text.replace(POPULATION_COUNT_RE, ' ');
  return rest === text || countsThing(rest, counted, modifiers);
}
