/**
 * How well a sentence offers the quantity a "how many / how much / how far / what share"
 * question asks for (stage 3, beside answer-type-fit.ts): a number that counts the asked
 * thing, a measure of the asked kind, an age next to the name, a sum of money of the asked
 * thing, a share of it, a population. A factor in (0, 1]: 1 when the sentence has one.
 */
import { asksDeathCount, givesDeathToll, saidByDeathToll, saysDeath } from './death-tolls.ts';
import { countryTermOf } from './gazetteer.ts';
import { isGapSpan, withoutOthersMeasures } from './entities.ts';
import { isPastForm, perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { ageOf, AGE_OPENING_RE, AMOUNT_RE, countsOnlyDone, countsOnlyPart, countsByOrdinal, countsOnlyPlanned, countsThing, COST_FIGURE_RE, hasCurrency, givesAgeOf, givesAmount, givesMeasureUnit, givesMoneyUnit, LENGTH_RE, MEASURE_RE, measuredAmountOf, MULTIPLE_RE, PRICE_MULTIPLE_RE, pricedBefore, RATE_RE, STRENGTH_RE, WEIGHT_RE } from './quantities.ts';
import { sharesOfOthers, sumsOfOtherMoneyNouns, sumsOfOthers, sumsOfSeveral, sumsPerUnit, sumsSpentOnOthers } from './sums-of-others.ts';
import { countsBesidesPopulation, givesPopulationOf, LIVE_IN_Q_RE, POPULATION_Q_RE } from './populations.ts';
import type { UnitFeatures } from './sentence-features.ts';
import { analyze, escapeRegExp, termOf } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';
import { perText } from './per-text.ts';
import { givesShareOf } from './shares-of-things.ts';
import { HOW_OLD_NOUN_Q_RE, withoutAgesOfOthers } from './ages-of-others.ts';
import { CHANGE_FIGURE_RE, CHANGE_SHARE_RE, CHANGE_UNSAID, CHANGE_VERB_FORMS, FRACTION_WORDS, saysChange, sizeCompound } from './change-and-size.ts';
import { asksSumByNoun, HEAD_NOUN_Q_RE } from './question-type.ts';
import { sizedNoun, sizesArtifact } from './counted-things.ts';
import { askedDimension, lengthsOfOtherDimension } from './dimensions.ts';
import { countedEventVerb } from './event-verb.ts';
import { countsLeftUnnamed, newTotalOf } from './elliptical-counts.ts';
import { datedAsMade } from './made-dates.ts';
import { countsKindOfPeople, countsPeopleInGeneral } from './kinds-of-people-counted.ts';
import { countsOnlyPartOfDone } from './part-counts.ts';
import { AREA_RE, asksSize, onlyTimeFigures, sizeByLikeness } from './size-questions.ts';

const allTerms = new WeakMap<QuestionAnalysis, ReadonlySet<string>>();

/** The terms of every word of the question, the ones analysis sets aside ("population" in "What share of the population") too. */
function questionTerms(q: QuestionAnalysis): ReadonlySet<string> {
  let t = allTerms.get(q);
  if (!t) allTerms.set(q, (t = new Set([...q.terms, ...analyze(q.text).map((x) => x.term)])));
  return t;
}

/** Whether `word` is one of the question's terms. */
export function asksWord(q: QuestionAnalysis, word: string): boolean {
  const t = termOf(word);
  return t !== null && q.terms.includes(t) && !q.light.has(t);
}

/** `text` without the measures written before a noun the question does not ask about ("the race's 54-year history"). */
export function ownMeasures(q: QuestionAnalysis, text: string): string {
  return withoutOthersMeasures(text, (w) => asksWord(q, w));
}

/** The words in lower case between "how many" and the counted noun: "How many silver medals ..." → silver. */
function countedModifiers(question: string, counted: readonly string[]): string[] {
  const words = /\bhow many\s+(.*)$/i.exec(question)?.[1]?.split(/\s+/) ?? [];
  const at = words.findIndex((w) => counted.includes(termOf(w.toLowerCase().replace(/[^\p{L}-]/gu, '')) ?? ''));
  // A country's adjective is one too: "How many Rwandan troops" is not answered by "3,500 rebel troops".
  return words.slice(0, Math.max(0, at)).filter((w) => (/^[a-z][a-z-]*$/.test(w) || countryTermOf(w) !== null) && !/^(?:more|other|of|the|new)$/.test(w)).map((w) => w.toLowerCase());
}

/** The measure a "how far / heavy / long ..." question asks for; worked out once per question (the scorer asks for every candidate). */
const measureOfKind = perText((question: string): RegExp => {
  if (/\bhow (?:far|high|tall|deep|wide|broad)\b|\bwhat (?:altitude|height|depth|distance)\b|\bhow much (?:height|distance)\b/i.test(question)) return LENGTH_RE;
  // "How long is the tanker?", asked of a made thing or a feature of the land: a length, not "four
  // days" ("How long was Thursday's meeting?", "How long is his term?" may ask a span).
  const thing = HOW_LONG_THING_Q_RE.exec(question)?.[1];
  if (thing !== undefined) {
    const wn = wordNet();
    const noun = wn?.lemmas(thing, 'noun')[0] ?? thing;
    if (wn?.isArtifactNoun(noun) === true || wn?.isWhereNoun(noun) === true) return LENGTH_RE;
  }
  if (/\bhow heavy\b|\bweigh(?:t|s|ed)?\b/i.test(question)) return WEIGHT_RE;
  if (/\bhow fast\b|\bwhat speed\b/i.test(question)) return RATE_RE;
  if (/\bhow strong\b|\bwhat magnitude\b/i.test(question)) return STRENGTH_RE;
  return MEASURE_RE;
}, 1000);

/** "How long is the tanker?", "how long was the runway": the noun asked about, last before the end. */
const HOW_LONG_THING_Q_RE = /^\s*(?:[Aa]nd\s+)?[Hh]ow\s+long\s+(?:is|are|was|were)\s+(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})\s*\??\s*$/u;

/** Fit of a sentence whose every length is of another dimension than the one asked ("-long" for "How wide ...?"). */
const OTHER_DIMENSION = 0.45;

/** "How old did the malnourished children ... appear to be?": the age of people described, not named. */
const AGE_OF_DESCRIBED_Q_RE = /^\s*[Hh]ow old (?:is|was|are|were|did|does|do)\s+(?:the|a|an|these|those|some)\s+\p{Ll}/u;
/** "How old is the defector Kim Myong Sup?": the description names the person, whose age is asked. */
const NAMED_AFTER_DESCRIPTION_RE = /\b(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}[?.!]*\s*$/u;
/** "about 4,400 years ago", "some 3,000 years ago": how long ago, which dates a thing as its age does. */
export const YEARS_AGO_RE = /\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years?|decades?|centur(?:y|ies)|millenni(?:um|a))\s+ago\b/i;
/** An age as a span, in figures or words: "more than a year old", "a 10-day-old strike", "six months old", "the league's 51-year history". */
const SPAN_OLD_RE = /\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few)[\s-]+(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))[\s-]+(?:old|history)\b/i;
/** "How old is the crisis?", not "How old was the Palestinian who stabbed ...?" (a person, described). */
const HOW_OLD_THE_Q_RE = /^\s*(?:and\s+)?how\s+old\s+(?:is|was|are|were)\s+the\s(?![^?]*\b(?:who|whom|whose|that|which)\b)/i;
/** Whether the question asks the age of a thing WordNet knows, no person or group ("the plane", "the bridge"; not "the pilot"); the noun by ages-of-others' HOW_OLD_NOUN_Q_RE. */
function asksAgeOfThing(question: string): boolean {
  const noun = HOW_OLD_NOUN_Q_RE.exec(question)?.[1];
  const wn = wordNet();
  return noun !== undefined && wn !== null && wn.lemmas(noun, 'noun').length > 0 && !wn.isPersonNoun(noun);
}

