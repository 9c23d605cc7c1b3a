/**
 * Time expressions in news copy, absolute and relative: "on June 19", "February 2023",
 * "on Saturday", "in recent weeks", "last month", "early February", "this evening", "at 8:41
 * p.m. EST", "the day before", "a few hours before his meeting", "two weeks ago". A "when" question is answered by
 * a sentence that dates the asked-about event, so callers also get where each expression is.
 */
import { HOLIDAY_SOURCE, MAY_MONTH_AFTER_SOURCE, MONTH_ABBREVIATION_SOURCE, MONTHS, WEEKDAYS } from '../domain/calendar.ts';
import { perText } from './per-text.ts';

/** A month's name, or its abbreviation with a full stop or, as Reuters writes it, before a day ("Aug 12"). */
const MONTH = `(?:${MONTHS.join('|')}|(?:${MONTH_ABBREVIATION_SOURCE})\\.|(?:${MONTH_ABBREVIATION_SOURCE})(?=\\s+\\d{1,2}\\b))`;
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const PERIOD = '(?:week|weekend|month|year|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|quarter|decade|century)';
const COUNT = '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|few|several|many|some)';
const UNIT_WORDS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?';
const UNIT = `(?:${UNIT_WORDS})`;

/**
 * A year before 1800, told from a count of four digits by the word before it and after it: "founded
 * in 1712 by a cardinal", "since 1450", not "in 1500 cases" nor "1,500 letters".
 */
export const OLD_YEAR_RE = /\b(?:in|since|until|around|circa)\s+(1[0-7]\d\d)\b(?![,.]?\d)(?!\s+(?!(?:by|and|or|to|when|as|at|on|in|after|before|until|but|the|a|an|for|with|from|under|during)\b)\p{Ll})/gu;

