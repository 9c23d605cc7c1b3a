/**
 * Light entity recognition for news text: dates, durations, quantities, places and person
 * names. Rules and small general word lists only (no model), tuned for English news copy.
 */
import { ThingIntroducedNames } from './thing-introduced-names.ts';
import { NAME_CUES } from './speech-verbs.ts';
import { STOP_WORDS, termOf } from './text-analysis.ts';
import { capitalise, MAY_MONTH_AFTER_SOURCE, MONTH_ABBREVIATION_SOURCE, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../domain/calendar.ts';
import { countryTermOf, DEMONYMS, PLACE_WORDS } from './gazetteer.ts';
import { isLexiconOrganisation, isLexiconPlace } from './lexicon.ts';
import { hasTimeExpression, OLD_YEAR_RE } from './time-expressions.ts';
import { wordNet } from './wordnet.ts';
import { describedNames } from './described-names.ts';

const MONTH_ABBR = MONTH_ABBREVIATIONS;
/** A month's name, or its abbreviation with a full stop or, as Reuters writes it, before a day ("Aug 12"). */
const MONTH_ABBREVIATED = `(?:${Object.keys(MONTH_ABBREVIATIONS).map(capitalise).join('|')})`;
const MONTH_RE = new RegExp(`\\b(${MONTHS.map(capitalise).join('|')}|${MONTH_ABBREVIATED}\\.|${MONTH_ABBREVIATED}(?=\\s+\\d{1,2}\\b))`, 'g');
const WEEKDAY_RE = new RegExp(`\\b(${WEEKDAYS.map(capitalise).join('|')})\\b`);
const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/;
const ISO_DATE_RE = /\b\d{4}-\d{2}-\d{2}\b/;
const RELATIVE_DATE_RE = /\b(?:(?:last|next|this|earlier this|later this|early|late)\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend|morning|night)|yesterday|today|tomorrow|in recent (?:days|weeks|months)|on the anniversary|since \d{4})\b/i;

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|several|half';
const UNIT_WORDS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?';
/** Words between a count and its unit: "two more days", "90 working days", "three straight weeks". */
const SPAN_QUALIFIER = String.raw`(?:(?:more|working|business|calendar|full|straight|consecutive|additional)\s+)?`;
const SPAN_RE = new RegExp(`\\b(?:\\d+(?:\\.\\d+)?|an?|${NUMBER_WORDS}|many|few|couple of)\\s+${SPAN_QUALIFIER}(?:${UNIT_WORDS})\\b`, 'gi');
/** "for an hour", "lasted only around 35 minutes", "took two days". */
const STRONG_DURATION_RE = new RegExp(`\\b(?:for|lasted|lasting|last|spent|took|over|within|have|has|had|given|gives|give)\\s+(?:only\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|more than\\s+|less than\\s+|some\\s+)*(?:\\d+|an?|${NUMBER_WORDS}|many|few)\\s+${SPAN_QUALIFIER}(?:${UNIT_WORDS})\\b`, 'gi');

/** "The protest ended after six hours", "talks broke up after three days": how long it went on, said by its end. */
const ENDED_AFTER_SPAN_RE = new RegExp(`\\b(?:ended|finished|concluded|broke\\s+up|dispersed|wound\\s+up|was\\s+called\\s+off|was\\s+lifted)\\s+(?:only\\s+)?after\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|more than\\s+|some\\s+)*(?:\\d+|an?|${NUMBER_WORDS})\\s+${SPAN_QUALIFIER}(?:${UNIT_WORDS})\\b`, 'i');

/** "eleven years after digging began": how long it has gone on, counted from its start. */
const SINCE_START_SPAN_RE = new RegExp(`\\b(?:\\d+|an?|${NUMBER_WORDS})\\s+${SPAN_QUALIFIER}(?:${UNIT_WORDS})\\s+after\\s+(?:[\\p{L}-]+\\s+){1,3}(?:began|started|begun|commenced)\\b`, 'iu');

/** A first, last or superlative, then "in (more than)": the span after it is a gap since the last such event. */
const GAP_BEFORE_RE = /\b(?:first|last|only|highest|lowest|biggest|largest|smallest|worst|best|longest|shortest|strongest|weakest|deadliest|fastest|slowest|sharpest|steepest|greatest|most|least)\b[^.;:!?]{0,60}?\bin\s+(?:(?:more than|less than|nearly|almost|over|about|some|at least|the past|the last)\s+)*$/i;