/** "How old is Qin's father?": someone described by a relation to, or role for, a named person. */
const RELATIVE_AGE_Q_RE = /^\s*(?:[Aa]nd\s+)?[Hh]ow old (?:is|was|are|were)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*['’]s?\s+(\p{Ll}+)\s*\??\s*$/u;

/**
 * For "How old is Qin's father?": the noun for the person asked about (a WordNet noun for
 * people), and an age after a name in apposition to it ("his father, Qin Qinguo, 76,"); null
 * for any other question.
 */
const askedRelative = perQuestion((q): { noun: string; namedAge: RegExp } | null => {
  const noun = q.age ? RELATIVE_AGE_Q_RE.exec(q.text)?.[1] : undefined;
  if (noun === undefined || wordNet()?.isPersonNoun(noun, false) !== true) return null;
  return { noun, namedAge: new RegExp(`\\b${escapeRegExp(noun)},\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*,\\s+\\d{1,3}\\b`, 'u') };
});

/** An age said in words: "4 or 5 years old", "a 56-year-old", "aged 12", "the oldest was 58". */
const AGE_SAID_RE = /\b\d{1,3}(?:\s+(?:or|to|and)\s+\d{1,3})?(?:\s+|-)years?(?:\s+|-)old\b|\baged\s+(?:between\s+)?\d{1,3}\b|\b(?:oldest|youngest|eldest)(?:\s+[\p{L}-]+){0,3}?\s+(?:was|is|were|are)\s+(?:just\s+|only\s+|about\s+)?\d{1,3}\b(?!\s*(?:%|percent|per\s+cent|[\p{L}-]*(?:meters?|feet|kilo|miles?|tons?|pounds?)))/iu;

/** "Henrik Dahl, 52, ...": a name, then an age between commas. */
const NAME_AND_AGE_RE = /\p{Lu}[\p{L}'’-]+,\s+\d{1,3},/u;
/** "born in 1971", "born on March 3, 1971". */
const BORN_RE = /\bborn\s+(?:in|on)\b/i;

/** The measures as global patterns, made once (matchAll needs the g flag). */
const ALL_OF_KIND = new Map([LENGTH_RE, WEIGHT_RE, RATE_RE, STRENGTH_RE, MEASURE_RE].map((re) => [re, new RegExp(re.source, 'gi')]));

/** A hedge before a measure: "up to 80 knots", "as high as 35 feet". */
const MEASURE_HEDGE_RE = /(?:\b(?:up to|as (?:high|much|fast|far|deep|long|heavy|tall|wide) as|more than|less than|about|nearly|some|over|almost|around|roughly|at least)\s+)$/i;

/** The measures of the kind a "how far / fast / long ..." question asks for in `text`, verbatim with their hedge ("up to 80 knots"). */
export function measuresAsked(question: string, text: string): string[] {
  const kind = measureOfKind(question);
  const out: string[] = [];
  for (const m of text.matchAll(ALL_OF_KIND.get(kind) ?? new RegExp(kind.source, 'gi'))) {
    if (isGapSpan(text, m.index) || howOften(text, m.index)) continue;
    const hedge = MEASURE_HEDGE_RE.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[0] ?? '';
    out.push(hedge + m[0]);
  }
  return out;
}

/** "paid in installments every six months", "a station every 10 kilometers": the measure at `at` says how often, not how long. */
function howOften(text: string, at: number): boolean {
  return /\b(?:every|each)\s+(?:other\s+|few\s+)?$/i.test(text.slice(Math.max(0, at - 20), at));
}

/** A length per span of time: "advanced only 2 metres a day" is a speed, not how long anything is. */
const PER_TIME_RE = /^\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|month|year)\b/i;
/** A figure set against the one before: "2 metres a day ... instead of the planned 15 metres" is a speed too. */
const SET_AGAINST_RE = /\b(?:instead\s+of|rather\s+than|compared\s+with|compared\s+to|against|up\s+from|down\s+from)\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+)?$/u;

/** Whether `text` has a measure of the kind, not a gap since the last such event ("the first talks in two months"). */
function measures(kind: RegExp, text: string, sizeOnly = false): boolean {
  let rate = false;
  for (const m of text.matchAll(ALL_OF_KIND.get(kind) ?? new RegExp(kind.source, 'gi'))) {
    if (isGapSpan(text, m.index) || howOften(text, m.index)) continue;
    // "tunnelling machines advanced only 2 metres a day ... instead of the planned 15 metres" for how long the tunnel is.
    if (kind === LENGTH_RE && (PER_TIME_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) || (rate && SET_AGAINST_RE.test(text.slice(Math.max(0, m.index - 40), m.index))))) {
      rate = true;
      continue;
    }
    // "40 kilometers (25 miles) southeast of Dili" is how far, not how deep or high.
    if (sizeOnly && DISTANCE_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    return true;
  }
  return false;
}

/** "How far is East Timor from Jakarta?": a distance between two places the question names. */
const HOW_FAR_FROM_Q_RE = /\bhow far\b[^?]*\bfrom\b/i;
/** What a distance is from: "2,000 kilometers (1,200 miles) southeast of Jakarta", "80 km from Goma" (group 1, the place's name). */
const DISTANCE_FROM_RE = /^\s*\)?\s*(?:\([^)]*\)\s*)?(?:(?:(?:north|south|east|west)(?:east|west)?(?:ern)?\s+)?(?:of|from)|away\s+from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u;

/**
 * Whether every distance `text` gives from a named place is from a place the question does not
 * name: "40 kilometers southeast of Dili" does not say how far East Timor is from Jakarta. False
 * when the sentence gives no such distance.
 */
function distancesFromOthers(q: QuestionAnalysis, text: string): boolean {
  if (!HOW_FAR_FROM_Q_RE.test(q.text)) return false;
  const named = new Set((q.text.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).slice(1).map((w) => w.toLowerCase()));
  let anchored = 0;
  for (const m of text.matchAll(ALL_OF_KIND.get(LENGTH_RE) ?? new RegExp(LENGTH_RE.source, 'gi'))) {
    const from = DISTANCE_FROM_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80))?.[1];
    if (from === undefined) continue;
    anchored++;
    if (from.split(/\s+/).some((w) => named.has(w.replace(/[.,]$/, '').toLowerCase()))) return false;
  }
  return anchored > 0;
}

/** A distance from a place the question does not name, for "how far is X from Y". */
const DISTANCE_FROM_OTHERS = 0.5;