const PATTERNS: RegExp[] = [
  // "June 19", "on February 4, 2023", "early February", "the end of February", "May 2" (bare "may" is a verb).
  new RegExp(`\\b(?:(?:early|late|mid|the (?:beginning|start|end|middle) of)[\\s-]+)?(?:${MONTH.replace('may|', '')}|may(?=\\s+\\d))(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:1[89]|20)\\d\\d)?\\b`, 'gi'),
  // "reopen in May", "by early May": the month capitalised after a word of time (case-sensitive: "they may go" is the verb).
  new RegExp(`(?<=\\b${MAY_MONTH_AFTER_SOURCE})May\\b(?:,?\\s+(?:1[89]|20)\\d\\d)?`, 'g'),
  new RegExp(`\\b(?:(?:in|since|by|during|until|before|after)\\s+)?(?:1[89]|20)\\d\\d\\b`, 'gi'),
  OLD_YEAR_RE,
  // A century: "in the 15th century", "a 15th-century manuscript", "the early 18th century".
  /\b(?:(?:in|since|by|during|until)\s+)?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?\d{1,2}(?:st|nd|rd|th)[\s-]+century\b/gi,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  new RegExp(`\\b(?:(?:on|last|this|next|early on|late on|earlier on)\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'gi'),
  new RegExp(`\\b(?:last|next|this|earlier this|later this|early this|late last|early|late|the previous|the following|the same|that|the past)\\s+${PERIOD}\\b`, 'gi'),
  new RegExp(`\\bin (?:recent|the (?:past|last|coming|next)(?:\\s+(?:few|two|three|several))?)\\s+${UNIT}\\b`, 'gi'),
  // "in about six weeks", "in two days": a time counted from when it was written.
  new RegExp(`\\bin\\s+(?:(?:about|around|roughly|some|another|less\\s+than|more\\s+than)\\s+)?${COUNT}\\s+${UNIT}\\b(?!\\s+(?:of|after|before|ago|earlier|later)\\b)`, 'gi'),
  // "early in the morning", "in the early hours", "overnight", "at dawn": a time of day.
  /\b(?:(?:early|late)\s+in\s+the\s+(?:morning|afternoon|evening|day)|in\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening)|in\s+the\s+early\s+hours|overnight|at\s+(?:dawn|dusk|daybreak|first\s+light|nightfall))\b/gi,
  // "within a year", "within two weeks": by when.
  new RegExp(`\\bwithin\\s+${COUNT}\\s+${UNIT}\\b`, 'gi'),
  // ... and "95 million years ago", "two centuries earlier": a count that runs to thousands, in centuries.
  new RegExp(`\\b${COUNT}(?:[\\d.,]*\\s+(?:hundred|thousand|million|billion))?\\s+(?:${UNIT_WORDS}|centur(?:y|ies)|millenni(?:um|a))\\s+(?:ago|earlier|later|before|after|beforehand|afterwards)\\b`, 'gi'),
  // A time within the event told of: "in the 54th minute", "during the second half", "on the final lap", "in stoppage time".
  /\b(?:in|during|on|by|after|early in|late in)\s+the\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|opening|closing)\s+(?:minute|hour|lap|round|inning|innings|half|quarter|period|set|stage|leg)\b|\bin\s+(?:stoppage|injury|extra)\s+time\b/gi,
  // A time of day: "at 8:41 p.m. EST", "10 a.m.", "noon", "1600 GMT".
  /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.)(?:\s+(?:[A-Z]{2,4}\b|local time))?|\b\d{1,2}:\d{2}\b(?:\s+(?:[A-Z]{2,4}\b|local time))?|\b\d{4}\s*(?:GMT|UTC)\b|\b(?:at |around |about )?(?:noon|midnight)\b/g,
  // A holiday: "by Thanksgiving", "before Christmas", "during Ramadan" (capitalised, as written).
  new RegExp(`\\b(?:(?:on|by|before|after|until|over|during|since|at)\\s+)?(?:${HOLIDAY_SOURCE})(?![\\p{L}'’])`, 'gu'),
  // A season: "in the autumn", "by early summer", "in the spring of 1999", "winter 2025" (not "the fall of the government").
  /\b(?:(?:in|by|until|till|during|over|through|before|after|since)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:spring|summer|autumn|fall|winter)(?!\s+of\s+(?!(?:1[89]|20)\d\d))(?:\s+(?:of\s+)?(?:1[89]|20)\d\d)?|(?:spring|summer|autumn|winter)\s+(?:of\s+)?(?:1[89]|20)\d\d)\b/gi,
  // "at end of the calendar month", "by the end of the year", "the middle of next week".
  new RegExp(`\\b(?:the\\s+)?(?:beginning|start|end|middle) of (?:the |this |next |last |that )?(?:(?:calendar|fiscal|school|financial|working)\\s+)?${PERIOD}\\b`, 'gi'),
  /\b(?:the (?:day|night|week|month|year) (?:before|after)|the (?:previous|next|following) (?:day|night)|the day after|the eve of|yesterday|today|tonight|tomorrow|on the anniversary|at the beginning of|at the start of|at the end of)\b/gi,
];

export interface TimeSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every time expression in `text` with its offsets, in order (overlaps merged). */
export function timeSpans(text: string): readonly TimeSpan[] {
  return spansByText(text);
}

function findTimeSpans(text: string): TimeSpan[] {
  const raw: Array<{ start: number; end: number; text: string }> = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      // A capitalised month only ("in March", not "to march"); weekdays and relative phrases in any case.
      if (re === PATTERNS[0] && !/\p{Lu}/u.test(m[0].replace(/^(?:early|late|mid|the \w+ of)[\s-]+/i, '')[0] ?? '')) continue;
      raw.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const out: typeof raw = [];
  for (const s of raw) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) {
        last.end = s.end;
        last.text = text.slice(last.start, last.end);
      }
    } else out.push({ ...s });
  }
  return out;
}

/** Texts already read (per-text.ts). */
const spansByText = perText(findTimeSpans);

/**
 * Whether the time `s` of `text` is a year that names a thing ("the 2002 Salt Lake Games",
 * "votes on the 1998 and 2002 Winter Games", "its 1997 budget") that is not asked about
 * (`asked`, a lower-case word): such a year dates the thing it names, not the asked event. A
 * year said with a preposition ("in 1991") is a time of its own.
 */