/**
 * Whether the span starting at `start` says how long since the last such event ("the first
 * visit by a British prime minister in seven years", "its lowest close in more than two
 * months"), not how long this one lasted or how far it is.
 */
export function isGapSpan(text: string, start: number): boolean {
  return GAP_BEFORE_RE.test(text.slice(Math.max(0, start - 120), start));
}

/** A span written as one word before what it measures: "a 20-day extension", "their three-week inquiry", "a five-hour meeting". */
const COMPOUND_DURATION_RE = new RegExp(`\\b(?:\\d+|(?:[a-z]+-)?(?:${NUMBER_WORDS}))-(?:second|minute|hour|day|week|month|year|decade)(?:-long)?\\s+[a-z]`, 'i');

/** A span of time, then "of" and what fills it: "after two weeks of rallies", "three days of talks" (the noun, group 1). */
const SPAN_OF_RE = new RegExp(`\\b(?:\\d+|${NUMBER_WORDS}|a few|several)\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\\s+of\\s+(?:(?:the|his|her|its|their)\\s+)?(?!(?:${NUMBER_WORDS}|the|his|her|its|their)\\b)([a-z][a-z-]{2,})`, 'gi');

/** A measure written as one word before what it measures, and that noun (and the one after it): "the race's 54-year history", "a 12-ton laboratory module". */
const ATTRIBUTIVE_MEASURE_RE = new RegExp(`\\b(?:\\d[\\d.,]*|(?:[a-z]+-)?(?:${NUMBER_WORDS}))-(?:second|minute|hour|day|week|month|year|decade|century|mile|kilometer|kilometre|meter|metre|foot|feet|yard|inch|ton|tonne|pound|kilogram|knot|acre)s?(?:-(?:long|old|high|wide|deep|tall))?\\s+([a-z][a-z-]{2,})(?:\\s+([a-z][a-z-]{2,}))?`, 'gi');

/**
 * `text` with every measure written before a noun the question does not ask about blanked out
 * ("It was the worst disaster in the race's 54-year history" for "How long is the race?"):
 * that measure belongs to the other noun. `asks` tells whether a word is one of the question's.
 */
export function withoutOthersMeasures(text: string, asks: (word: string) => boolean): string {
  return text
    .replace(ATTRIBUTIVE_MEASURE_RE, (m: string, a: string, b: string | undefined) => (asks(a) || (b !== undefined && asks(b)) ? m : ' '.repeat(m.length)))
    .replace(SPAN_OF_RE, (m: string, noun: string, at: number, whole: string) => (noun.toLowerCase() === 'age' || asks(noun) || asks(spanPurposeVerb(whole.slice(at + m.length)) ?? '') ? m : ' '.repeat(m.length)));
}

/** "need several weeks of medical care to recover": the verb of the purpose the span of something serves (group 1), a few words on. */
const SPAN_PURPOSE_RE = /^(?:\s+[\p{Ll}-]+){0,2}\s+to\s+(\p{Ll}{3,})\b/u;

/** The verb of a purpose right after a span of something ("... of medical care to recover" → recover), or null. */
function spanPurposeVerb(after: string): string | null {
  return SPAN_PURPOSE_RE.exec(after)?.[1] ?? null;
}

