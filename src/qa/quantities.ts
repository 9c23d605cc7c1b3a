/**
 * Checks that a sentence holds the number a quantity question asks for: a number that counts
 * the asked-about thing ("thousands of fighters", "a 115-boat fleet", "its staff of 13"), an
 * amount of money or a share, a measure with a unit ("the 600-kilometer border"), or a
 * person's age next to their name. A place's population is told from other counts of people
 * in populations.ts.
 */
import { COUNTRY_GROUPS, countryTermOf, CURRENCY_WORDS, DEMONYMS } from './gazetteer.ts';
import { analyze, escapeRegExp, STOP_WORDS, termOf } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';
import { matchesPerText, perText } from './per-text.ts';
import { isPastForm } from './question-type.ts';

/** A number with a unit of length, weight, area or time: "600-kilometer", "50-foot", "44,000 pounds", "12-day". */
const NUMBER_OR_WORD = '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?:\\s+(?:million|billion|thousand|hundred))?';
/** A distance or size: "500 kilometers", "a 32-square mile area", "3,000 feet". */
export const LENGTH_RE = new RegExp(`\\b${NUMBER_OR_WORD}(?:\\s|-)?(?:kilomet(?:er|re)s?|km|miles?|nautical miles?|feet|foot|ft|(?:centi|milli)?met(?:er|re)s?|cm|mm|yards?|inch(?:es)?|square|stor(?:y|ey|ies))\\b`, 'i');
/** A speed: "17,500 mph", "80 knots", "100 kilometers per hour", "30 meters an hour", "2 feet a day". */
export const SPEED_RE = new RegExp(`\\b${NUMBER_OR_WORD}(?:\\s|-)?(?:mph|kph|km/h|kmh|knots?|(?:miles|(?:kilo|centi|milli)?met(?:er|re)s|feet|yards|inches) (?:an?|per) (?:second|minute|hour|day|week|year))(?![\\p{L}])`, 'iu');
/** An earthquake's strength: "6.8 on the Richter scale", "magnitude 6.8", "a magnitude-7 quake". */
export const MAGNITUDE_RE = /\b\d(?:\.\d)?\s+on the Richter scale\b|\bmagnitude[\s-]+\d(?:\.\d)?\b|\b\d(?:\.\d)?[\s-]+magnitude\b|\b(?:measuring|measured|registering|registered)\s+\d\.\d\b(?!\s*(?:percent|%|[a-z]))/i;
/** How strong: a speed ("winds of 80 knots") or a magnitude. */
export const STRENGTH_RE = new RegExp(`${SPEED_RE.source}|${MAGNITUDE_RE.source}`, 'iu');
/** How fast something goes or grows: a speed, or a rate in percent ("growing at more than 8 percent a year"). */
export const RATE_RE = new RegExp(`${SPEED_RE.source}|\\b\\d[\\d,.]*\\s*(?:%|percent|per cent)`, 'iu');
/** A weight: "700 tons", "4 kilograms". */
export const WEIGHT_RE = new RegExp(`\\b${NUMBER_OR_WORD}(?:\\s|-)?(?:pounds?|lbs?|tons?|tonnes?|kilograms?|kg|grams?|ounces?)\\b`, 'i');
export const MEASURE_RE = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?:\s|-)?(?:kilomet(?:er|re)s?|km|miles?|nautical miles?|feet|foot|ft|met(?:er|re)s?|yards?|inch(?:es)?|pounds?|lbs?|tons?|tonnes?|kilograms?|kg|acres?|hectares?|square|mph|kph|knots?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|stor(?:y|ey|ies)|pages?)\b/i;
/** An amount of money, a share or a ratio ("9-to-1"); "dlrs 400,000" is how newswires write dollars. */
/** A price written before the thing priced, and that noun: "the $2.4 billion station", "a dlrs 400 million loan". */
const PRICE_BEFORE_RE = /(?:[$€£¥]\s*|\bdlrs\.?\s*)\d[\d,.]*(?:\s+(?:million|billion|trillion))?((?:\s+[\p{Ll}-]{3,}){1,3})/gu;

/** Whether `text` prices a thing the question asks about by writing the price before it ("the $2.4 billion station"): it says what that thing costs. */
export function pricedBefore(text: string, asks: (word: string) => boolean): boolean {
  // The noun may follow modifiers: "a $300 million weather satellite".
  for (const m of text.matchAll(PRICE_BEFORE_RE)) {
    for (const w of (m[1] as string).trim().split(/\s+/)) {
      // The noun phrase ends at a function word: "a $5 million reward for bin Laden's arrest" prices the reward.
      if (/^(?:for|of|to|in|on|at|by|with|from|and|or|the|an?|that|which|who|was|were|is|are)$/.test(w)) break;
      if (asks(w)) return true;
    }
  }
  return false;
}

/**
 * A sum of money, the whole of it: "$142 million", "dlrs 400,000", "200 million crowns", "5
 * billion euros", "12 million kwacha" (every country's currency, from the gazetteer).
 */