export function yearOfOtherThing(text: string, s: TimeSpan, asked: (word: string) => boolean): boolean {
  if (!/^(?:1[89]|20)\d\d$/.test(s.text) || !YEAR_NAMES_AFTER_RE.test(text.slice(Math.max(0, s.start - 16), s.start))) return false;
  const named = NAMED_AFTER_YEAR_RE.exec(text.slice(s.end))?.[1];
  return named !== undefined && !named.toLowerCase().split(/\s+/).some(asked);
}

/** Whether `text` has times and every one is a year naming another thing than the asked (`yearOfOtherThing`). */
export function onlyYearsOfOtherThings(text: string, asked: (word: string) => boolean): boolean {
  // Cheap first: no year after a determiner, a possessive or a list, no such sentence.
  if (!NAMING_YEAR_RE.test(text)) return false;
  const spans = timeSpans(text);
  return spans.length > 0 && spans.every((s) => yearOfOtherThing(text, s, asked));
}

/**
 * Whether `text` has times and every one dates the event of a "since" phrase ("the first to visit
 * Beijing since President Joe Biden's inauguration in 2021"): that date bounds a record and dates
 * the inauguration, not the visit. A time right after "since" ("has lived there since 2019") is
 * left alone (a start), as is a phrase with a word the question asks about (`asked`, a lower-case
 * word): "When was Biden inaugurated?" is answered by it.
 */