/** A question for a size, not a distance: "how deep / high / tall / wide". */
const SIZE_Q_RE = /\bhow (?:high|tall|deep|wide)\b|\bwhat (?:altitude|height|depth)\b/i;
/** Words after a length that make it a distance between places: "southeast of Dili", "from the coast", "away". */
const DISTANCE_AFTER_RE = /^\s*\)?\s*(?:\([^)]*\)\s*)?(?:(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of|from|away|off|outside|inland)\b/i;

const MUCH_RE = /\bhow much\b/i;
/** A "how much" question answered only by sums of other things ("dlrs 400,000 in scholarships"). */
const SUM_OF_OTHERS = 0.5;
/**
 * ... and one whose sums went on other things ("spent dlrs 400,000 on scholarships" for what was
 * spent on the bid). Milder: what the sum went on may be a part of the asked thing ("dlrs 38
 * million for equipment and training" given for an airport); 0.5 lost that answer.
 */
const SPENT_ON_OTHERS = 0.75;
/** A "what share" question answered only by shares of other things. */
const SHARE_OF_OTHERS = 0.5;
/** A sentence that tells of no deaths, for a question that counts the dead. */
const DEATH_UNSAID = 0.5;
/** A sentence with no sum of money for a question of what something costs or is worth. */
const NO_PRICE = 0.45;
/** A question about what something costs or is worth. */
const COST_Q_RE = /\b(?:cost|costs|costing|worth|price|value)\b/i;
/** A price of nothing: "free of charge", "at no cost", "without charge", "costs nothing". */
const FREE_OF_CHARGE_RE = /\b(?:free\s+of\s+(?:charge|cost)|for\s+free|at\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|without\s+(?:any\s+)?(?:charge|cost|a\s+fee|fees)|no\s+charge|(?:cost|costs|costing)\s+nothing)\b/i;
/** A question for what is paid: "How much is X paying for Y?", "what did it cost?". */
const PAID_Q_RE = /\b(?:cost|costs|costing|worth|price|value|pay|pays|paying|paid|spend|spends|spent|sell|sells|sold|buy|buys|bought)\b/i;
/** A question for what a sum was spent or given on: "How much did X spend on Y?", "donate for the terminal". */
const SPENT_ON_Q_RE = /\b(?:spend|spends|spent|spending|donate|donates|donated|give|gives|gave|given|invest|invests|invested|pay|pays|paid|grant|grants|granted|allocate|allocated|earmark|earmarked|pledge|pledged)\b[^?]*?\b(?:on|for|toward|towards)\s/i;
/** A sentence whose only count of the asked thing is a population, for a question that asks for another count. */
const POPULATION_ONLY = 0.5;
/** A count that was only planned or hoped for, for a question about what came about. */
const PLANNED_ONLY = 0.5;
/** A sentence that does not state a population (0.45 as for any missing quantity). */
const POPULATION_MISS = 0.45;
const SHARE_Q_RE = /\bwhat (?:share|percentage|proportion|fraction|percent)\b/i;
/** A share: a percentage, a fraction in words ("one-third", "a quarter", "two fifths", "half") or "one in N". */
const SHARE_RE = new RegExp(String.raw`\b\d[\d,.]*\s*(?:%|percent|per\s+cent)|%|\b(?:${FRACTION_WORDS}|one in \w+)\b`, 'i');
/** "How much of the town do they control?": a share of it. */
const MUCH_OF_RE = /\bhow much of\b/i;
/** "None of the aid has been paid": nothing of it, an answer to how much of it. */
const NONE_OF_RE = /\b(?:none|nothing)\s+of\s+(?:the|it|its|their|this|that)\b/i;

/** Whether the counted noun of a "how much" question is money ("investment", "aid"), by WordNet. */
function asksForMoney(q: QuestionAnalysis): boolean {
  const word = countedHead(q);
  return word !== undefined && wordNet()?.isMoneyNoun(word) === true;
}

/** The question's last counted noun as written ("water" in "How much water leaked?"). */
function countedHead(q: QuestionAnalysis): string | undefined {
  const head = q.counted[q.counted.length - 1];
  return head === undefined ? undefined : q.tokens.find((t) => t.term === head)?.word;
}

/** Whether the counted noun (the last) is a substance, measured in units, not priced ("water", "oil", "grain"; WordNet). */
function asksForSubstance(q: QuestionAnalysis): boolean {
  const word = countedHead(q);
  return word !== undefined && wordNet()?.isKindOf(word, 'substance') === true;
}

/** "How much water ...?" answered by a sum of money only. */
const MONEY_FOR_SUBSTANCE = 0.5;

/** "How much X" answered by an amount or share that does not name X next to it (0.6 and 0.8 cost an unanswerable each on the tuning topics). */
const MEASURED_MASS = 0.7;
/** "How much can the crane lift?", "how much did it carry?": "how much", a modal or an auxiliary, then the subject and its verb. */
const BARE_MUCH_VERB_Q_RE = /^\s*how much\s+(?:can|could|will|would|does|do|did|may|might|must)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:lift|carry|hold|haul|pull|bear|support|take|move|weigh|load)\s*\??\s*$/iu;
/** "How far did the index fall?", "how high did prices climb?": a change, which a percentage or points may give. */
const HOW_FAR_CHANGE_RE = /\bhow (?:far|high|low) (?:did|does|do|has|have|had|will|would|could)\b[^?]*\b(?:rise|rose|risen|fall|fell|fallen|drop|dropped|climb|climbed|sink|sank|sunk|slide|slid|plunge|plunged|tumble|tumbled|decline|declined|slump|slumped|soar|soared)\b/i;
/** "How high did demand peak?", "how high will prices go?": the level reached, in whatever unit. */
const HOW_HIGH_LEVEL_RE = /\bhow (?:high|low) (?:did|does|do|has|have|had|will|would|could)\b[^?]*\b(?:peak|peaks|peaked|reach|reached|hit|top|topped|climb|climbed|go|gone|went|get|got)\b/i;
/** "How much more likely ...", "how much higher ...": a comparison, answered by a multiple or a share. */
const COMPARATIVE_MUCH_Q_RE = /\bhow much (?:more|less|\p{Ll}+er)\b(?!\s+(?:than\b))/iu;
/** "How far had the offensive reached?", "how far did the rebels advance?": how far something went, which the place it got to says. */
const HOW_FAR_REACH_RE = /\bhow far (?:did|does|do|has|have|had|will|would|could)\b[^?]*\b(?:reach|reached|advance|advanced|get|got|gotten|go|gone|went|push|pushed|penetrate|penetrated|spread|move|moved)\b/i;
/** "How far south were auroras seen?", "how far inland did the water come?": how far in a direction. */
const HOW_FAR_DIRECTION_Q_RE = /\bhow far (?:north|south|east|west|inland|afield)\b/i;
/** "had reached the outskirts of Kinshasa", "advanced as far as Kindu", "seen as far south as northern Spain": the place got to, a name after up to three words. */
const REACHED_PLACE_RE = /\b(?:reach(?:ed|es|ing)?|as far (?:(?:north|south|east|west|inland|afield)\s+)?as|(?:advanc|push|mov|spread)(?:ed|es|ing)?\s+(?:to|into|on))\s+(?:the\s+)?(?:[\p{Ll}-]+\s+(?:of\s+)?){0,3}\p{Lu}/u;
/** "How many flights a week", "how many barrels per day", "how much is he paid each season": a figure per period (not "a year ago"). */
const RATE_Q_RE = /\bhow (?:many|much)\b[^?]*?\b(?:a|an|per|each|every)\s+(hour|day|night|week|month|year|season)\b(?!\s+(?:ago|earlier|later|before|after|on)\b)/i;
/** A count with no period for a rate question. */
const RATE_UNSAID = 0.6;
/** The ways of writing a rate per `period`: "a week", "per week", "each week", "weekly" ("daily" for a day, "annual" for a year), "/week". */
function ratePattern(period: string): RegExp {
  let re = RATE_PATTERNS.get(period);
  if (!re) {
    const adverb = period === 'day' ? 'daily' : period === 'year' ? '(?:yearly|annual|annually)' : `${period}ly`;
    re = new RegExp(`\\b(?:a|an|per|each|every)\\s+${period}\\b|\\b${adverb}\\b|/${period}\\b`, 'i');
    RATE_PATTERNS.set(period, re);
  }
  return re;
}
const RATE_PATTERNS = new Map<string, RegExp>();
/** "How often ...?": asks for a frequency, which a count or sum alone does not give. */
const HOW_OFTEN_Q_RE = /\bhow often\b/i;
/** A frequency: "every two weeks", "each year", "at half-hour intervals", "twice a month", "three times a day", "daily", "regularly", "five or six meetings a year". */
const FREQUENCY_RE = /\b(?:every|each)\s+(?:other\s+|few\s+|[\w-]+\s+)?(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|season|decade)s?\b|\bintervals?\b|\b(?:once|twice|thrice|times)\s+(?:a|an|per|each|every)\s+\w+|\b(?:hourly|daily|nightly|weekly|fortnightly|biweekly|monthly|bimonthly|quarterly|yearly|annually|annual|regularly|frequently|routinely|occasionally|rarely|seldom|periodically)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)(?:\s+(?:or|to)\s+\w+)?\s+(?:[a-z-]+\s+){1,2}(?:a|an|per|each|every)\s+(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|season)\b/i;
/** sizesArtifact, worked out once per question (the scorer asks for every candidate). */
const sizesArtifactOnce = perText(sizesArtifact, 1000);
/** Only a time or a date for "How big was X?": no size. */
const TIME_NOT_SIZE = 0.4;
/** An amount for "how large is X" in a sentence that never says X (nor a synonym). */
const SIZE_OF_UNSAID = 0.6;
/** A sentence with no frequency for a "how often" question. */
const FREQUENCY_UNSAID = 0.45;