/** A currency's word: "dollars", "euros", "kwacha" (every country's currency, from the gazetteer). */
const CURRENCY_NAMES = String.raw`dollars?|euros?|pounds|yen|yuan|roubles?|rubles?|marks|francs|crowns|kroner|pesos|rupees|ringgit|lire|(?:${CURRENCY_WORDS.join('|')})s?`;
/** Whose currency it is, between the number and the currency: "Swedish crowns", "New Zealand dollars" (a demonym or a country's name). */
const CURRENCY_OWNERS = [...new Set([...DEMONYMS, ...COUNTRY_GROUPS.map((g) => g[0] as string)])].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const MONEY_SOURCE = String.raw`(?:[$€£¥]\s*|\bdlrs\.?\s*)\d[\d,.]*(?:\s+(?:million|billion|trillion))?|\b\d[\d,.]*\s*(?:million|billion|trillion)?\s*(?:(?:${CURRENCY_OWNERS})\s+)?(?:${CURRENCY_NAMES})\b`;
/** Whether a text has a sum of money. */
export const CURRENCY_RE = new RegExp(MONEY_SOURCE, 'iu');
/** Every sum of money in a text (global: for matchAll). */
export const MONEY_RE = new RegExp(MONEY_SOURCE, 'giu');
/** Whether a text gives a sum of money (CURRENCY_RE), found once per text: the test runs over its long list of currency owners. */
export const hasCurrency = perText((text: string): boolean => CURRENCY_RE.test(text));
/** Every sum of money in a text (MONEY_RE's matches), found once per text. */
export const sumsIn = matchesPerText(MONEY_RE);
/**
 * Whether the words between a number and the counted noun (`between`) set it apart from the
 * asked kind: "five gold medals" for "How many silver medals". A word in lower case there that
 * is none of the question's `modifiers`, when the question has some.
 */
function countsOthers(between: string, modifiers: readonly string[]): boolean {
  if (modifiers.length === 0) return false;
  const words = between.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? [];
  // A country's words split apart ("300 U.S. companies": "u", "s"), the country does not.
  const country = countryTermOf(between.trim());
  if (country !== null && modifiers.some((m) => countryTermOf(m) === country)) return false;
  return !words.some((w) => modifiers.includes(w)) && words.some((w) => !STOP_WORDS.has(w) && !/^(?:million|billion|thousand|hundred|more|other|new|additional|extra)$/.test(w));
}

export const AMOUNT_RE = /[$€£¥]\s*\d|\bdlrs\.?\s*\d|\b\d[\d,.]*\s*(?:%|percent|per\s+cent)|\b(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|hundreds|thousands|millions|billions)\s+(?:of\s+)?(?:(?:million|billion|trillion)\s+)?(?:dollars?|euros?|pounds|yuan|yen|roubles?|rubles?|marks|francs|billion|million|trillion)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]to[- ](?:\d+|one)\b/i;
/**
 * Whether `text` gives a sum: AMOUNT_RE's currencies and shares, a sum in any currency the
 * gazetteer knows ("400,000 kroner", CURRENCY_RE), or a number before a noun
 * WordNet puts under "monetary unit", maybe after a capitalised adjective ("6.56 French francs",
 * "40 million pesos"), whatever the currency.
 */
export function givesAmount(text: string): boolean {
  return AMOUNT_RE.test(text) || hasCurrency(text) || givesMoneyUnit(text);
}

/**
 * A figure said to be a cost or price, whatever its currency's word: "at a cost of about 12
 * million kronor", "costing 40,000 dinars", "priced at 3,000 lei" (a plural WordNet may not know).
 */
export const COST_FIGURE_RE = /\b(?:(?:at\s+)?a\s+(?:total\s+)?(?:cost|price)\s+of|cost(?:s|ing)?|priced\s+at)\s+(?:(?:about|around|some|nearly|almost|roughly|over|up\s+to|more\s+than|less\s+than|at\s+least)\s+)?\d/i;

/** Whether `text` has a number before a WordNet monetary unit ("500 lire", "20 million rupees"). */
export function givesMoneyUnit(text: string): boolean {
  const wn = wordNet();
  if (wn === null) return false;
  for (const m of text.matchAll(NUMBER_THEN_NOUN_RE)) if (wn.isKindOf(m[1] as string, 'monetary_unit')) return true;
  return false;
}
/** Whether `text` has a number before a WordNet unit of measurement ("29,400 megawatts", "9 kilograms"). */
export function givesMeasureUnit(text: string): boolean {
  const wn = wordNet();
  if (wn === null) return false;
  for (const m of text.matchAll(NUMBER_THEN_NOUN_RE)) {
    const word = (m[1] as string).toLowerCase();
    if ([word, ...wn.lemmas(word, 'noun')].some((u) => wn.isKindOf(u, 'unit'))) return true;
  }
  return false;
}

/**
 * A multiple: "30 times more likely", "three times the usual price", "twice as many", "double
 * the cost". It answers "How much more ...?", and a multiple of a price says what a thing cost.
 */
