/**
 * Counts whose noun the sentence leaves out: "Most players are due to be paid in November,
 * although a dozen or so had clauses ..." counts players; "the language, which is spoken by
 * 180 million worldwide" counts people. General English, no topic's words.
 */
import { analyze } from './text-analysis.ts';
import { matchesPerText } from './per-text.ts';
import { wordNet } from './wordnet.ts';
import { countsPeopleInGeneral } from './kinds-of-people-counted.ts';

/**
 * A count, then a verb, "or so" or "worldwide" instead of its noun (group 2: that word; or group
 * 3, a past verb the count did, not taken into the match, before a break or a word that starts a
 * phrase: "Only 11 survived,", not "two wounded soldiers"). Not a
 * year, a day of a month ("Sept. 20 was"), a sum of money, or a number after a preposition of comparison ("children under 7 had",
 * "older than 7 had"; "more than 70,000 had gathered" is a count), nor "about" after a word
 * ("talked about 20 had"; ", but about 170 had died" is a count).
 */
const ELLIPTICAL_COUNT_RE = /(?<![$£€\w.,-])(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)(?<!\b(?:under|over|above|below|aged|of|at|to|from)\s+)(?<!\b(?!(?:but|and|or|while|whereas|then)\s)[a-z]+\s+about\s+)(?<!(?<!\b(?:more|fewer|less)\s+)\bthan\s+)(a\s+dozen|dozens|hundreds|thousands|scores|(?!(?:1[5-9]|20)\d\d\b)\d+(?:[,.]\d+)*(?:\s+(?:million|billion))?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)(?:\s+(?:million|billion))?)(?:\s+or\s+so)?\s+(?:(had|have|has|were|are|was|did|do|will|would|could|can|may|might|worldwide)\b|(?=([a-z]{2,}ed)(?:\s*[,.;:]|\s*$|\s+(?:in|on|at|to|and|or|but|when|after|before|by|from|with|as|during|while|because|since|until)\b)))/gi;
const ellipticalCounts = matchesPerText(ELLIPTICAL_COUNT_RE);

/** Whether `text` opens by adding a count to one in the sentence before: "A further 40,000 were soaked". */
export function addsToCountBefore(text: string): boolean {
  const m = /^["“']*(?:A\s+further|Another|An\s+additional|Some\s+other)\s+(?:(?:about|around|nearly|some)\s+)?/.exec(text);
  return m !== null && /^(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds|thousands)\b)/i.test(text.slice(m[0].length));
}

/** Where a count that opens a sentence starts: "Two were pulled ...", "Only 11 survived", "Of those, 40 were freed". */
function openingCountAt(text: string): number {
  return /^["“']*(?:(?:Only|Just|Of\s+(?:those|them|these|the\s+\p{Ll}+),?)\s+)?/u.exec(text)?.[0].length ?? 0;
}

/** Whether one of `counted` is among the sentence's words (`tokens`, read once with the sentence) before offset `at`. */
function namedBefore(tokens: ReturnType<typeof analyze>, at: number, counted: readonly string[]): boolean {
  return tokens.some((t) => t.start < at && counted.includes(t.term));
}

/** One of a whole given by its count alone: "the largest of the three that serve the city", "one of the five". */
const WHOLE_OF_RE = /\b(?:\p{Ll}+est|first|last|one|two|three|four|five|six|some|many|most|all|none|each)\s+of\s+(?:the|its|their)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b(?!\s+(?:\p{Ll}+s|percent|million|billion|thousand)\b)/gu;

/**
 * Whether `text` counts the whole that what it named before belongs to ("The Santa Irene
 * reservoir, the largest of the three that serve the city" counts reservoirs), with one of the
 * question's other words (`asked`) within a few words after the count.
 */
function countsWholeOfNamed(text: string, counted: readonly string[], asked: readonly string[]): boolean {
  for (const m of text.matchAll(WHOLE_OF_RE)) {
    const end = m.index + m[0].length;
    const tokens = analyze(text);
    const after = new Set(tokens.filter((t) => t.start >= end).slice(0, NEAR).map((t) => t.term));
    if (namedBefore(tokens, m.index, counted) && asked.some((t) => !counted.includes(t) && after.has(t))) return true;
  }
  return false;
}

/**
 * A new total said with the thing left out: "added 40 trucks to its fleet, bringing it to 160",
 * "raising the total to 52", "taking the number of ... to 300".
 */
const NEW_TOTAL_RE = /\b(?:bringing|raising|taking|pushing|lifting)\s+(?:it|them|the\s+(?:total|number|tally|count|figure)|(?:its|their|the)\s+\p{Ll}+)\s+(?:of\s+[^,;]{1,40}?\s+)?to\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+|some\s+)?\d+(?:[,.]\d+)*(?:\s+(?:million|billion))?(?![\d%])(?!\s*(?:percent|per\s+cent))/gu;