/** "How much did X rise / fall / grow ...": a question for the size of a change. */
const CHANGE_Q_RE = new RegExp(String.raw`\bhow much (?:did|does|do|has|have|had|will|would|was|were|is|are)\b[^?]*\b(?:${CHANGE_VERB_FORMS})\b`, 'i');

/** "By how much did the tractors go off course?": the size of a change or miss, "by up to 30 centimetres". */
const BY_HOW_MUCH_Q_RE = /\bby how much\b/i;
/** A change by an amount in a unit of length, weight or temperature: "dropped by about 11 meters", "rose by more than 4 meters". */
const CHANGE_BY_MEASURE_RE = /\bby\s+(?:(?:about|around|nearly|almost|roughly|some|over|up\s+to|more\s+than|less\s+than|at\s+least)\s+)?\d[\d,.]*\s*(?:-|\s)?(?:meters?|metres?|feet|foot|inches|centimet(?:er|re)s?|cm|kilomet(?:er|re)s?|km|miles?|tonnes?|tons?|kilograms?|kg|pounds?|degrees?)\b/i;

/** "What level ...?", "to what category ...?": a grade on a scale. */
const LEVEL_Q_RE = /\bwhat (?:level|category|grade|class|tier|rating|stage)\b/i;
/** A grade written as a code: "G2", "EF4", "H5" (a capital or two, then one or two digits). */
const GRADE_CODE_RE = /\b\p{Lu}{1,2}\d{1,2}\b/u;