export const MULTIPLE_RE = /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|several|many)\s+times\b|\b(?:twice|double|triple|treble|half)\s+(?:as|the|its|their|that)\b/i;
/** A multiple of a price: "at nearly three times the usual price", "double the normal rate". */
export const PRICE_MULTIPLE_RE = new RegExp(`(?:${MULTIPLE_RE.source})\\s+(?:(?:the|its|their|that)\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:price|cost|rate|fare|tariff|value)s?\\b`, 'iu');
const NUMBER_THEN_NOUN_RE = /\b\d[\d,.]*(?:\s+(?:million|billion|trillion))?\s+(?:\p{Lu}\p{Ll}+\s+|(?:cubic|square)\s+)?(\p{Ll}{2,})\b/gu;
const NUMBER_WORD_RE = /^(?:\d[\d,.]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|scores)$/;

/** "the number of birds", "the total of ...", "the number of tracked pieces": what is counted (captured: the word after "of", and the one after that). */
const NUMBER_OF_RE = /\b(?:number|total|count|tally)\s+of\s+([\p{L}-]+)(?:\s+(\p{Ll}[\p{L}-]*))?/giu;
/** ... then, in the same clause, the figure it went to or stood at. */
const FIGURE_AFTER_RE = /^[^.;]*?\b(?:to|at|reached|stood at|is|was|rose to|fell to)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\d/iu;

/**
 * Whether `text` gives the size of the whole of the counted thing (`want`, its terms): "the
 * number of counties ... from 171 to 145", "the IOC members _ currently numbering 115 _", "its
 * staff, which now totals 40".
 */
export function numbersWhole(text: string, want: ReadonlySet<string>): boolean {
  // "cut the number of counties to which the WFP has access from 171 to 145": a number of the
  // thing, then the figures it went to.
  // Each "number of" on its own: "the number of outbreaks to three and the number of birds to be culled to about 2.1 million".
  const wanted = (w: string | undefined): boolean => w !== undefined && want.has(termOf(w.toLowerCase()) ?? '');
  for (const m of numberOfPhrases(text)) {
    // The figure comes after the counted word: "the number of suspects to 13" (not after "to").
    const first = m[1] as string;
    const after = wanted(first) ? m.index + m[0].indexOf(first) + first.length : wanted(m[2]) ? m.index + m[0].length : -1;
    if (after >= 0 && FIGURE_AFTER_RE.test(text.slice(after))) return true;
  }
  // "the IOC members _ currently numbering 115 _", "its staff, which now totals 40": the thing, then its count.
  const numbering = numberedThing(text);
  return numbering !== null && want.has(numbering);
}

/** The text's "number of X" phrases (question-free, so read once per sentence). */
const numberOfPhrases = matchesPerText(NUMBER_OF_RE);
/** "the IOC members _ currently numbering 115 _": the term of the thing numbered, or null. */
const numberedThing = perText((text: string): string | null => {
  const m = /\b(?:number|total)/i.test(text) ? NUMBERING_RE.exec(text) : null;
  return m === null ? null : (termOf((m[1] as string).toLowerCase()) ?? '');
});
/** "refugees, tens of thousands of whom ...": the term of the noun counted after it, or null. */
const countedBeforeOfWhom = perText((text: string): string | null => {
  const m = OF_WHOM_RE.exec(text) ?? OF_WHICH_THERE_ARE_RE.exec(text);
  return m === null ? null : (termOf((m[1] as string).toLowerCase()) ?? '');
});
/** A number written in a word or a compound ("115-boat"), with where it stands: the words countsThing reads on from. */
const COMPOUND_COUNT_RE = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)-(\p{L}+)$/iu;
/** A word of `text` that countsThing reads on from: a compound's counted term, and whether the word is a number itself ("twenty-one" is both). */
interface NumberWord {
  word: string;
  index: number;
  compound: string | null;
  number: boolean;
}
const numberWordsOf = perText((text: string): NumberWord[] => {
  const out: NumberWord[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const compound = COMPOUND_COUNT_RE.exec(m[0]);
    const number = NUMBER_WORD_RE.test(m[0].toLowerCase()) && !/^an?$/i.test(m[0]);
    if (compound || number) out.push({ word: m[0], index: m.index, compound: compound ? (termOf((compound[1] as string).toLowerCase()) ?? '') : null, number });
  }
  return out;
});

/**
 * Whether a number in `text` counts one of `counted`: within the next four words ("thousands
 * of fighters", "four US officials", "200 North Koreans", a multi-word name read as one), or
 * right after it as "X of N" ("its staff of 13").
 */