/** The new total `text` gives of what it counted before it ("160" of "added 40 trucks to its fleet, bringing it to 160" for trucks), or null. */
export function newTotalOf(text: string, counted: readonly string[]): string | null {
  for (const m of text.matchAll(NEW_TOTAL_RE)) {
    if (namedBefore(analyze(text), m.index, counted)) return /\d+(?:[,.]\d+)*(?:\s+(?:million|billion))?$/.exec(m[0])?.[0] ?? null;
  }
  return null;
}

/** A question about the whole world, which a worldwide count answers. */
const WORLD_Q_RE = /\b(?:world|worldwide|globally|global)\b/i;

/** Words after the count in which the question's own words must be met. */
const NEAR = 5;

/**
 * Whether `text` gives a count with no noun of what a question counts: `counted` are its
 * counted terms, `asked` its other terms, one of which must stand within a few words after the
 * count ("a dozen or so had clauses"), or just before it as a passive's agent ("spoken by 180
 * million"), so that "Many people were beaten and hundreds were
 * detained" does not count those beaten. The noun is said earlier in the sentence, or the
 * question counts people in general, or the sentence opens with the count, or by adding to one,
 * of what the sentence before named (`countedBefore`: "Two were pulled ...", "A further 40,000
 * were soaked").
 */
export function countsLeftUnnamed(text: string, counted: readonly string[], asked: readonly string[], question: string, countedBefore = false): boolean {
  if (countsWholeOfNamed(text, counted, asked)) return true;
  let tokens: ReturnType<typeof analyze> | null = null;
  for (const m of ellipticalCounts(text)) {
    if (m[2]?.toLowerCase() === 'worldwide' && !WORLD_Q_RE.test(question)) continue;
    // The sentence's words, read once (and cached with it), split at the count.
    tokens ??= analyze(text);
    const end = m.index + m[0].length;
    const before = tokens.filter((t) => t.start < m.index).map((t) => t.term);
    const after = tokens.filter((t) => t.start >= end).map((t) => t.term);
    // The words after the count are what it did or had; a passive's agent has them before ("spoken by 180 million").
    const agent = /\bby\s+$/i.test(text.slice(0, m.index));
    const near = new Set([...(agent ? before.slice(-2) : []), ...after.slice(0, NEAR)]);
    if (!asked.some((t) => !counted.includes(t) && near.has(t))) continue;
    if (countsPeopleInGeneral(counted) || counted.some((c) => before.includes(c))) return true;
    // "... about 12,000 volumes were destroyed. A further 40,000 were soaked": more of what the sentence before counted.
    // "A crew of six road workers was filling potholes ... Two were pulled from the water": a
    // sentence that opens with the bare count is some of what the sentence before counted.
    if (countedBefore && (addsToCountBefore(text) || m.index === openingCountAt(text))) return true;
    // "21 injured when ..." with no noun for how many Israelis: a bare past verb counts people in general only.
    if (m[3] !== undefined) continue;
    // "How many fans gathered outside?": "holds 55,000 people, but ... more than 70,000 had
    // gathered outside" counts people, which fans are (WordNet).
    if (countsPeopleInGeneral(before) && countsPeople(question, counted)) return true;
  }
  return false;
}

/** Whether the question's counted words (those of `counted` terms) name a kind of person ("fans", "inmates"). */
function countsPeople(question: string, counted: readonly string[]): boolean {
  const wn = wordNet();
  return wn !== null && analyze(question).some((t) => counted.includes(t.term) && /^[a-z]{3,}$/.test(t.word) && wn.isPersonNoun(t.word, false));
}