/** The fit of a sentence (`f`) to a quantity question; `resolved` are the people a pronoun or description in it stands for. */
export function quantityFit(q: QuestionAnalysis, f: UnitFeatures, resolved: ReadonlySet<string>, countedBefore: (term: string) => boolean = () => false): number {
  // "How many fighters": a number that counts fighters, not any number in the sentence.
  // "How long is the border?", "how heavy is the module?": a number with a unit of measure.
  // ... of the kind asked: "how far" wants a distance, not "two years".
  // ... but "How far did the index fall?" is answered by a change in percent or points as well.
  // "How far is East Timor from Jakarta?": not "40 kilometers southeast of Dili".
  if (q.measure && distancesFromOthers(q, f.text)) return DISTANCE_FROM_OTHERS;
  // "How big was the stone?": "the size of a grapefruit" says it; "discovered six years ago" does not.
  if (asksSize(q.text)) {
    if (sizeByLikeness(f.text) !== null) return 1;
    if (onlyTimeFigures(f.text)) return TIME_NOT_SIZE;
  }
  // "How wide is the runway?": not "a three-kilometer (two-mile)-long runway".
  const dimension = q.measure ? askedDimension(q.text) : null;
  if (dimension !== null && lengthsOfOtherDimension(f.text, dimension, (w) => asksWord(q, w))) return OTHER_DIMENSION;
  // "How far had the offensive reached?": the place it got to ("had reached the outskirts of Kinshasa"), not a distance.
  // "How far south were auroras seen?": "seen as far south as northern Spain", the place reached.
  if ((HOW_FAR_REACH_RE.test(q.text) || HOW_FAR_DIRECTION_Q_RE.test(q.text)) && REACHED_PLACE_RE.test(f.text)) return 1;
  // "How deep was the water?": "chest-deep water" says how deep, with no number.
  // "How high did power demand peak?": a level in any unit ("peaked at 29,400 megawatts").
  // "How large a power station ...?": a made thing's size in any unit ("of at least 800 megawatts"), not a price.
  if (q.measure) return measures(measureOfKind(q.text), ownMeasures(q, f.text), SIZE_Q_RE.test(q.text)) || (HOW_FAR_CHANGE_RE.test(q.text) && CHANGE_FIGURE_RE.test(f.text)) || (HOW_HIGH_LEVEL_RE.test(q.text) && (givesMeasureUnit(f.text) || AMOUNT_RE.test(f.text))) || sizeCompound(q.text, f.text) || (sizesArtifactOnce(q.text) && givesMeasureUnit(f.text) && !givesMoneyUnit(f.text)) ? 1 : 0.5;
  // "How old is the Asian crisis?": "more than a year old" gives a thing's age, with no digits.
  // "How old is the tiger?": not "A gardener, 72-year-old Klaus Brandt, spotted the tiger", the age of
  // someone named who is not the asked one ("A gardener, 72-year-old ..." would be, for the gardener).
  const agedNoun = q.age ? HOW_OLD_NOUN_Q_RE.exec(q.text)?.[1] : undefined;
  const aged = agedNoun === undefined ? f.text : withoutAgesOfOthers(f.text, agedNoun);
  if (q.age && HOW_OLD_THE_Q_RE.test(q.text) && SPAN_OLD_RE.test(aged)) return 1;
  // "How old is the Codex X?": "A 15th-century illuminated manuscript, the Codex X, ...".
  if (q.age && datedAsMade(q, f.text)) return 1;
  // "How old is Qin's father?": the relative's age ("his father, Qin Qinguo, 76,", "the
  // 76-year-old father"), not the age of the person it is related to ("Qin, 44,").
  const relative = askedRelative(q);
  if (relative !== null) return ageOf(f.text, [relative.noun]) !== null || relative.namedAge.test(f.text) ? 1 : 0.4;
  // "How old is Marc Hodler?": his age, next to his name.
  // Or "The 56-year-old history professor ..." right after the sentence that names him.
  // ... not when the question asks the age of people it describes ("How old did the malnourished
  // children Ngongi saw appear to be?"): the name is another's.
  if (q.age && q.names.length > 0 && AGE_OF_DESCRIBED_Q_RE.test(q.text) && !NAMED_AFTER_DESCRIPTION_RE.test(q.text)) return AGE_SAID_RE.test(f.text) || AGE_OPENING_RE.test(f.text) ? 1 : 0.4;
  if (q.age && q.names.length > 0) {
    const nameWords = q.names.flatMap((n) => n.split(/\s+/));
    return givesAgeOf(f.text, nameWords) || (AGE_OPENING_RE.test(f.text) && nameWords.some((w) => resolved.has(w.toLowerCase()))) ? 1 : 0.4;
  }
  // "How old is the pilot?": any age, for someone or something the question does not name ("The
  // pilot, Captain Henrik Dahl, turned the plane back about 12 minutes into the flight" gives none).
  // "How old was the plane?": a thing's age is said in years ("a 20-year-old jet"), not by a
  // name and an age between commas ("The plane's captain, Rui Tavares, 51,"), which is a person's.
  // ... or by when it was made or lived in: "the tomb of a royal scribe who lived about 4,400 years ago".
  if (q.age && asksAgeOfThing(q.text)) return AGE_SAID_RE.test(aged) || SPAN_OLD_RE.test(aged) || YEARS_AGO_RE.test(aged) ? 1 : 0.4;
  if (q.age) return AGE_SAID_RE.test(aged) || SPAN_OLD_RE.test(aged) || AGE_OPENING_RE.test(aged) || NAME_AND_AGE_RE.test(aged) || BORN_RE.test(aged) ? 1 : 0.4;
  // "How much growth ...": a mass is measured, not counted; an amount or share may answer it
  // ("growth ... will be about 2.5 percent"), though it need not be of the asked thing.
  // "How much foreign direct investment ...": money asked, a sum of money ("to $142 million") gives it.
  // "How many people died ...?": a place's population is not the count asked for.
  // "What share of iMac buyers had owned ...?": a share, though the question names what it is of.
  if (SHARE_Q_RE.test(q.text)) return shareFit(q, f.text);
  // "How many flights a week ...?": a rate, which a count with no period ("two flights") does not give.
  // "How often do the planes land?": a frequency ("at half-hour intervals"), not any number.
  if (HOW_OFTEN_Q_RE.test(q.text)) return FREQUENCY_RE.test(f.text) ? 1 : FREQUENCY_UNSAID;
  // "How large were Malaysia's foreign reserves?": not "foreign direct investment fell to $142 million", which never says reserves.
  if (q.amount && !sizedThingSaid(q, f.text)) return SIZE_OF_UNSAID;
  const period = RATE_Q_RE.exec(q.text)?.[1]?.toLowerCase();
  if (period && !ratePattern(period).test(f.text)) return RATE_UNSAID;
  // "What is the population of Honduras?", "How many people live in Kosovo?": a count of its
  // people ("a territory of 800,000 people", "which has 2 million residents"), not any count of people.
  if (LIVE_IN_Q_RE.test(q.text)) return givesPopulationOf(f.text, q.names) ? 1 : POPULATION_MISS;
  // "How many people has the outbreak killed?": "The death toll ... rose to 52" counts them.
  if (asksDeathCount(q) && givesDeathToll(f.text)) return 1;
  // ... and a count of people in a sentence that tells of no deaths ("threatening food supplies for millions of people") is not of the dead.
  if (asksDeathCount(q) && !saysDeath(f.text)) return DEATH_UNSAID;
  if (q.counted.length > 0) {
    const modifiers = countedModifiers(q.text, q.counted);
    // "How many trucks does the fleet have now?": "added 40 trucks to its fleet, bringing it to 160".
    if (newTotalOf(f.text, q.counted) !== null) return 1;
    if (countsThing(f.text, q.counted, modifiers)) {
      // "Hundreds of pilot whales stranded" counts them roughly; "About 230 pilot whales" says how many.
      const rough = VAGUE_COUNT_ANY_RE.test(f.text) && !countsThing(f.text.replace(VAGUE_COUNT_RE, (m) => ' '.repeat(m.length)), q.counted, modifiers);
      const fit = countFit(q, f.text, modifiers) * (rough ? VAGUE_COUNT : 1);
      // "... refloated 32 of the stranded whales ..., but about 170 had died": a part counted for another act, the asked one's count left unnamed.
      return fit < UNNAMED_COUNT && countsLeftUnnamed(f.text, q.counted, q.terms, q.text) ? UNNAMED_COUNT : fit;
    }
    // "How many nominees ...?" is answered by "the 139 candidates" (a WordNet synonym of the counted noun's commonest sense).
    const kin = countedSynonyms(q);
    if (kin.length > 0 && countsThing(f.text, kin, modifiers)) return countFit(q, f.text, modifiers);
    // "How many outbreaks has the line had this year?": "the third norovirus outbreak ... this year" counts them so far.
    if (/\b(?:has|have)\b/i.test(q.text) && countsByOrdinal(f.text, q.counted)) return 1;
    // "How many soldiers are in Mulunda's battalion?": "Mulunda's 1,500-strong battalion" counts its members.
    if (countsMembersOf(q, f.text)) return 1;
    // "How many brokers will sue?": "The Nordvik Brokers' Association said six of its members would" counts brokers.
    if (countsMembersByName(q, f.text)) return 1;
    // "How many people watched the match?": "A crowd of 37,500 watched" counts them as a group.
    if (countsPeopleAsGroup(q, f.text)) return 1;
    // "How many people were aboard?": "about 200 crew and passengers" counts kinds of people.
    if (countsPeopleInGeneral(q.counted) && countsKindOfPeople(f.text)) return KIND_OF_PEOPLE;
    // "How many yachts retired?": "59 of the 110 starters had retired" counts those who did it, of a whole named otherwise.
    if (countsPartDoing(q, f.text)) return PART_DOING;
    // "How many players had clauses ...?": "Most players ..., although a dozen or so had clauses ...".
    if (countsLeftUnnamed(f.text, q.counted, q.terms, q.text, q.counted.some(countedBefore))) return UNNAMED_COUNT;
    // "How much oil was spilled?": "200,000 gallons of heavy fuel oil" measures it.
    const much = MUCH_RE.test(q.text);
    if (much && measuredAmountOf(f.text, q.counted)) return 1;
    // "How much water leaked?": a sum of money ("fined EDF 250,000 euros") is no amount of a substance.
    if (much && AMOUNT_RE.test(f.text)) return hasCurrency(f.text) && asksForMoney(q) ? 1 : hasCurrency(f.text) && asksForSubstance(q) ? MONEY_FOR_SUBSTANCE : MEASURED_MASS;
    // "How much pesticide arrived?": "A shipment of 30,000 liters" measures a substance in a unit of measure (WordNet), though it does not name it.
    if (much && asksForSubstance(q) && givesMeasureUnit(f.text)) return MEASURED_MASS;
    // "How much concrete was poured?": "filling the hole with concrete ..., pouring about 900 cubic metres" measures the thing the sentence names, whatever WordNet calls it.
    if (much && givesMeasureUnit(f.text) && analyze(f.text).some((t) => q.counted.includes(t.term))) return MEASURED_MASS;
    // "How much sunlight do the panels get?": "only about a third of the expected sunlight" gives it as a share of the whole.
    if (much && givesShareOf(f.text, q.counted)) return 1;
    return f.hasQuantity ? 0.5 : 0.4;
  }
  if (POPULATION_Q_RE.test(q.text)) return givesPopulationOf(f.text, []) ? 1 : POPULATION_MISS;
  // "How much did the water rise?": a change may be measured ("rose 4 meters"), not only priced
  // (a length, weight or rate; not a stretch of time).
  // ... but what a thing costs is not a sum the sentence says is of something else: "dlrs
  // 400,000 in scholarships" for what the Games cost. (What is given or owed may be in
  // something: "donate dlrs 2.6 million in relief".)
  // A word the question asks about, or a form of one ("cost" / "costs", "rebuild" / "rebuilding").
  const asksOrDerived = (w: string): boolean => asksWord(q, w) || (wordNet()?.derived(w) ?? []).some((d) => asksWord(q, d.word));
  if (q.amount && COST_Q_RE.test(q.text) && hasCurrency(f.text) && sumsOfOthers(f.text, asksOrDerived)) return SUM_OF_OTHERS;
  // "How much did the salvage cost?": not "$900 million ... for salvage costs, lost transit fees and damage", a sum of several things.
  if (hasCurrency(f.text) && sumsOfSeveral(f.text, asksOrDerived)) return SUM_OF_OTHERS;
  // "How much did Salt Lake spend on its bid?": not "spent dlrs 400,000 on scholarships".
  if (q.amount && SPENT_ON_Q_RE.test(q.text) && hasCurrency(f.text) && sumsSpentOnOthers(f.text, asksOrDerived)) return SPENT_ON_OTHERS;
  // "How much is Halvorsen paying for Brightwater?": "$41 a share" is the price of each share, not of the company.
  if (q.amount && PAID_Q_RE.test(q.text) && hasCurrency(f.text) && sumsPerUnit(f.text, (w) => new RegExp(`\\b${escapeRegExp(w)}s?\\b`, 'i').test(q.text))) return SUM_OF_OTHERS;
  // "How much did Yahoo's stock fall?": "Yahoo ... became $200 stocks" gives a level, not a change.
  if (q.amount && CHANGE_Q_RE.test(q.text) && !saysChange(f.text)) return CHANGE_UNSAID;
  // "How much will the second plant cost?": a price is money; "15 million doses a year" (a bare
  // "million" before a count's noun) gives none.
  // ... though a multiple of a price says it: "bought ... at nearly three times the usual price".
  // ... as is "What is the prize fund?": not "60% of the prize fund".
  // ... and "How much does it cost to exchange old notes?" by "can be exchanged at any bank free of charge".
  if (q.amount && COST_Q_RE.test(q.text) && FREE_OF_CHARGE_RE.test(f.text)) return 1;
  if (q.amount && (COST_Q_RE.test(q.text) || asksSumByNoun(q.text)) && !hasCurrency(f.text) && !givesMoneyUnit(f.text) && !COST_FIGURE_RE.test(f.text)) return PRICE_MULTIPLE_RE.test(f.text) ? 1 : NO_PRICE;
  // "What was Hsinwei's profit last year?": not "had revenue of about $7 billion last year", another sum.
  if (q.amount && asksSumByNoun(q.text) && sumsOfOtherMoneyNouns(f.text, askedSumWord(q), (w) => wordNet()?.isMoneyNoun(w, 1) === true)) return SUM_OF_OTHERS;
  // "How much more likely did X make Y?": a multiple or a share ("about 30 times more likely").
  if (q.amount && COMPARATIVE_MUCH_Q_RE.test(q.text) && (MULTIPLE_RE.test(f.text) || SHARE_RE.test(f.text))) return 1;
  // "How much can the crane lift?": a bare "how much" with a verb and no noun, which a weight or a length says as well as a sum.
  if (q.amount && BARE_MUCH_VERB_Q_RE.test(q.text) && !COST_Q_RE.test(q.text) && (measures(WEIGHT_RE, f.text) || measures(LENGTH_RE, f.text))) return 1;
  // "How much has its traffic fallen?": "had fallen by more than half" gives the change as a share.
  // ... and "How much has the lake level dropped?" by "had dropped by about 11 meters": a change measured in a unit.
  if (q.amount) return givesAmount(f.text) || (COST_Q_RE.test(q.text) && COST_FIGURE_RE.test(f.text)) || (MUCH_OF_RE.test(q.text) && (SHARE_RE.test(f.text) || NONE_OF_RE.test(f.text))) || ((CHANGE_Q_RE.test(q.text) || BY_HOW_MUCH_Q_RE.test(q.text)) && (CHANGE_SHARE_RE.test(f.text) || CHANGE_BY_MEASURE_RE.test(f.text))) ? 1 : CHANGE_Q_RE.test(q.text) && (measures(LENGTH_RE, f.text) || measures(WEIGHT_RE, f.text) || measures(RATE_RE, f.text)) ? MEASURED_MASS : 0.45;
  // "What level was the storm downgraded to?": a grade's code ("downgraded it to G2") says it, with no number of its own.
  return f.hasQuantity || (LEVEL_Q_RE.test(q.text) && GRADE_CODE_RE.test(f.text)) ? 1 : 0.45;
}