/** Words that give a reason. */
const REASON_RE = /\b(?:because|due\s+to|as\s+a\s+result|after|since|over\s+(?:the|a|an|his|her|its|their|["“](?=\w))|in\s+response|(?<!\bthe\s)following(?!\s+(?:year|day|week|month|morning|night|decade|season)s?\b)|so\s+that|in\s+order\s+to|so\s+as\s+to|to\s+(?:avoid|prevent|ensure|make\s+sure)|reason|caused\s+by|brought\s+on\s+by|triggered\s+by|sparked\s+by|blamed\s+on|attributed\s+to|traced\s+(?:(?:the|an?|its|their|this|that)\s+)?(?:[\w-]+\s+){0,2}to|owing\s+to|on\s+(?:the\s+)?grounds|(?:arguing|contending)\s+that|accusing\s+(?:him|her|them|it)\s+of|for\s+(?:lack|want)\s+of|for\s+fear\s+of|for\s+the\s+sake\s+of|thanks\s+to|fearing|(?:worried|concerned|angered|alarmed|frustrated)\s+(?:that|about|by|over)|out\s+of\s+(?:fear|concern|anger|frustration|respect)|in\s+protest|,\s+(?:protesting|citing|saying)|in\s+(?:the\s+)?hopes?\s+(?:of|that)|hoping\s+(?:to|that|for)|in\s+an?\s+(?:effort|attempt|bid)\s+to|in\s+(?:exchange|return)\s+for)\b/i;
const ALL_REASONS_RE = new RegExp(REASON_RE.source, 'gi');
/**
 * Verbs that say what brought something about: "A software error caused the explosion", "a
 * campfire ... had started the blaze" (a verb of beginning with the thing as its object; "the
 * fire started on Tuesday", with none, says when).
 */
const CAUSE_VERB_RE = /\b(?:caused|causing|triggered|triggering|sparked|sparking|ignited|igniting|started|starting|led to|resulted in|brought about|set off|touched off)\s+((?:\S+\s+){0,5}\S+)/gi;

/** "the cause of the fire", "the reasons behind the decision", "blamed for the crash": what the cause is the cause of follows. */
const CAUSE_OF_RE = /\b(?:causes?|reasons?|blamed|responsible)\s+(?:of|for|behind)\s+((?:\S+\s+){0,4}\S+)/gi;
/**
 * The passive: "The jetliner that crashed off Maine was probably brought down by a fire", "the
 * blaze was started by a campfire": what was brought about comes before the verb.
 */
const PASSIVE_CAUSE_RE = /((?:\S+\s+){0,8}?)(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:caused|triggered|sparked|ignited|started|set\s+off|touched\s+off|brought\s+(?:about|down|on))\s+by\b/giu;
/** "blamed the fire on a heater": the thing blamed sits between the verb and "on". */
const BLAMED_ON_RE = /\bblam(?:ed|es|ing)\s+((?:\S+\s+){0,4}?\S+)\s+on\b/gi;
/** "... was the likely cause.": the cause of what the story has just told of. */
const CAUSE_OF_TOLD_RE = /\b(?:the|a)\s+(?:(?:likely|probable|possible|main|chief|immediate|official|exact|real|underlying|most\s+likely)\s+)?cause(?=\s*(?:[,.;:]|$))/i;

/**
 * Whether `text` says something brought about an asked thing ("A software error ... caused
 * the explosion of the rocket", "The cause of the fire was an electrical fault", "blamed the
 * fire on a heater"), or names the cause of what it has just told of ("... was the likely cause.").
 */
export function namesCauseOf(text: string, asks: (word: string) => boolean): boolean {
  const asked = (span: string): boolean => span.split(/\s+/).some((w) => asks(w.toLowerCase().replace(/[^\p{L}-]/gu, '')));
  for (const re of [CAUSE_VERB_RE, CAUSE_OF_RE, BLAMED_ON_RE, PASSIVE_CAUSE_RE]) for (const m of text.matchAll(re)) if (asked(m[1] as string)) return true;
  return namesCauseOfTold(text);
}

/** "Investigators said an electrical fault was the likely cause.": the cause of what the sentence before told of. */
export function namesCauseOfTold(text: string): boolean {
  return CAUSE_OF_TOLD_RE.test(text);
}

/** A stretch of time or a time adverb right before "after": "two days after", "the day after", "shortly after", "ever since". */
const TIME_BEFORE_RE = new RegExp(`(?:\\b(?:\\d+|an?|the|that|this|next|same|${NUMBER_WORDS}|few|several)\\s+(?:${UNIT_WORDS})|\\b(?:shortly|soon|just|hours|days|weeks|months|years|ever|long|right|immediately))\\s+$`, 'i');

/** Words before "reason" that say none was given: "without giving a", "gave no", "did not give a". */
const NO_REASON_BEFORE_RE = /\b(?:without\s+(?:giving|stating|citing|offering)\s+(?:a|any)|(?:gave|give|gives|giving|offered|cited|stated)\s+no|no|not\s+(?:give|given|giving|say|state|cite)\s+(?:a|any|the)|(?:declined|refused)\s+to\s+(?:give|say|state|cite)\s+(?:a|any|the))\s+$/i;

/** A time right after "since" or "after": "since Sunday night", "after March 3", "since 2019", "since then". */
const TIME_AFTER_RE = new RegExp(`^\\s+(?:(?:early|late|last|this|mid|next)[\\s-]+)?(?:(?:${WEEKDAYS.join('|')}|${MONTHS.join('|')}|${MONTH_ABBREVIATION_SOURCE})\\b|\\d{4}\\b|(?:then|yesterday|today|dawn|midnight|noon)\\b|the\\s+(?:start|end|beginning|morning|afternoon|evening|weekend)\\b)`, 'i');

/** Prepositions that date something by another event: "before the crash", "during his visit". */
export const DATING_PREPOSITIONS = 'before|after|since|until|during|following';
/** "before the crash", "after the storm", "since the war": a phrase that dates something by another event. */
const DATING_PHRASE_RE = new RegExp(`\\b(?:${DATING_PREPOSITIONS})\\s+(?:the|a|an|its|his|her|their|this|that)\\s+\\p{L}+`, 'giu');

/** "traced the outbreak to ...": what was traced (group 1) and, after "to", its cause. */
const TRACED_RE = /\btraced\s+((?:(?:the|an?|its|their|this|that)\s+)?(?:[\w-]+\s+){0,2})to\b/i;

/**
 * Whether `text` gives a reason that is not the asked thing itself: for "What caused the
 * storm?", "... searched the seas after a violent storm struck" gives the storm as the reason
 * for something else. `asks` tells whether a word is one of the question's topic words.
 */
export function givesReasonFor(text: string, asks: (word: string) => boolean): boolean {
  // "an investigation had traced the outbreak to salad leaves": the cause of the thing traced.
  const traced = TRACED_RE.exec(text);
  if (traced && (traced[1] as string).split(/\s+/).some((w) => w.length > 2 && asks(w.toLowerCase()))) return true;
  for (const m of text.matchAll(ALL_REASONS_RE)) {
    // "two days after the tempest", "shortly after": when, not why.
    if (/^(?:after|since)$/i.test(m[0]) && TIME_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "without giving a reason", "gave no reason": none is given.
    if (/^reason$/i.test(m[0]) && NO_REASON_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "since Sunday night", "after 2019": a time, not a cause.
    if (/^(?:after|since)$/i.test(m[0]) && TIME_AFTER_RE.test(text.slice(m.index + m[0].length))) continue;
    // "debris over the Atlantic": where, not why.
    if (/^over the$/i.test(m[0]) && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
    const clause = text.slice(m.index + m[0].length).split(/[,;:.]/)[0] ?? '';
    if (clause.split(/\s+/).slice(0, 5).some((w) => w.length > 2 && asks(w.toLowerCase()))) continue;
    // "Blinken cancelled a trip because of the row over the balloon" gives the reason for the
    // cancelled trip, not for anything done to the balloon: what the reason explains must be asked
    // about, unless the sentence leaves it to a pronoun ("That was because ...").
    // A word that only dates it is not explained: in "stopped recording six minutes before the
    // crash, apparently because the fire had cut its power", the reason is the recording's.
    const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length + clause.length)}`.replace(DATING_PHRASE_RE, ' ');
    const words = rest.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length > 2 && termOf(w) !== null);
    if (words.length === 0 || words.some(asks)) return true;
  }
  return false;
}

/** A race's time in hours, minutes and seconds: "won in 2:15:02" (not a time of day, "4:30:15 a.m."). */
export const RACE_TIME_RE = /\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\b(?!\s*(?:a\.?m|p\.?m|GMT|UTC)\b)/;
/** The same in words: "2 hours, 0 minutes, 19 seconds", "two hours and three minutes". */
export const RACE_TIME_WORDS_RE = /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+hours?,?\s+(?:and\s+)?\d+\s+minutes?(?:,?\s+(?:and\s+)?\d+(?:\.\d+)?\s+seconds?)?/i;

/** A count and what it counts, right before "a day" / "an hour": "1.3 million passengers a day", "20 flights a week". */
const RATE_BEFORE_RE = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)(?:\s+(?:million|billion|thousand|hundred))?\s+(?:[\p{L}-]+\s+){0,2}?\p{L}+s\s+$/u;

/** A time span that measures something ("for an hour"), not one that dates it ("a few hours before") or one since the last such event. */
export function hasDurationIn(text: string): boolean {
  if (RACE_TIME_RE.test(text)) return true;
  for (const m of text.matchAll(STRONG_DURATION_RE)) if (!isGapSpan(text, m.index)) return true;
  if (COMPOUND_DURATION_RE.test(text) || ENDED_AFTER_SPAN_RE.test(text) || SINCE_START_SPAN_RE.test(text)) return true;
  for (const m of text.matchAll(SPAN_RE)) {
    // "carries about 1.3 million passengers a day": a rate, not a span.
    if (/^an?\s/i.test(m[0]) && RATE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "on a day when burning was banned", "a year in which prices fell": which day, not how long.
    if (/\bon\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) || /^\s+(?:when|in which|on which|during which)\b/i.test(after)) continue;
    if (!/^\s*(?:before|after|ago|earlier|later|since|into)\b/i.test(after) && !isGapSpan(text, m.index)) return true;
  }
  return false;
}
// "one" is left out: "one of the main markets" is not a quantity.
const QUANTITY_RE = new RegExp(`\\b(?:\\d[\\d,.]*\\s*(?:%|percent|per\\s+cent)?|${NUMBER_WORDS.replace('one|', '')})\\b`, 'i');

/** Regions and bodies that are never person names; countries and capitals come from the gazetteer. */
const PLACES = new Set(
  ('europe eu asia africa america americas nato un pacific atlantic arctic antarctic mediterranean middle east west ' +
    'east north south gulf').split(' '),
);
/**
 * Words that head the names of bodies in any story ("the Defence Ministry", "Evening Post",
 * "Air Force"). Named bodies a story needs beyond these go in its lexicon.yml; acronyms
 * ("NATO", "AFP") are recognised by their form (isAcronym).
 */
const ORGS = new Set(
  ('congress senate department house air force army navy mail times post news ministry parliament ' +
    'conference council party organisation organization security').split(' '),
);

/** An all-capitals word of 2 to 5 letters ("UN", "NATO", "AFP"): a body, never a person's name. */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,5}$/u.test(word.replace(/[’']s$/, ''));
}
/** Words that come before a name: "President Xi", "Foreign Minister Qin Gang". */
const TITLE_WORDS = new Set(
  ('mr mrs ms dr president minister secretary gen general director spokesperson spokesman spokeswoman leader diplomat ' +
    'official envoy ambassador chancellor premier chairman chair senator governor sen rep admiral colonel col lt brig ' +
    'commander chief analyst professor prof correspondent reporter mayor ' +
    // Titles of rulers and nobles, which news writes before a single given name: "King Abdullah", "Grand Duchess Charlotte".
    'king queen prince princess duke duchess emperor empress pope sultan emir sheikh archduke').split(' '),
);
const SPEECH_VERBS = NAME_CUES;

export interface TextFeatures {
  hasDate: boolean;
  hasDuration: boolean;
  hasQuantity: boolean;
  hasReason: boolean;
  /** Month names (lower-case, full) mentioned. */
  months: Set<string>;
  years: Set<string>;
}

/** "in May", "by May", "early May": the month, capitalised after a word of time (the verb "may" follows a subject). */
export const MAY_AFTER_TIME_WORD_RE = new RegExp(`\\b${MAY_MONTH_AFTER_SOURCE}May$`);

export function monthsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(MONTH_RE)) {
    const raw = (m[1] as string).toLowerCase().replace('.', '');
    const month = MONTH_ABBR[raw] ?? raw;
    // "may" is a month only with a day or year next to it, or capitalised after a word of time ("reopen in May").
    if (month === 'may' && !/^May\s+\d/.test(text.slice(m.index)) && !MAY_AFTER_TIME_WORD_RE.test(text.slice(Math.max(0, m.index - 12), m.index + 3))) continue;
    out.add(month);
  }
  return out;
}

export function textFeatures(text: string): TextFeatures {
  const months = monthsIn(text);
  const years = new Set<string>();
  for (const m of text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) years.add(m[1] as string);
  for (const m of text.matchAll(OLD_YEAR_RE)) years.add(m[1] as string);
  const hasDate = months.size > 0 || years.size > 0 || WEEKDAY_RE.test(text) || ISO_DATE_RE.test(text) || RELATIVE_DATE_RE.test(text) || hasTimeExpression(text);
  return {
    hasDate,
    hasDuration: hasDurationIn(text),
    hasQuantity: QUANTITY_RE.test(text.replace(/\b(?:1[89]\d\d|20\d\d)\b/g, '').replace(/\b\d{1,2}(?:st|nd|rd|th)?\b(?=\s*,?\s*(?:19|20)\d\d)/g, '')),
    hasReason: REASON_RE.test(text),
    months,
    years,
  };
}

export function hasYear(text: string): boolean {
  return YEAR_RE.test(text);
}

export function isPlaceWord(word: string): boolean {
  const w = word.toLowerCase();
  return PLACES.has(w) || PLACE_WORDS.has(w) || isLexiconPlace(w);
}

export function isOrgWord(word: string): boolean {
  const w = word.toLowerCase();
  return ORGS.has(w) || isLexiconOrganisation(w);
}

export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Words of a title besides the titles themselves, before a name ("Foreign Minister", "Deputy Prime Minister", "Chief Executive"). */
const TITLE_PART_RE = /^(?:foreign|prime|deputy|vice|press|senior|chief|former|top|defen[cs]e|interior|finance|trade|home|general|executive|managing|acting|interim|assistant|associate|first|lady)$/;

/** Whether the lower-case `word` is a word of a title that is no title itself ("deputy", "executive"). */
export function isTitlePart(word: string): boolean {
  return TITLE_PART_RE.test(word);
}

const CAP_WORD = "\\p{Lu}[\\p{L}'’-]*";
/** A run of capitalised words, any length. */
/** A particle inside a name: "Eaux du Rhône", "Banco de España", "Ludwig van Beethoven". */
const INNER_PARTICLE = 'de|del|della|der|van|von|da|dos|di|du|la|le|bin|ibn|al|el';
const CAP_RUN_RE = new RegExp(`${CAP_WORD}(?:\\s+(?:(?:${INNER_PARTICLE})\\s+)?${CAP_WORD})*`, 'gu');

function isNameToken(w: string): boolean {
  const lw = w.toLowerCase().replace(/[’']s$/, '');
  // "Russian-built", "U.S.-made", "Iranian-backed": a place made into an adjective, not a name.
  const compound = /^([\p{L}.]+)-\p{Ll}/u.exec(w);
  if (compound && (isPlaceWord(compound[1] as string) || DEMONYMS.has((compound[1] as string).toLowerCase()))) return false;
  return !isAcronym(w) && !isPlaceWord(lw) && !isOrgWord(lw) && !DEMONYMS.has(lw) && !TITLE_WORDS.has(lw) && !MONTHS.includes(lw) && !WEEKDAYS.includes(lw)
    && !/^(The|A|An|He|She|It|They|We|I|This|That|In|On|At|But|And|Of|For|With|As|If|When|While|Although|According|European|Western|Eastern|Central|Foreign|State|Office|Affairs|Vice|Press|Secretary|Communist|Cold|War|Big|Tech|Yes|No)$/u.test(w);
}

/**
 * Person names in a corpus: capitalised words after a title ("President Xi Jinping",
 * "Brig. Gen. Patrick Ryder") or before a speech verb ("Ryder said"), minus places and
 * organisations. Returns full names and the lower-cased tokens that identify a person.
 */
export function findPersonNames(texts: Iterable<string>, seed: Iterable<string> = []): { names: Set<string>; tokens: Set<string> } {
  const names = new Set<string>();
  const titleRe = new RegExp(`\\b(?:${[...TITLE_WORDS].join('|')})\\.?\\s+(?:of\\s+State\\s+)?(${CAP_WORD}(?:\\s+${CAP_WORD}){0,2})`, 'giu');
  const speechRe = new RegExp(`(${CAP_WORD}(?:\\s+${CAP_WORD})?)\\s+(?:${SPEECH_VERBS})\\b`, 'gu');
  const appositiveRe = new RegExp(`(${CAP_WORD}\\s+${CAP_WORD}),\\s+(?:a|an|the)\\s+[^,.]{0,60}?\\b(?:${[...TITLE_WORDS].join('|')})\\b`, 'gu');
  // "Its chief executive, Steve Case, said": the title, a comma, and the name set off by commas.
  const titleCommaRe = new RegExp(`\\b(?:${[...TITLE_WORDS].join('|')})(?:\\s+[a-z]+)?,\\s+(${CAP_WORD}(?:\\s+${CAP_WORD}){1,2}),`, 'giu');
  // A name is met many times over a topic: each raw phrase is judged once.
  const judged = new Set<string>();
  // Names found only before a speech verb, which a body or a thing may be ("Petroandina said").
  const spoken = new Set<string>();
  const evidenced = new Set<string>();
  // Names found only after a noun for a person ("explorer Harwell Energy", "carrier Lufthansa"), which business copy also writes before a company.
  const rolePrefixed = new Set<string>();
  const add = (raw: string, by: 'speech' | 'role' | 'other' = 'other'): void => {
    if (judged.has(raw)) return;
    judged.add(raw);
    const words = raw.split(/\s+/).filter((w) => isNameToken(w) && /^\p{Lu}/u.test(w));
    const name = words.join(' ').replace(/[’']s$/, '');
    // "The United States has ...": a place of several words, none of them a place alone.
    if (words.length > 0 && words.length <= 3 && countryTermOf(name) === null) {
      names.add(name);
      (by === 'speech' ? spoken : by === 'role' ? rolePrefixed : evidenced).add(name);
    }
  };
  const things = new ThingIntroducedNames();
  for (const s of seed) add(s);
  // "dictator Emilio Barraza", "skipper Mark Dunn": a noun for a person (WordNet's nouns of
  // people) in lower case, then a name of two or three words.
  const wn = wordNet();
  const roles = new Map<string, boolean>();
  const isRole = (w: string): boolean => {
    let r = roles.get(w);
    if (r === undefined) roles.set(w, (r = !STOP_ROLE.test(w) && wn !== null && wn.isPersonNoun(w, false)));
    return r;
  };
  // Cheap tests first: most sentences have no title word, no speech verb or no ", the".
  const hasTitle = new RegExp(`\\b(?:${[...TITLE_WORDS].join('|')})\\b`, 'i');
  const hasSpeech = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);
  const hasAppositive = /, (?:a|an|the) /;
  for (const text of texts) {
    const titled = hasTitle.test(text);
    if (titled) {
      for (const m of text.matchAll(titleRe)) {
        // The capture must itself start with a capital: the title match is case-insensitive.
        if (/^\p{Lu}/u.test(m[1] as string)) add(m[1] as string);
      }
    }
    if (hasSpeech.test(text)) for (const m of text.matchAll(speechRe)) add(m[1] as string, 'speech');
    things.read(text);
    if (titled && hasAppositive.test(text)) for (const m of text.matchAll(appositiveRe)) add(m[1] as string);
    if (titled) {
      for (const m of text.matchAll(titleCommaRe)) if (/^\p{Lu}/u.test(m[1] as string)) add(m[1] as string);
    }
    rolePrefixedNames(text, isRole, (name) => add(name, 'role'));
    // "said Helene Marchetti, an astronomer at ...", "said Helene Marchetti of the Paris Observatory",
    // "Helene Marchetti, an astronomer", "Jean-Yves Le Goff, 71, said": a name a person's noun or an age describes.
    if (text.includes(', ') || text.includes(' of the ')) describedNames(text, isRole, add);
    // "his predecessor and mentor, Suharto, was ...", "Zughayar's sister, Basma.": a noun for a person, a comma, a name.
    if (text.includes(', ')) for (const m of text.matchAll(ROLE_COMMA_NAME_RE)) if (isRole(m[1] as string)) add(m[2] as string);
  }
  // "Ecuador's state oil company Petroandina ... Petroandina said": a body's name, not a person's.
  // ... and "British explorer Harwell Energy" when "Harwell Energy, the British company that ..." says what it is.
  for (const n of [...spoken, ...rolePrefixed]) if (!evidenced.has(n) && things.introducedAsThing(n)) names.delete(n);
  const tokens = new Set<string>();
  for (const n of names) for (const w of n.split(' ')) tokens.add(w.toLowerCase());
  return { names, tokens };
}

/**
 * Calls `add` with each name of two or three capitalised words right after a lower-case word
 * that `isRole` ("skipper Grant Pike"). It runs over every sentence of a topic when the index
 * is built, so its pattern is plain ASCII: Unicode classes made it cost 0.5 s at 10,000 articles.
 */
function rolePrefixedNames(text: string, isRole: (word: string) => boolean, add: (name: string) => void): void {
  for (const m of text.matchAll(ROLE_NAME_RE)) if (isRole(m[1] as string)) add(m[2] as string);
}
/** A lower-case word, then two or three capitalised words (a plain pattern, not Unicode classes: it is fast). */
const ROLE_NAME_RE = /\b([a-z]{4,}) ([A-Z][^\s,.;:()"“”]+(?: [A-Z][^\s,.;:()"“”]+){1,2})/g;

/** A lower-case noun, a comma and a name of one to three capitalised words closing a phrase (plain ASCII: fast). */
const ROLE_COMMA_NAME_RE = /\b([a-z]{4,}), ([A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2})(?=[,.;]| (?:was|is|had|has|said|who|and)\b)/g;

/** Lower-case words before a name that WordNet also files under people but that do not introduce one. */
const STOP_ROLE = /^(?:said|says|told|with|from|that|this|when|where|have|were|will|would|could|about|after|before|other|their|there|these|those|which|while|into|over|under|between|against|during|including|according)$/;

/** Capitalised word runs in `text` (not counting a capital that only opens the sentence). */
/** A question's first word that is no name: a question word or another function word ("By", "In", "Where's"), not "US" or "May". */
function openingWord(word: string): boolean {
  // Every question word and auxiliary ("What", "Did") is a stop word.
  const w = word.replace(/['’](?:s|re|ll|d)$/, '');
  return /^[A-Z][a-z]+$/.test(w) && !isMonth(w) && STOP_WORDS.has(w.toLowerCase());
}

export function capitalisedRuns(text: string): string[] {
  const out: string[] = [];
  const keep = (w: string): boolean => isNameToken(w) || isPlaceWord(w) || isOrgWord(w) || isAcronym(w);
  for (const m of text.matchAll(CAP_RUN_RE)) {
    const words = m[0].split(/\s+/);
    // "Did Blinken meet Putin?": the word that opens a question is no part of a name.
    // So is a function word that opens it: "By how much ...", "In which city ...", "Where's ...".
    if (m.index === 0 && openingWord(words[0] as string)) words.shift();
    // A title or other word that names no one ends a name: "Prime Minister Ola Brun" → "Prime", "Ola Brun".
    let segment: string[] = [];
    const flush = (): void => {
      // Three words a name at most, but a body's fourth ("Sudan People's Liberation Army").
      for (let i = 0; i < segment.length; i += 3) {
        const chunk = segment.slice(i, i + 3);
        if (chunk.length === 3 && i + 3 === segment.length - 1 && isOrgWord(segment[i + 3] as string)) {
          chunk.push(segment[i + 3] as string);
          i++;
        }
        out.push(chunk.join(' ').replace(/[’']s$/, ''));
      }
      segment = [];
    };
    for (const w of words) {
      if (keep(w)) segment.push(w);
      else flush();
    }
    flush();
  }
  return out;
}

export function isMonth(word: string): boolean {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS.includes(w) || w in MONTH_ABBR;
}

/** Whether every word of a name is a month's or a weekday's ("Nov.", "Friday"): a date, which names no made thing or body. */
export function isCalendarName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => isMonth(w) || WEEKDAYS.includes(w.toLowerCase()));
}

export function normaliseMonth(word: string): string | null {
  const w = word.toLowerCase().replace('.', '');
  if (MONTHS.includes(w)) return w;
  return MONTH_ABBR[w] ?? null;
}

export function monthOfIsoDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^\d{4}-(\d{2})/.exec(iso);
  if (!m) return null;
  return MONTHS[Number(m[1]) - 1] ?? null;
}

export const DATE_PHRASE_RE = new RegExp(
  `\\b(?:in|on|during|by|since|before|after)?\\s*(?:(?:early|late|mid|the beginning of|the end of)\\s+)?(?:${MONTHS.join('|')}|(?:${MONTH_ABBREVIATION_SOURCE})\\.?)(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?\\b|\\b(?:in|on|during|since)\\s+(?:1[89]\\d\\d|20\\d\\d)\\b|\\b(?:on|last|this|next)\\s+(?:${WEEKDAYS.join('|')})\\b`,
  'gi',
);