export function onlySinceBoundTimes(text: string, asked: (word: string) => boolean): boolean {
  if (!/\bsince\b/i.test(text)) return false;
  const spans = timeSpans(text);
  return spans.length > 0 && spans.every((s) => {
    const phrase = SINCE_PHRASE_BEFORE_RE.exec(text.slice(Math.max(0, s.start - 80), s.start))?.[1];
    return phrase !== undefined && !/^since\b/i.test(s.text) && !phrase.toLowerCase().split(/[^\p{L}'’-]+/u).some((w) => w.length > 0 && asked(w.replace(/['’]s?$/u, '')));
  });
}
/** "since" and the words of its phrase up to a time: no mark of another clause or sentence between. */
const SINCE_PHRASE_BEFORE_RE = /\bsince\s+(?!then\b|when\b)([^,;:.()"“”]{2,70}?)\s*$/i;

/**
 * Whether `text` has times and every one is reckoned from an asked event ("on the Friday before
 * the draw", "two days after the vote"): the time of something else, told by how it stands to
 * that event, not the event's own. Left alone when the question asks such a time itself
 * ("What did he do before the draw?" carries "before" itself).
 */
export function onlyTimesRelativeTo(text: string, question: string, asked: (word: string) => boolean): boolean {
  if (!RELATIVE_TO_RE.test(text) || /\b(?:before|after|ahead of)\b/i.test(question)) return false;
  const spans = timeSpans(text);
  return spans.length > 0 && spans.every((s) => {
    const noun = RELATIVE_AFTER_TIME_RE.exec(text.slice(s.end, s.end + 60))?.[1];
    return noun !== undefined && asked(noun.toLowerCase());
  });
}
const RELATIVE_TO_RE = /\b(?:before|after|ahead of)\s+(?:the|its|their|his|her|this|that)\b/i;
/** Right after a time: "before the draw", "after their wedding", "ahead of the final vote" (the event's noun, group 1). */
const RELATIVE_AFTER_TIME_RE = /^\s+(?:before|after|ahead of)\s+(?:the|its|their|his|her|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{L}+)\b/u;

/**
 * Whether `text` has times and every one dates only the saying of it ("... after part of a tunnel
 * collapsed, the mine's operator said Tuesday"; "..., he told reporters on Monday"): when it was
 * told, not when it happened. Left alone when the question asks about the saying (`asked`, a
 * lower-case word: "When did the operator announce ...?").
 */
export function onlySaidTimes(text: string, asked: (word: string) => boolean): boolean {
  if (!SAID_BEFORE_TIME_RE.test(text)) return false;
  const spans = timeSpans(text);
  return spans.length > 0 && spans.every((s) => {
    const verb = SAID_BEFORE_TIME_END_RE.exec(text.slice(Math.max(0, s.start - 40), s.start))?.[1];
    return verb !== undefined && !asked(verb.toLowerCase()) && /^\s*(?:[.,;]|$)/.test(text.slice(s.end));
  });
}
/** A verb of telling, perhaps with whom it told, right before a time. */
const SAID_BEFORE_TIME_END_RE = /\b(said|says|told|announced|reported|added|confirmed)(?:\s+(?:reporters|journalists|the\s+\p{L}+|a\s+news\s+conference|parliament))?\s+(?:on\s+|late\s+|early\s+)?$/iu;
const SAID_BEFORE_TIME_RE = /\b(?:said|says|told|announced|reported|added|confirmed)\b/i;

/**
 * Whether `text` has times and every one is a year or season in the possessive, naming which
 * of a thing it is ("this year's APEC summit", "last season's champions"): none says when. A
 * day does date its event ("Friday's attack" was on Friday).
 */
export function onlyPossessiveTimes(text: string): boolean {
  if (!/['’]s?\s/u.test(text)) return false;
  const spans = timeSpans(text);
  return spans.length > 0 && spans.every((s) => namesWhichByPossessive(text, s));
}

/** Whether the time `s` of `text` is a year or season in the possessive, naming which of a thing it is ("next year's election"). */
function namesWhichByPossessive(text: string, s: TimeSpan): boolean {
  return /^['’]s?\s+\p{L}/u.test(text.slice(s.end)) && /\b(?:year|season|decade|century)$|^(?:1[89]|20)\d\d$/i.test(s.text);
}

/**
 * Whether every time expression of `text` is one the question itself gives (every word of it a
 * word of `question`): "Thursday's bargaining session" does not say when the session before
 * Thursday's was. False when the text has none.
 */
export function onlyAskedTimes(text: string, question: string): boolean {
  const spans = timeSpans(text);
  if (spans.length === 0) return false;
  const asked = new Set(question.toLowerCase().match(/[\p{L}\d.]+/gu) ?? []);
  return spans.every((s) => (s.text.toLowerCase().match(/[\p{L}\d.]+/gu) ?? []).every((w) => asked.has(w) || STOP_TIME_WORD.test(w)));
}
const STOP_TIME_WORD = /^(?:on|in|at|the|of|by|since|until|before|after|last|this|next)$/;

/** What comes before a year that names a thing: a determiner, a possessive, or a list ("the 1996 Atlanta Games, 2000 Sydney Olympics and 2002 ..."). */
const BEFORE_NAMING_YEAR = String.raw`(?:\b(?:the|its|their|his|her|this|that|and|or)|['’]s|,)\s+`;
const YEAR_NAMES_AFTER_RE = new RegExp(`${BEFORE_NAMING_YEAR}$`, 'i');
/** Somewhere a year may name a thing: after those words, before a word. */
const NAMING_YEAR_RE = new RegExp(`${BEFORE_NAMING_YEAR}(?:1[89]|20)\\d\\d\\s+\\p{L}`, 'iu');
const NOT_NAMED = '(?!(?:and|or|to|in|on|at|of|for|by|the|an?|was|were|is|are|will|would|had|has|have)\\b)';
/** The words the year names, after any years listed with it: "and 2002 Winter Games" → "Winter Games". */
const NAMED_AFTER_YEAR_RE = new RegExp(`^(?:\\s*(?:,|and|or)\\s*(?:1[89]|20)\\d\\d)*\\s+(${NOT_NAMED}[\\p{L}-]+(?:\\s+${NOT_NAMED}[\\p{L}-]+){0,3})`, 'u');

/** A period named relative to now: "last year", "this season", "next month", "a year ago", "the last two years". */
const RELATIVE_PERIOD_RE = /\b(?:(last|this|next|previous|past|coming|current|following|every|each)\s+(year|season|month|week|quarter|decade)|an?\s+(year|season|month|week|quarter|decade)\s+(?:ago|earlier)|(last|next|previous|past|coming)\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(year|season|month|week|quarter|decade)s)\b/gi;
/** A quick test for any relative period in a question ("last", "this", "next" ... and a period word). */
const RELATIVE_PERIOD_Q_RE = /\b(?:year|season|month|week|quarter|decade)\b/i;
/** Which way from now: "every year" is no one period ("a stand-in every year since 1993" does not say who hosts next year's). */
const DIRECTION: Readonly<Record<string, string>> = { last: '-1', previous: '-1', past: '-1', this: '0', current: '0', next: '1', coming: '1', following: '1', every: 'every', each: 'every' };

/** The relative periods `text` names, as "unit direction" keys ("year -1" for "last year"). */
function relativePeriods(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(RELATIVE_PERIOD_RE)) {
    if (m[3]) out.add(`${m[3].toLowerCase()} -1`);
    // "the last two years": several periods, none of them the one asked ("year -1 span").
    else if (m[5]) out.add(`${m[5].toLowerCase()} ${DIRECTION[(m[4] as string).toLowerCase()] ?? '0'} span`);
    else out.add(`${(m[2] as string).toLowerCase()} ${DIRECTION[(m[1] as string).toLowerCase()] ?? '0'}`);
  }
  return out;
}

let lastQuestion = '';
let lastAsked: ReadonlySet<string> = new Set();

/** The periods `question` asks about, worked out once for the question the scorer is on (it asks for every candidate). */
function askedPeriods(question: string): ReadonlySet<string> {
  if (question !== lastQuestion) {
    lastQuestion = question;
    // A question asked "every year" asks for no one period.
    lastAsked = RELATIVE_PERIOD_Q_RE.test(question) ? new Set([...relativePeriods(question)].filter((p) => !p.endsWith(' every'))) : new Set();
  }
  return lastAsked;
}

/**
 * Whether `text` names the period `question` asks about only as another one of the same kind:
 * "How much was the prize worth last year?" and "worth $967,500 this year"; "the salary cap for
 * next season" and "less than the previous season". A sentence that names the asked one too
 * ("this year ... last year's prize") does not.
 */
export function namesOtherRelativePeriod(question: string, text: string): boolean {
  const asked = askedPeriods(question);
  if (asked.size === 0) return false;
  const said = relativePeriods(text);
  if (said.size === 0) return false;
  return [...asked].some((a) => !said.has(a) && [...said].some((s) => s.split(' ')[0] === a.split(' ')[0] || nearNowForYear(a, s)));
}

/** Periods shorter than a year. */
const SHORTER_THAN_YEAR = new Set(['month', 'week', 'quarter']);

/**
 * Whether the said period `s` falls in this year, for an asked last or next year `a`: "last
 * week" is not last year's APEC summit, nor "this month" next year's (keys "unit direction").
 */
function nearNowForYear(a: string, s: string): boolean {
  const [unit, dir] = a.split(' ');
  const [sUnit, sDir] = s.split(' ');
  if (unit !== 'year' || !SHORTER_THAN_YEAR.has(sUnit ?? '') || sDir === 'every') return false;
  return dir === '-1' || (dir === '1' && sDir !== '1');
}

export function hasTimeExpression(text: string): boolean {
  return timeSpans(text).length > 0;
}

/**
 * Characters between the nearest time expression and any of `anchors` (offset ranges of the
 * words naming the asked-about event), or Infinity when the text has no time expression.
 */
export function timeDistance(text: string, anchors: readonly Range[], skipNaming = false): number {
  // "next year's election", "this year's summit": with `skipNaming`, a time that says which event, not when it was, is left out.
  const spans = skipNaming ? timeSpans(text).filter((s) => !namesWhichByPossessive(text, s)) : timeSpans(text);
  if (spans.length === 0) return Infinity;
  if (anchors.length === 0) return 0;
  return nearestGap(spans, anchors);
}

/** A stretch of text by offsets. */
export interface Range {
  start: number;
  end: number;
}

/** Characters between two ranges of one text; 0 when they touch or overlap. */
export function gapBetween(a: Range, b: Range): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** The smallest gap between any of `spans` and any of `anchors`; Infinity when either is empty. */
export function nearestGap(spans: Iterable<Range>, anchors: readonly Range[]): number {
  let best = Infinity;
  for (const s of spans) for (const a of anchors) best = Math.min(best, gapBetween(s, a));
  return best;
}

const MONTH_STEMS = new Set(['januari', 'februari', 'march', 'april', 'mai', 'june', 'juli', 'august', 'septemb', 'octob', 'novemb', 'decemb']);
/** Whether a question term is a month's stem ("octob"). */
export function isMonthTerm(term: string): boolean {
  return MONTH_STEMS.has(term);
}

/** Stems of the weekdays as question terms ("fridai"). */
const WEEKDAY_STEMS = new Set(WEEKDAYS.map((d) => d.replace(/y$/, 'i')));

/**
 * Match of a weekday asked for ("Where did Duisenberg speak on Friday?") in a sentence that
 * names no day, of an article that does: the story's day is likely the sentence's ("Duisenberg,
 * who spoke at an event in London, said ..." after "... said Friday that ...").
 */
export const WEEKDAY_OF_ARTICLE = 0.6;

const ANY_WEEKDAY_RE = new RegExp(`\\b${WEEKDAY}\\b`, 'i');
/** A calendar day: "July 17", "Oct. 2". */
const CALENDAR_DAY_RE = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b`, 'i');

/**
 * Whether `term` is a weekday's stem and `text` names no day, by weekday or date (the caller
 * checks the article does): "the first since July 17, when the Dow closed at 9,337.97" is not Monday's.
 */
export function weekdayOfArticle(term: string, text: string): boolean {
  return WEEKDAY_STEMS.has(term) && !ANY_WEEKDAY_RE.test(text) && !CALENDAR_DAY_RE.test(text);
}

/** Words that make a year a bound of a span, not the time of what is told: "since 1967", "until 1999". */
const YEAR_BOUND_RE = /^(?:since|until|till|before|after|than)$/i;

/**
 * "What was the yield in 1967?": "... reaching levels unseen since 1967" gives the year only as a
 * bound of a span, not a figure of that year ("since 1988, when ..." goes on to tell of it). True
 * when `year` is in `text` and every time it is right after such a word, and the question does
 * not ask with one ("since 1967" asked is met).
 */
export function yearOnlyAsBound(year: string, text: string, question: string): boolean {
  if (!/^\d{4}$/.test(year)) return false;
  const before = (t: string): string[] => [...t.matchAll(new RegExp(`(\\S+)\\s+${year}\\b`, 'g'))].map((m) => m[1] as string);
  if (before(question).some((w) => YEAR_BOUND_RE.test(w))) return false;
  // "... since 1988, when Gilbert killed more than 300 people" tells of that year after all.
  if (new RegExp(`\\b${year},?\\s+when\\b`).test(text)) return false;
  const bounds = before(text);
  return bounds.length > 0 && bounds.every((w) => YEAR_BOUND_RE.test(w)) && bounds.length === (text.match(new RegExp(`\\b${year}\\b`, 'g')) ?? []).length;
}

/** A time that places an event only roughly, relative to the report: "last week", "earlier this month", "in recent weeks", "recently". */
const VAGUE_TIME_RE = /^(?:(?:in\s+|over\s+)?(?:the\s+)?(?:last|past|recent|previous|earlier\s+this|this|late\s+last|early\s+last)\s+(?:few\s+)?(?:weeks?|months?)|recently|lately|in\s+recent\s+(?:days|weeks|months))$/i;

/**
 * Whether `text` has times and each only places its event roughly ("over last week's collapse"):
 * a "when" answer, but a weekday or a date says more.
 */
export function onlyVagueTimes(text: string): boolean {
  const spans = timeSpans(text);
  return spans.length > 0 && spans.every((s) => VAGUE_TIME_RE.test(s.text.trim()));
}

/** The rank (not the confidence) a "when" answer loses when its only times are rough ones: a tie goes to the day. */
export const VAGUE_TIME_RANK = -0.1;