export function countsThing(text: string, counted: string[], modifiers: readonly string[] = []): boolean {
  const want = new Set(counted);
  if (numbersWhole(text, want)) return true;
  const toks = analyze(text);
  // "refugees, tens of thousands of whom are living in the hills": the noun, then its count.
  const ofWhom = countedBeforeOfWhom(text);
  if (ofWhom !== null && want.has(ofWhom)) return true;
  // "How many times has it ...?" is answered by an ordinal: "it was the third time that ...".
  if (want.has(TIME_TERM) && ORDINAL_TIME_RE.test(text)) return true;
  // ... and by a count of times in one word: "the launch had been scrubbed twice".
  if (want.has(TIME_TERM) && /\b(?:once|twice|thrice)\b/i.test(text)) return true;
  for (const m of numberWordsOf(text)) {
    // "a 115-boat fleet", "a 12-man crew": the number and what it counts in one word.
    // ... but not "the 114-game preseason" for "How many regular-season games": a head noun
    // after it that is none of the question's modifiers makes them another kind's.
    // ... in words too: "the three-party coalition", "a five-member panel".
    if (m.compound !== null && want.has(m.compound) && !countsOthers(/^\s+[\p{Ll}-]+/u.exec(text.slice(m.index + m.word.length))?.[0] ?? '', modifiers)) return true;
    if (!m.number) continue;
    if (/^(?:1[89]\d\d|20\d\d)$/.test(m.word)) {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      // "By 2000 there will be homes": a year after a time preposition counts nothing.
      if (/\b(?:by|in|since|until|till|before|after|from|of|during)\s+$/i.test(before)) continue;
      // "the winner of the 1998 Nobel Literature Prize", "the 2002 Games": a year naming which one.
      if (/^\s+\p{Lu}/u.test(text.slice(m.index + m.word.length)) || /(?:\b(?:the|its|his|her|their)|['’]s)\s+$/i.test(before)) continue;
    }
    const end = m.index + m.word.length;
    const after = text.slice(end);
    // "killing one East Timorese and wounding 22 others": people, counted after others of them.
    if (want.has(PEOPLE_TERM) && /^\s+others\b/.test(after)) return true;
    // "11.2 million wireless and 2.4 million home internet customers": two counts share the noun
    // after the second, when only the question's modifiers or adjectives stand between the first and "and".
    const shared = SHARED_NOUN_RE.exec(after);
    if (shared && (shared[1] as string).trim().split(/\s+/).every((w) => modifiers.includes(w) || wordNet()?.lemmas(w, 'noun').length === 0) && analyze(shared[2] as string).some((t) => want.has(t.term))) return true;
    // Up to four words on, not past a clause boundary ("21 injured when an explosives-rigged car");
    // the two words of a part ("five of its small imaging satellites") do not count among them.
    const next4 = ((PARTITIVE_AFTER_RE.test(after) ? NEXT_SIX_RE : NEXT_FOUR_RE).exec(after)?.[0] ?? '').split(CLAUSE_BREAK_RE)[0] ?? '';
    // "one day commands players", "two years later": a number of days or years counts time.
    const unit = TIME_UNIT_AFTER_RE.exec(after)?.[1]?.toLowerCase();
    if (unit !== undefined && !want.has(termOf(unit) ?? unit)) continue;
    // "bought for about 1.50 euros a bottle", "$80 a barrel": a sum of money, a price of the noun after it, no count of it.
    const currency = CURRENCY_AFTER_RE.exec(after)?.[1]?.toLowerCase();
    if ((currency !== undefined && !want.has(termOf(currency) ?? currency)) || /(?:[$€£¥]|\bdlrs\.?)\s*$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const hits = toks.filter((t) => t.start >= end && t.start < end + next4.length && want.has(t.term));
    const hit = hits[0];
    // "How many silver medals ...?": "five gold medals" counts others of the thing.
    // "seven times to greet planes", "four years between votes": the number counts another
    // noun, which a preposition parts from the asked one.
    // "one more passenger plane" counts planes, which the asked word only modifies (but "120
    // Yugoslav army armored vehicles" counts the army's vehicles the question asks about).
    // "46 percent of Danes" is a share of them, not how many.
    // "a town with one main street, scattered houses and ...": a comma ends what the number counts.
    if (hit && !/[,;:]/.test(text.slice(end, hit.start)) && !countsOthers(text.slice(end, hit.start), modifiers) && !PREPOSITION_BETWEEN_RE.test(text.slice(end, hit.start)) && !SHARE_BETWEEN_RE.test(text.slice(end, hit.start)) && hits.some((h) => !modifiesNoun(h.word, text.slice(h.end)))) return true;
    // "its staff of 13": only when nothing after the number says what it counts
    // ("a country of 10 million people" counts people, not countries).
    const before = /(\S+)\s+of\s+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!before || !want.has(termOf((before[1] as string).toLowerCase().replace(/[^\p{L}\p{N}'’-]+/gu, '')) ?? '')) continue;
    const nextWord = /^\s+(?:(?:million|billion|thousand|hundred)\s+)?([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
    if (nextWord === undefined || STOP_WORDS.has(nextWord) || /^(?:out|off|up|down|away|into|over|across|from|to|in|on|at|for|with|by)$/.test(nextWord)) return true;
    // "the bodies of 10 people": one of the thing for each person counted (not "a country of 10 million people").
    const thing = (before[1] as string).toLowerCase();
    const wn = wordNet();
    if (wn && (nextWord === 'people' || wn.isPersonNoun(nextWord, false)) && !wn.isPersonNoun(thing, false) && !wn.isGroupNoun(thing) && !wn.isWhereNoun(thing)) return true;
  }
  return false;
}

/** "of its", "of the": a count of some of a whole, right after the number. */
const PARTITIVE_AFTER_RE = /^\s+of\s+(?:the|its|their|these|those)\s/i;
const NEXT_FOUR_RE = /^(?:\s*\S+){0,4}/u;
const NEXT_SIX_RE = /^(?:\s*\S+){0,6}/u;

/** A count in figures or words, as the part, plan and acted-on counts below read it. */
const SMALL_COUNT = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)`;
/** ... and with "millions": "millions of Russians will take to the streets". */
const COUNT_WORD = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens)`;
/** A rough figure's lead-in: "at least 10", "more than 200". */
const ABOUT = String.raw`(?:at least\s+|about\s+|some\s+|nearly\s+|more than\s+)?`;
/** Blanks a match out, keeping the text's offsets. */
const blank = (m: string): string => ' '.repeat(m.length);

/**
 * A number that is the object of a plan, hope or forecast: "hopes to send by ship up to 2,000
 * tourists", "plans to hire 500 workers", "will deploy 300 troops"; not a count in a noun
 * phrase on the way ("will be added to the fleet of three aircraft"), nor things already had
 * ("would keep funding its 14 existing wells", "will close the 30 stores").
 */
const PLAN_WORDS = String.raw`(?:hope[sd]?|hoping|plan(?:s|ned|ning)?|expect(?:s|ed|ing)?|aim(?:s|ed|ing)?|want(?:s|ed|ing)?|intend(?:s|ed|ing)?|propos(?:es|ed|ing)|would|will)`;
/** A question about a plan or forecast itself: "How many tourists does Hyundai hope to send?", "How much rain was forecast?". */
const PLAN_Q_RE = new RegExp(String.raw`\b(?:${PLAN_WORDS}|forecasts?|forecasted|predict(?:s|ed)?|project(?:s|ed))\b`, 'i');
const PLANNED_RE = new RegExp(String.raw`\b${PLAN_WORDS}\s+(?:to\s+)?(?:[\p{L}-]+\s+){1,5}?(?<!\b(?:of|its|their|his|her|our|the)\s+)(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b)`, 'giu');

/**
 * A count, then a verb still to come: "millions of Russians will take to the streets"; or one
 * only forecast: "up to 15 inches (38 centimeters) of rain was forecast".
 */
const PLANNED_AFTER_RE = new RegExp(String.raw`(?<!\bfrom\s+)\b${COUNT_WORD}\b(?:\s+(?:[\p{L}'’-]+|\([^()]{0,40}\))){1,6}?\s+(?:will|are to|is to|are expected to|plan to|plans to|hope to|(?:was|were|is|are)\s+(?:forecast|predicted|projected|expected)\b)`, 'giu');
/** A question about what was to be or must be: "How many planes were to come in ...?", "How many families must move?". */
const TO_BE_Q_RE = /\b(?:is|are|was|were)\s+to\b|\b(?:must|should|ha(?:ve|s)\s+to|needs?\s+to)\b/i;
/**
 * A count in a question left open: "decides Monday whether more than 200 players ... should be
 * paid"; not a known number of things the question is about ("whether any of the 160 settlements
 * are endangered").
 */
const WHETHER_COUNT_RE = new RegExp(String.raw`\b(?:whether|if|unless)\s+(?:[\p{L}-]+\s+){0,4}?(?<!\bthe\s+)${COUNT_WORD}\b(?:\s+[\p{L}'’-]+){0,5}`, 'giu');

/** Whether every count of the asked thing in `text` is one planned or hoped for, not one that came about. */
export function countsOnlyPlanned(question: string, text: string, counted: string[], modifiers: readonly string[]): boolean {
  if (PLAN_Q_RE.test(question) || TO_BE_Q_RE.test(question)) return false;
  const rest = text.replace(PLANNED_RE, blank).replace(PLANNED_AFTER_RE, blank).replace(WHETHER_COUNT_RE, blank);
  return rest !== text && !countsThing(rest, counted, modifiers);
}

/** A word that points a sentence to what is still to come: "will", "plans", "next week". */
const FUTURE_WORD_RE = /\b(?:will|would|shall|plans?|planned|planning|expects?|expected|intends?|hopes?|is to|are to|due to|next|upcoming|coming)\b/i;

/**
 * Whether every count of the asked thing in `text` is of something already done, for a
 * question about what is to come: "a dispute over 500 cattle donated by Chung during a trip in
 * June" does not say how many he will take next time. A count is done when a past verb stands
 * right before its number ("donated 500 cattle") or right after its noun ("500 cattle
 * donated"), in a sentence with no word of what is to come.
 */
export function countsOnlyDone(text: string, counted: string[], modifiers: readonly string[], isPast: (word: string) => boolean): boolean {
  if (FUTURE_WORD_RE.test(text) || !countsThing(text, counted, modifiers)) return false;
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N},.'’-]*/gu) ?? [];
  const want = new Set(counted);
  let done = false;
  for (let i = 0; i < words.length; i++) {
    if (!/^\d/.test(words[i] as string) && !/^(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/i.test(words[i] as string)) continue;
    const at = words.slice(i + 1, i + 5).findIndex((w) => want.has(termOf(w.toLowerCase().replace(/[,.]+$/, '')) ?? ''));
    if (at < 0) continue;
    const before = (words[i - 1] ?? '').toLowerCase();
    const after = (words[i + 2 + at] ?? '').toLowerCase().replace(/[,.]+$/, '');
    if (!(isPast(before) || isPast(after))) return false;
    done = true;
  }
  return done;
}

/** "How many members does the IOC have?", "How many gunmen were there in all?": a question for a whole's count. */
const TOTAL_Q_RE = /^\s*how many\b[^?]*\b(?:does|do|did)\b[^?]*\bhave\b|^\s*how many\b[^?]*\b(?:(?:were|are|was|is)\s+there|in (?:all|total)|altogether)\b/i;
/**
 * A count of a part, with what it counts: "two of the gunmen", "four agents, including one IOC member", "one of only
 * four IOC members with life membership"; or a bare count where something happened, after a
 * noun or verb ("a recount in four provinces"), where the whole's count would be definite
 * ("its 26 provinces", "all 26 provinces").
 */
const PART_COUNT_RE = new RegExp(String.raw`\b${SMALL_COUNT}\s+of\s+(?:the|its|their|his|her|these|those)\s+(?!${SMALL_COUNT}\b)[\p{L}-]+|\b(?:including|includes|among them|of whom|of which|one of(?: only)?|two of|three of|(?<=\p{Ll}{3,}\s+)(?:in|at|across)(?:\s+only|\s+just)?)\s+${SMALL_COUNT}\b(?:\s+[\p{L}-]+){0,4}`, 'giu');

/** A count right after a verb in the past that acts on what it counts: "arrested 10 members and sympathizers" are some of the members. */
const ACTED_ON_COUNT_RE = new RegExp(String.raw`\b(\p{Ll}{3,}ed)\s+${ABOUT}${SMALL_COUNT}\b(?:\s+[\p{L}-]+){0,4}`, 'gu');
/** ... or a count that a passive verb then acts on: "at least 10 party members or supporters ... have been detained". */
const PASSIVE_COUNT_RE = new RegExp(String.raw`\b${ABOUT}${SMALL_COUNT}\b(?:\s+[\p{L}-]+){1,10}?\s+(?:have been|has been|had been|were|was)\s+\p{Ll}+(?:ed|en)\b`, 'gu');
/** Past verbs that give a whole's count: "numbered 115 members", "totaled 40". */
const HAVING_VERB = /^(?:numbered|totaled|totalled|boasted|counted|listed|reached|topped|exceeded|surpassed)$/;

/**
 * Whether a count after a verb is an amount in a unit of measure ("burned 6,800 hectares",
 * "walked 12 miles"): an amount of the whole, not some members of a group ("arrested 10 members").
 */
function measuresAmount(afterVerb: string): boolean {
  const m = MEASURE_RE.exec(afterVerb);
  return m !== null && /^\s*(?:\p{Ll}+\s+){0,2}$/u.test(afterVerb.slice(0, m.index));
}

/** Whether every count of the asked thing in `text` is of a part, for a question about the whole's count. */
export function countsOnlyPart(question: string, text: string, counted: string[], modifiers: readonly string[]): boolean {
  if (!TOTAL_Q_RE.test(question)) return false;
  // "How many birds have been killed in total?": a count the question's own verb acts on is the total asked ("2.3 million birds have been killed").
  const asked = new Set(analyze(question).map((t) => t.term));
  const askedVerb = (verb: string): boolean => asked.has(termOf(verb) ?? '');
  const rest = text
    .replace(PART_COUNT_RE, blank)
    .replace(ACTED_ON_COUNT_RE, (m, verb: string) => (HAVING_VERB.test(verb) || measuresAmount(m.slice(verb.length)) || askedVerb(verb) ? m : blank(m)))
    // ... and so is one that does the question's verb before a passive of another ("The remaining 186 whales died on the beach or were euthanised").
    .replace(PASSIVE_COUNT_RE, (m) => (askedVerb(/(\p{Ll}+)$/u.exec(m)?.[1] ?? '') || analyze(m).some((t) => asked.has(t.term) && !counted.includes(t.term) && /^\p{Ll}+(?:ed|en)$/u.test(t.word)) ? m : blank(m)));
  return rest !== text && !countsThing(rest, counted, modifiers);
}

/** A noun, then a verb that gives its count: "members _ currently numbering 115", "staff, which totals 40". */
const NUMBERING_RE = /\b([\p{L}-]+)(?:\s*[_,—–(]+\s*|\s+)(?:which\s+|who\s+)?(?:currently\s+|now\s+|then\s+)?(?:number(?:s|ed|ing)|total(?:s|ed|led|ing|ling))\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|more than\s+)?\d/iu;

/** A unit of time right after a number: "one day", "two years", "three times". */
const TIME_UNIT_AFTER_RE = /^\s+(seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|times)\b/i;
/** A currency right after a number (past "million"): "1.50 euros", "12 million kwacha". */
const CURRENCY_AFTER_RE = new RegExp(String.raw`^\s*(?:(?:million|billion|trillion)\s+)?(${CURRENCY_NAMES})\b`, 'iu');

/** A noun, then a count of it as "N of whom / which": "refugees, tens of thousands of whom ...". */
/** After a count: a scale word, a modifier or two (group 1), "and" / "or" and a second count, then the words of the noun both share (group 2). */
const SHARED_NOUN_RE = /^(?:\s+(?:million|billion|thousand))?((?:\s+[\p{Ll}-]+){1,2})\s+(?:and|or)\s+(?:about\s+|some\s+|nearly\s+)?\d[\d,.]*(?:\s+(?:million|billion|thousand))?((?:\s+[\p{Ll}-]+){1,4})/u;
const OF_WHOM_RE = /\b([\p{L}-]+),\s+(?:about\s+|some\s+|nearly\s+|at least\s+|more than\s+)?(?:\d[\d,.]*(?:\s+(?:million|billion))?|tens of thousands|hundreds of thousands|thousands|hundreds|dozens|millions|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:whom|which|them)\b/iu;

/** "all New Zealand satellites, of which there are 22 in orbit": the noun, then how many there are. */
const OF_WHICH_THERE_ARE_RE = /\b([\p{L}-]+),?\s+of\s+(?:which|whom)\s+there\s+(?:are|were|is|was)\s+(?:now\s+)?(?:about\s+|some\s+|nearly\s+|at least\s+|more than\s+)?(?:\d[\d,.]*(?:\s+(?:million|billion))?|thousands|hundreds|dozens|millions|two|three|four|five|six|seven|eight|nine|ten)\b/iu;

/** Between a number and a noun: a share of it (" percent of ", "% of the "). */
const SHARE_BETWEEN_RE = /^\s*(?:%|percent|per\s+cent)\s+of\b/i;
/** A preposition between a number and a noun: the number counts the noun before it ("seven times to greet planes"); "thousands of fighters" is still a count. */
const PREPOSITION_BETWEEN_RE = /\s(?:to|between|from|in|on|at|for|with|by|after|before|since|than|per|into|over|under|about|against|among)\s/i;

/**
 * Whether a singular noun modifies the noun right after it ("passenger" in "one more
 * passenger plane will ..."): that one is a noun in its base form, not a verb's -s, -ed or
 * -ing form ("one passenger died", "one passenger was killed").
 */
function modifiesNoun(word: string, after: string): boolean {
  if (/s$/i.test(word)) return false;
  const next = /^ (\p{Ll}+)\b(?![-'’])/u.exec(after)?.[1];
  if (next === undefined || /(?:s|ed|ing)$/.test(next) || STOP_WORDS.has(next)) return false;
  // "150 people fell ill": an irregular past form ("fell", "left") is the verb, though WordNet has the noun too.
  return wordNet()?.lemmas(next, 'noun').includes(next) === true && !isPastForm(next);
}

/** A word that starts another clause after a number: what comes after it is not what the number counts. */
/** A clause boundary after a number; "and" only after a lower-case word ("19 Blackhawk and Chinook helicopters" is one list of kinds). */
const CLAUSE_BREAK_RE = /\s(?:when|while|who|whose|whom|which|that|after|before|because|if|as|where|but|were|was|is|are|had|have|has|said)\b|(?<!\p{Lu}[\p{L}-]*)\s[Aa]nd\b/u;
const TIME_TERM = termOf('time') ?? 'time';
const PEOPLE_TERM = termOf('people') ?? 'people';
/**
 * Whether `text` counts one of `counted` so far by an ordinal: "It was the third norovirus outbreak
 * on one of its ships this year" for "How many outbreaks has the line had?" (not "the sixth game"
 * for how many games a match had in all: the quantity fit asks only when the question says "has").
 */
export function countsByOrdinal(text: string, counted: readonly string[]): boolean {
  for (const m of text.matchAll(ORDINAL_THING_RE)) if (analyze(m[1] as string).some((t) => counted.includes(t.term))) return true;
  return false;
}

/** An ordinal and the noun it counts to, up to two words on (group 1): "the third norovirus outbreak" (not a rank: "the second most senior member"). */
const ORDINAL_THING_RE = /\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?!(?:most|least|[\p{L}-]+est)\b)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;
const ORDINAL_TIME_RE = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+time\b/i;

const WORD_RE = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;

/** A sentence that opens by describing someone by age: "The 83-year-old retired general ...". */
export const AGE_OPENING_RE = /^["“'‘(]*The\s+(\d{1,3})-year-old\s/;

/** The age `text` gives the person named by one of `nameWords` ("Pinochet, 82," → "82"; "the 70-year-old Sharon" → "70-year-old"), or null. */
export function ageOf(text: string, nameWords: readonly string[]): string | null {
  for (const w of nameWords) {
    const name = escapeRegExp(w);
    // ... "Kiprono, who is now 25,", "Lind, who turned 60 in May,".
    const after = new RegExp(`\\b${name}(?:['’]s)?,\\s+(?:who\\s+(?:is|was)\\s+(?:now\\s+)?|who\\s+(?:turned|turns)\\s+|now\\s+|aged\\s+|age\\s+|an?\\s+)?(\\d{1,3})\\b`, 'iu').exec(text);
    if (after) return after[1] as string;
    const before = new RegExp(`\\b(\\d{1,3}-year-old)\\s+(?:[\\p{L}.-]+\\s+){0,4}?${name}\\b`, 'iu').exec(text);
    if (before) return before[1] as string;
    // "Khuwy-Ra died in his mid-40s": an age by decade, said of the name.
    const decade = new RegExp(`\\b${name}\\b[^.;:]{0,60}?\\bin\\s+(?:his|her|their)\\s+((?:early|mid|late)[\\s-]+)?(\\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`, 'iu').exec(text);
    if (decade) return decade[0].slice(decade[0].search(/\bin\s+(?:his|her|their)\b/i));
  }
  return null;
}

/**
 * For "How old is X?": whether the sentence gives X's age next to X's name ("Marc Hodler, 80,",
 * "the 80-year-old Hodler", "Hodler, aged 80"), not someone else's ("the 78-year-old Samaranch").
 */
export function givesAgeOf(text: string, nameWords: readonly string[]): boolean {
  return ageOf(text, nameWords) !== null;
}

/**
 * A count, a unit word and "of" with up to four words: "200,000 gallons of heavy fuel oil", "5
 * million tons of grain"; the same measure in other units may stand between ("300 liters (80
 * gallons) of water").
 */
const MEASURED_OF_RE = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions)(?:\s+(?:million|billion|thousand|hundred))?\s+([a-z]+)(?:\s+\([^()]{1,30}\))?\s+of\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/giu;

/** "the amount of water that escaped was about 2,000 liters": a word for how much, "of" and the thing (group 1), then a count and its unit (group 2). */
const AMOUNT_OF_THEN_MEASURE_RE = /\b(?:amount|volume|quantity)\s+of\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\b[^.;]{0,60}?\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:million|billion|thousand|hundred))?\s+([a-z]+)\b/giu;

/**
 * Whether `text` measures an amount of a counted mass noun (`counted`, terms) in a unit of
 * measure (a WordNet kind of unit, or a containerful): "spilling 200,000 gallons of heavy fuel
 * oil" for "How much oil was spilled?". "200 boats of the fleet" measures nothing.
 */
export function measuredAmountOf(text: string, counted: readonly string[]): boolean {
  if (!wordNet() || counted.length === 0) return false;
  const measures = (unit: string, thing: string): boolean => isUnitOfMeasure(unit.toLowerCase()) && thing.toLowerCase().split(/\s+/).some((w) => counted.includes(termOf(w) ?? w));
  for (const m of text.matchAll(MEASURED_OF_RE)) if (measures(m[1] as string, m[2] as string)) return true;
  for (const m of text.matchAll(AMOUNT_OF_THEN_MEASURE_RE)) if (measures(m[2] as string, m[1] as string)) return true;
  // "carried food for two days", "fuel to last a week": a supply measured by how long it lasts.
  for (const m of text.matchAll(SUPPLY_FOR_SPAN_RE)) if ([m[1], m[2]].some((w) => w !== undefined && counted.includes(termOf(w.toLowerCase()) ?? w.toLowerCase()))) return true;
  return false;
}

/** A supply, then how long it lasts (groups 1 and 2: its nouns): "food for two days", "food and water to last a week". */
const SUPPLY_FOR_SPAN_RE = /\b(\p{Ll}[\p{L}-]+)(?:\s+and\s+(\p{Ll}[\p{L}-]+))?\s+(?:for|to\s+last)\s+(?:about\s+|up\s+to\s+|at\s+least\s+|another\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?|years?)\b/gu;

/** Whether `word` (lower case) is a unit of measure or a containerful in WordNet, under any lemma: "tons" is a noun of its own (a great many), "ton" the unit. */
function isUnitOfMeasure(word: string): boolean {
  const wn = wordNet();
  return wn !== null && [word, ...wn.lemmas(word, 'noun')].some((u) => wn.isKindOf(u, 'unit') || wn.isKindOf(u, 'containerful'));
}