/** "1,500-strong battalion", "a 30,000-strong force": a count of the members of a group (group 1, the group's noun). */
const STRONG_RE = /\b(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)-strong\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}]+)\b/giu;

/** Whether `text` gives the strength of a group the question names besides the counted noun ("soldiers in the battalion"). */
function countsMembersOf(q: QuestionAnalysis, text: string): boolean {
  if (!text.includes('-strong')) return false;
  for (const m of text.matchAll(STRONG_RE)) {
    const t = termOf((m[1] as string).toLowerCase());
    if (t !== null && q.terms.includes(t) && !q.counted.includes(t)) return true;
  }
  return false;
}

/** A count of a body's members: "six of its members", "at least 40 of their members". */
const COUNT_OF_ITS_MEMBERS_RE = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\s+of\s+(?:its|their)\s+(?:\p{Ll}+\s+)?members\b/u;
/** A capitalised name of up to four words, maybe with a possessive plural inside ("Nordvik Brokers' Association"). */
const BODY_NAME_RE = /\b\p{Lu}[\p{L}-]*(?:['’]s?)?(?:\s+\p{Lu}[\p{L}-]*(?:['’]s?)?){1,3}/gu;

/** Whether `text` counts members of a body whose name has the counted noun ("the Brokers' Association ... six of its members" counts brokers). */
function countsMembersByName(q: QuestionAnalysis, text: string): boolean {
  const count = COUNT_OF_ITS_MEMBERS_RE.exec(text);
  if (!count) return false;
  for (const m of text.slice(0, count.index).matchAll(BODY_NAME_RE)) {
    if (m[0].split(/\s+/).some((w) => q.counted.includes(termOf(w.replace(/['’]s?$/u, '').toLowerCase()) ?? ''))) return true;
  }
  return false;
}

/** "a crowd of 37,500", "an audience of about 2,000": a group's noun (group 1) and the count of its members. */
const GROUP_OF_RE = /\b(?:[Aa]n?)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,})\s+of\s+(?:(?:about|some|around|nearly|almost|roughly|more\s+than|over|up\s+to)\s+)?\d[\d,.]*(?!\s*(?:%|percent|per\s+cent))/gu;

/** Whether a count of people (the question's counted noun is "people" or a noun for people) is given as a group of people's size ("a crowd of 37,500"). */
function countsPeopleAsGroup(q: QuestionAnalysis, text: string): boolean {
  if (!text.includes(' of ')) return false;
  const wn = wordNet();
  const words = q.tokens.filter((t) => q.counted.includes(t.term)).map((t) => t.word.toLowerCase());
  if (!wn || !words.some((w) => w === 'people' || wn.isPersonNoun(w, false))) return false;
  // Not a place's people ("a small country of 10 million people"): a population, for another question.
  for (const m of text.matchAll(GROUP_OF_RE)) if (wn.isKindOf(m[1] as string, 'social_group') && !wn.isPlaceInSenses(m[1] as string)) return true;
  return false;
}

/** The head noun whose size a "how large is X" question asks, with its commonest sense's single-word synonyms, as terms; null for other questions. */
const sizedThing = perQuestion((q): ReadonlySet<string> | null => {
  const head = sizedNoun(q.text);
  const term = head === undefined ? null : termOf(head);
  return head === undefined || term === null ? null : new Set([term, ...synonymTerms(head)]);
});

/** Whether a word is the money noun the question asks the sum of ("profit"), or a WordNet synonym of it ("earnings"); made once per question. */
const askedSumWord = perQuestion((q): ((word: string) => boolean) => {
  const noun = HEAD_NOUN_Q_RE.exec(q.text)?.[2];
  const words = noun === undefined ? [] : [noun, ...(wordNet()?.related(noun, 'noun', 1).synonyms ?? [])];
  const terms = new Set(words.map((w) => termOf(w) ?? w));
  return (w) => terms.has(termOf(w) ?? w) || asksWord(q, w);
});

/** Whether `text` says the thing whose size the question asks (true when it asks none). */
function sizedThingSaid(q: QuestionAnalysis, text: string): boolean {
  const thing = sizedThing(q);
  if (thing === null) return true;
  return analyze(text).some((t) => thing.has(t.term));
}

/** Terms of the single-word WordNet synonyms of the counted nouns' commonest senses ("candidate" for "nominees"), worked out once per question. */
const countedSynonyms = perQuestion((q): string[] => {
  const out = new Set<string>();
  for (const t of q.tokens) {
    if (!q.counted.includes(t.term)) continue;
    for (const term of synonymTerms(t.word)) if (!q.counted.includes(term)) out.add(term);
  }
  return [...out];
});

/**
 * Terms of the single-word WordNet synonyms of the commonest sense of the noun `word`, and of the
 * kind it is directly a kind of ("How many ships ...?" counted as "vessels").
 */
function synonymTerms(word: string): string[] {
  const r = wordNet()?.related(word, 'noun', 1);
  return [...(r?.synonyms ?? []), ...(r?.broader ?? [])].map((w) => (w.includes('_') ? null : termOf(w))).filter((t): t is string => t !== null);
}

/** "What share of the population ...": a share, not any number; of the asked thing ("5 percent of global sales" is no share of Internet users). */
function shareFit(q: QuestionAnalysis, text: string): number {
  if (!SHARE_RE.test(text)) return 0.5;
  const asks = (w: string): boolean => questionTerms(q).has(termOf(w.toLowerCase()) ?? '');
  // "... and around half are believed to still be alive": a fraction in words, with no word of the question after it, is a share of another thing.
  if (!PERCENT_SHARE_RE.test(text) && [...text.matchAll(FRACTION_SHARE_RE)].every((m) => !(m[1] as string).split(/\s+/).some((w) => w.length > 2 && asks(w)))) return SHARE_OF_OTHERS;
  return sharesOfOthers(text, asks) ? SHARE_OF_OTHERS : 1;
}
/** A share in figures: "80 percent", "12.5%". */
const PERCENT_SHARE_RE = /\d\s*(?:%|percent|per\s+cent)|%/i;
/** A share in words and the words after it ("half are believed to ...", "one in five voters"). */
const FRACTION_SHARE_RE = new RegExp(String.raw`\b(?:${FRACTION_WORDS}|one in \w+)\b((?:\s+[\p{L}'’-]+){0,6})`, 'giu');

/**
 * The fit of a sentence that counts the asked thing: not when every such count is a place's
 * population, only planned (for what came about), of a part (for the whole) or of what is
 * done (for what is to come).
 */
function countFit(q: QuestionAnalysis, text: string, modifiers: readonly string[]): number {
  if (!countsBesidesPopulation(q.text, text, q.counted, modifiers)) return POPULATION_ONLY;
  if (!q.future && countsOnlyPlanned(q.text, text, q.counted, modifiers)) return PLANNED_ONLY;
  if (countsOnlyPart(q.text, text, q.counted, modifiers)) return PLANNED_ONLY;
  if (countsOnlyPartOfDone(q.text, text, q.counted, modifiers)) return PLANNED_ONLY;
  // "How many passengers were injured?": "the six seriously injured passengers" counts those hurt badly, a part.
  if (!DEGREE_ADVERB_RE.test(q.text) && DEGREE_COUNT_RE.test(text)) {
    const rest = text.replace(DEGREE_COUNT_ALL_RE, (m) => ' '.repeat(m.length));
    if (!countsThing(rest, q.counted, modifiers)) return OTHERS_ONLY;
  }
  // "How many reactors does EDF operate?": "found cracked welds in two other reactors" counts some besides one told of, not all.
  if (!/\b(?:other|others|more)\b/i.test(q.text) && OTHER_COUNT_RE.test(text)) {
    const rest = text.replace(OTHER_COUNT_ALL_RE, (m) => ' '.repeat(m.length));
    if (!countsThing(rest, q.counted, modifiers)) return OTHERS_ONLY;
  }
  if (q.future && countsOnlyDone(text, q.counted, modifiers, isPastForm)) return PLANNED_ONLY;
  return 1;
}

/** How badly: an adverb that makes a count of the hurt a part of them ("six seriously injured passengers"). */
const DEGREE_ADVERBS = 'seriously|critically|badly|severely|slightly|lightly|gravely';
const DEGREE_ADVERB_RE = new RegExp(`\\b(?:${DEGREE_ADVERBS})\\b`, 'i');
/** A count, such an adverb, a participle and the counted noun: "the six seriously injured passengers". */
const DEGREE_COUNT_SOURCE = String.raw`\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens)\s+(?:${DEGREE_ADVERBS})\s+\p{Ll}+ed\s+\p{Ll}+`;
const DEGREE_COUNT_RE = new RegExp(DEGREE_COUNT_SOURCE, 'iu');
const DEGREE_COUNT_ALL_RE = new RegExp(DEGREE_COUNT_SOURCE, 'giu');

/** A count in round words only: "hundreds of", "thousands of", "dozens of" (not "tens of thousands": also rough, but often all there is). */
const VAGUE_COUNT_RE = /\b(?:hundreds|thousands|dozens|scores)\s+of\b/gi;
const VAGUE_COUNT_ANY_RE = new RegExp(VAGUE_COUNT_RE.source, 'i');
/** Fit of a count given only roughly, beside one in figures elsewhere. */
const VAGUE_COUNT = 0.9;

/** Fit of such a count: the total is one more, which a sentence may leave the reader to add ("beating 11 other teams"). */
const OTHERS_ONLY = 0.75;

/** A count of others besides one already told of, up to the end of its phrase: "two other reactors". */
const OTHER_COUNT_SOURCE = String.raw`\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens of)\s+other\s+[^,.;:]*`;
const OTHER_COUNT_RE = new RegExp(OTHER_COUNT_SOURCE, 'i');
const OTHER_COUNT_ALL_RE = new RegExp(OTHER_COUNT_SOURCE, 'gi');

/** The adjectives of "how old / tall / far ...", as terms. */
const HOW_ADJECTIVE_TERMS = new Set(['old', 'tall', 'far', 'high', 'fast', 'heavy', 'deep', 'wide', 'long', 'weigh'].map((w) => termOf(w) ?? w));

/** Words of a population question ("How many people live in X?") that a sentence giving X's population answers for. */
const POPULATION_TERMS = new Set(['people', 'live', 'population', 'resident', 'inhabitant', 'citizen'].map((w) => termOf(w) ?? w));

/** Words a price written before a thing answers for: "How much did it cost / was it worth?". */
const PRICE_TERMS = new Set(['cost', 'worth', 'value', 'price'].map((w) => termOf(w) ?? w));

/**
 * Whether a question word says only what kind of quantity is asked, which a sentence that gives
 * it (`text`, already found to fit) has said: "How old is Sharon?" answered by "Sharon, 70,";
 * "How much will the station cost?" by "the $2.4 billion station"; "How many people live in
 * Kosovo?" by "Kosovo, which has 2 million residents".
 */
export function quantityWordMet(q: QuestionAnalysis, term: string, text: string): boolean {
  if (q.type !== 'quantity') return false;
  if ((q.age || q.measure) && HOW_ADJECTIVE_TERMS.has(term)) return true;
  if (POPULATION_TERMS.has(term) && LIVE_IN_Q_RE.test(q.text)) return true;
  if (saidByDeathToll(q, term, text)) return true;
  // "How much weight had she lost?": "she had lost 15 kilograms" gives a weight in its unit.
  // ... and "How large was the disputed area?" one in square kilometers.
  if (MEASURE_NOUN_UNITS.get(term)?.test(text) === true && (q.counted.includes(term) || asksSize(q.text))) return true;
  if (MONEY_TERMS.has(term) && q.counted.includes(term) && (hasCurrency(text) || givesMoneyUnit(text)) && saysEveryOtherTerm(q, term, text)) return true;
  return PRICE_TERMS.has(term) && q.amount && pricedBefore(text, (w) => { const t = termOf(w); return t !== null && !PRICE_TERMS.has(t) && q.terms.includes(t); });
}

/** Nouns of a measure and the units that give one ("weight" / "15 kilograms", "distance" / "20 miles"). */
const MEASURE_NOUN_UNITS: ReadonlyMap<string, RegExp> = new Map([
  ...['weight'].map((w) => [termOf(w) ?? w, WEIGHT_RE] as const),
  ...['length', 'height', 'distance', 'depth', 'width'].map((w) => [termOf(w) ?? w, LENGTH_RE] as const),
  [termOf('area') ?? 'area', AREA_RE],
]);

/**
 * The general words for money ("How much money has been pledged?"), which a sum of money says
 * ("Only $21 million has been pledged"), when the sentence has every other word of the question:
 * a sum beside only some of them ("bin Laden ... $300 million" for what he inherited), or beside
 * only a name or a noun the question gives, is another sum.
 */
const MONEY_TERMS = new Set(['money', 'cash', 'funds', 'funding'].map((w) => termOf(w) ?? w));

function saysEveryOtherTerm(q: QuestionAnalysis, term: string, text: string): boolean {
  const here = new Set(analyze(text).map((t) => t.term));
  const others = q.terms.filter((t) => t !== term && !q.light.has(t));
  // ... one of them the verb of what was done with it, in the past ("pledged", "spent"), not only a
  // name or a noun ("How much cash does Baltair have?", "How much money will each fan get back?").
  const done = (t: string): boolean => !q.entityTerms.has(t) && q.tokens.some((k) => k.term === t && isPastForm(k.word));
  return others.some(done) && others.every((t) => here.has(t));
}

/** Fit of a count of a kind of person ("200 crew and passengers") for a count of people: a little below a count of people itself. */
const KIND_OF_PEOPLE = 0.75;

/**
 * Whether the question's word for people in general (`term`, what it counts) is said by a
 * count of a kind of person ("200 crew and passengers") or by a count that leaves out its noun
 * ("Only 11 survived").
 */
export function peopleWordMet(q: QuestionAnalysis, term: string, text: string): boolean {
  return q.type === 'quantity' && q.counted.includes(term) && countsPeopleInGeneral([term]) && (countsKindOfPeople(text) || countsLeftUnnamed(text, q.counted, q.terms, q.text));
}

/** Fit of a count that leaves out its noun ("a dozen or so had clauses"): the noun is the sentence's, or people in general. */
const UNNAMED_COUNT = 0.85;

/** Fit of "59 of the 110 starters had retired" for "How many yachts retired?": the asked act, counted of a whole the question names otherwise. */
const PART_DOING = 0.9;
/** "59 of the 110 starters had retired": a number, "of the", the whole, then the verb (group 1). */
const PART_DOING_RE = /\b\d[\d,]*\s+of\s+(?:the|its|their)\s+(?:\d[\d,]*\s+)?[\p{Ll}-]+\s+(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?(\p{Ll}+)\b/u;

/** Whether `text` counts a part of a whole by the act the question counts: "59 of the 110 starters had retired". */
function countsPartDoing(q: QuestionAnalysis, text: string): boolean {
  // ... with an auxiliary ("How many yachts had retired?") or without ("How many yachts retired?").
  const verb = countedEventVerb(q) ?? (/^\s*(?:and\s+)?how\s+many\s+(?:[\p{Ll}-]+\s+){1,2}?(\p{Ll}+ed)\b/iu.exec(q.text)?.[1] ?? null);
  const done = verb === null ? undefined : PART_DOING_RE.exec(text)?.[1];
  return done !== undefined && termOf(done) === termOf(verb as string);
}
