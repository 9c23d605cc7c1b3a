/**
 * Stage 4 of answering, one of the scorer's signals: whether the kind of fact a question asks
 * for sits next to the words naming the asked-about event. "When were Xu and Qin arrested?"
 * is answered by "... were arrested Monday night ...", not by a sentence that mentions the
 * arrests in one clause and a date in another; "How many cattle will he take?" by "a gift of
 * 501 cattle". Used to order near-equal candidates; and a "when" sentence whose dates all sit
 * in other clauses than the event verb ("... a loan that was approved in July", for when the
 * money is released) is trusted less (dateClauseFactor).
 */
import type { QuestionAnalysis } from './question-analysis.ts';
import { analyze } from './text-analysis.ts';
import { isPastForm } from './question-type.ts';
import { nearestGap, timeDistance, timeSpans } from './time-expressions.ts';
import { DATING_PREPOSITIONS } from './entities.ts';

/** Characters between the event words and the fact within which the fact belongs to the event. */
export const SLOT_NEAR_CHARS = 15;
/** Rank bonus of a sentence whose fact sits next to the event words. */
export const SLOT_BONUS = 0.05;

/**
 * A number in figures, not a year: the shape of a quantity's or duration's answer. (Number
 * words, "five-hour", were tried too: one tuning question fewer right.)
 */
const NUMBER_RE = /\b(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\b/g;

/**
 * How far (in characters) the asked kind of fact is from the nearest of the question's focus
 * words in `text`: a time expression for a date question, a number for a quantity or duration.
 * Infinity when the sentence has either none of them or the question asks another kind.
 */
export function slotDistance(q: QuestionAnalysis, text: string, focal: ReadonlySet<string>): number {
  // "a two-day summit" for "How long did the summit last?": the span is written onto an asked noun
  // (any of the question's words, the topic's own title words too).
  if (q.type === 'duration' && SPAN_ON_NOUN_ANY_RE.test(text)) {
    const asked = new Set(q.terms.filter((t) => !q.entityTerms.has(t)));
    if (analyze(text).some((t) => asked.has(t.term) && SPAN_ON_NOUN_RE.test(text.slice(Math.max(0, t.start - 40), t.start)))) return 0;
  }
  if (focal.size === 0 || (q.type !== 'date' && q.type !== 'quantity' && q.type !== 'duration')) return Infinity;
  const anchors = analyze(text).filter((t) => focal.has(t.term));
  if (anchors.length === 0) return Infinity;
  if (q.type === 'date') return timeDistance(text, anchors);
  return nearestGap([...text.matchAll(NUMBER_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length })), anchors);
}

/** A span written as one word right before a noun: "two-day", "90-minute", "three-week-long". */
const SPAN_ON_NOUN_RE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)-(?:second|minute|hour|day|week|month|year|decade)(?:-long)?\s+$/i;
const SPAN_ON_NOUN_ANY_RE = new RegExp(SPAN_ON_NOUN_RE.source.replace('\\s+$', '\\s+\\p{L}'), 'iu');

/** Rank bonus of a sentence that gives a "when" question a calendar date ("Dec. 17", "in 1995"), not only a weekday or a relative day. */
export const CALENDAR_BONUS = 0.02;

/** Whether `text` dates something by the calendar: a month with a day or year, or a year. */
export function hasCalendarDate(text: string): boolean {
  return timeSpans(text).some((s) => /\d/.test(s.text) && !/\b(?:ago|earlier|later|before|after|beforehand|afterwards|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(s.text));
}

/**
 * The rank bonus for `text`: SLOT_BONUS when the fact sits within SLOT_NEAR_CHARS of the event
 * words; for a "when" question, CALENDAR_BONUS more when it gives a calendar date, which tells
 * a reader more than "on Thursday" does.
 */
export function slotBonus(q: QuestionAnalysis, text: string, focal: ReadonlySet<string>): number {
  const calendar = q.type === 'date' && hasCalendarDate(text) ? CALENDAR_BONUS : 0;
  return (slotDistance(q, text, focal) <= SLOT_NEAR_CHARS ? SLOT_BONUS : 0) + calendar;
}

/**
 * Confidence factor of a "when" sentence with the event verb whose dates all sit in other
 * clauses. 0.7 abstained on one more unanswerable tuning question and cost no right answer;
 * 0.6 cost a china-russia-aid answer and a tuning one.
 */
export const DATE_OTHER_CLAUSE = 0.7;

/**
 * Words and marks that open another clause: a relative or subordinate clause, a new one after a
 * semicolon, a participle of saying after a comma ("lowered the alert level on Wednesday,
 * saying the eruption had weakened" dates the lowering), ", as" and a subject ("destroyed 120
 * homes on Sunday, officials said, as the volcano kept erupting"), or ", and" and a subject ("six
 * days after it ran aground in the canal, and traffic resumed in the afternoon" does not date the
 * grounding; ", and imposed controls" goes on with the same subject).
 */
const CLAUSE_BREAK_RE = /[;:]|\b(?:that|which|who|whom|whose|when|while|because|although|though|if|unless|whereas)\b|(?<=\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)(?:after|before)\s+(?=(?:it|he|she|they|we)\s+\p{Ll})|,\s*(?=(?:saying|adding|noting|claiming|warning|arguing|explaining|stressing)\b|as\s+(?:the|a|an|it|he|she|they|its|his|her|their)\b|and\s+(?!(?:was|were|is|are|has|have|had|will|would|could|can|may|might|then|also|later)\b)(\p{L}+))/giu;

/** A counted gap, then "after" or "before" (group 1 starts there), then up to four words: "a day after rebel soldiers stormed". */
const COUNTED_GAP_RE = /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+((?:after|before)\s+)((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/giu;

/**
 * Where "a day after" opens a clause of its own with a subject and a past verb: "declared an
 * emergency on Thursday, a day after rebel soldiers stormed the palace" (Thursday is the
 * declaring's; the storming is only counted from). A pronoun subject is CLAUSE_BREAK_RE's.
 */
function countedGapClauses(text: string): number[] {
  if (!/\b(?:after|before)\b/i.test(text)) return [];
  const out: number[] = [];
  for (const m of text.matchAll(COUNTED_GAP_RE)) {
    const words = (m[2] as string).split(/\s+/);
    if (words.slice(1).some((w) => /^\p{Ll}/u.test(w) && isPastForm(w))) out.push(m.index + m[0].length - (m[1] as string).length - (m[2] as string).length);
  }
  return out;
}

/**
 * Where a relative clause on the sentence's subject ends, at the main verb: "Gunmen who seized the
 * embassy | released 12 hostages on Saturday" (the day is the release's, not the seizure's). A
 * relative pronoun within the first six words, with no verb in the past before it; the clause ends
 * at the second past-tense verb after it (its own verb is the first).
 */
function subjectRelativeEnds(text: string): number[] {
  const m = SUBJECT_RELATIVE_RE.exec(text);
  if (!m || PAST_LIKE_RE.test(m[1] as string)) return [];
  const words = [...text.slice(m.index + m[0].length).matchAll(/\p{L}+/gu)];
  let verbs = 0;
  for (const w of words) {
    if (!isPastForm(w[0]) || /^\p{Lu}/u.test(w[0])) continue;
    if (++verbs === 2) return [m.index + m[0].length + w.index];
  }
  return [];
}
/** The sentence's opening words (after a dateline), then "who", "which" or "that". */
const SUBJECT_RELATIVE_RE = /^(?:[^-]*\(\w+\)\s*[-—–]+\s*)?((?:[\p{L}'’.-]+\s+){1,6})(?:who|which|that)\s+/u;
/** A word in the past that is a verb there ("said", "seized"): the opening before the pronoun must have none. */
const PAST_LIKE_RE = /\b\p{Ll}+ed\b|\b(?:said|was|were|had|has|is|are)\b/u;

/**
 * Whether a time expression of `text` shares a clause with one of `anchors` (the event verb's
 * words): "Russia wants the IMF to release the installment of a loan that was approved in July"
 * dates the approval, not the release.
 */
export function dateInClauseOf(text: string, anchors: readonly { start: number; end: number }[], future = false): boolean {
  // (", and imposed sweeping controls" shares the clause's subject and its date: a verb after "and" opens none.)
  const opened = [...text.matchAll(CLAUSE_BREAK_RE)].filter((m) => m[1] === undefined || !isPastForm(m[1]));
  const breaks = [0, ...opened.map((m) => m.index), ...subjectRelativeEnds(text), ...countedGapClauses(text), text.length].sort((a, b) => a - b);
  const clauseOf = (pos: number): number => {
    let c = 0;
    while (c + 1 < breaks.length - 1 && (breaks[c + 1] as number) <= pos) c++;
    return c;
  };
  const clauses = new Set(anchors.map((a) => clauseOf(a.start)));
  // "a meeting on June 21, 1995, at which ... Microsoft offered ...", "on Monday, when the Dow
  // fell ...": a clause that happens at the time of what the clause before dates shares its date.
  // Only the time right before it: "the ministry on Thursday blamed ... an incident in which ..." does not date the incident.
  const datedBefore = new Set<number>();
  for (const c of clauses) {
    const at = breaks[c] as number;
    const opener = /^\w+/.exec(text.slice(at))?.[0]?.toLowerCase() ?? '';
    const lead = opener === 'which' ? /,?\s*(?:at|on|in|during)\s+$/i.exec(text.slice(Math.max(0, at - 12), at)) : opener === 'when' ? /,\s*$/.exec(text.slice(Math.max(0, at - 4), at)) : null;
    if (c > 0 && lead) datedBefore.add(at - lead[0].length);
  }
  // "... after the summit ends, a report said Sunday": for what is still to come, the day of the
  // saying, not of the event. (For what happened, "rebels took the town, a spokesman said
  // Sunday" is how the wire dates it.)
  const saying = !future || anchors.some((a) => SPEECH_VERB_RE.test(text.slice(a.start, a.end)));
  // "he dismissed Anwar the day after imposing capital controls": a time counted from the event dates something else.
  // ... and with the event's subject between: "a day after rebel soldiers stormed the palace".
  const countedFrom = (s: { end: number; text: string }): boolean => /\b(?:after|before)$/i.test(s.text) && anchors.some((a) => a.start >= s.end && COUNTED_FROM_GAP_RE.test(text.slice(s.end, a.start)));
  return timeSpans(text).some((s) => (clauses.has(clauseOf(s.start)) || [...datedBefore].some((p) => p >= s.end && p - s.end <= 1)) && (saying || !daysSaying(text, s)) && !countedFrom(s));
}

/** What may stand between "a day after" and the event it counts from: its subject, up to four words, no break. */
const COUNTED_FROM_GAP_RE = /^\s*(?:[\p{L}'’-]+\s+){0,4}$/u;

/** A verb of saying right before a time: "said Sunday", "reported on Monday", "told reporters Tuesday". */
const SAID_BEFORE_RE = /\b(?:said|says|reported|reports|announced|stated|added|told\s+(?:reporters|journalists|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?))\s+(?:on\s+|late\s+|early\s+)?$/iu;
/** Whether the time `span` of `text` comes right after a verb of saying: the day something was said ("said Sunday"). */
function daysSaying(text: string, span: { start: number }): boolean {
  return SAID_BEFORE_RE.test(text.slice(Math.max(0, span.start - 40), span.start));
}
/** The event words are themselves a saying ("When did X announce ..."): its day is the answer. */
const SPEECH_VERB_RE = /^(?:sa(?:id|y|ys)|report|announc|stat|add|told|tell)/i;

/** DATE_OTHER_CLAUSE when `text` has the event verb (`isEventTerm` of a term) and dates only other clauses, else 1. */
export function dateClauseFactor(text: string, isEventTerm: (term: string) => boolean, future = false): number {
  const anchors = analyze(text).filter((t) => isEventTerm(t.term));
  if (anchors.length === 0 || dateInClauseOf(text, anchors, future)) return 1;
  // "When will Xu be charged?": "His wife said Wednesday night that she had not been told of the charge" dates only the saying.
  const spans = timeSpans(text);
  // "When will compensation be paid?": "A court on Tuesday remanded ..., as the government announced it would pay compensation" dates the court, and nothing ahead.
  return future && spans.length > 0 && spans.every((s) => daysSaying(text, s) || !AHEAD_RE.test(s.text)) ? SAYING_DATE_ONLY : DATE_OTHER_CLAUSE;
}

/** A time that may lie ahead: a month, a date or a year, "next ...", "later"; not "on Tuesday", "last week", "this month". */
const AHEAD_RE = /\b(?:next|later|coming|within|by|from|until|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:19|20)\d\d|end|start|beginning|middle)\b/i;

/** ... and for what is still to come, when its only dates are days of saying something. */
const SAYING_DATE_ONLY = 0.5;

/**
 * Whether every word of the asked event in `text` stands inside a time expression: "by the end
 * of February" has "end", but tells of no ending ("When did the conference end?").
 */
export function eventOnlyInTimes(text: string, isEventTerm: (term: string) => boolean): boolean {
  const anchors = analyze(text).filter((t) => isEventTerm(t.term));
  if (anchors.length === 0) return false;
  const spans = timeSpans(text);
  return anchors.every((a) => spans.some((s) => a.start >= s.start && a.end <= s.end));
}

/**
 * Whether every word of the asked event in `text` is a participle used as an adjective, right
 * after an article: "a retired four-star general" tells of no retiring ("When did he retire?").
 */
export function eventOnlyAsAdjective(text: string, isEventTerm: (term: string) => boolean): boolean {
  const anchors = analyze(text).filter((t) => isEventTerm(t.term));
  return anchors.length > 0 && anchors.every((a) => /(?:ed|en)$/i.test(text.slice(a.start, a.end)) && /\b(?:a|an|the|its|his|her|their|our|my)\s+(?:[\p{Ll}-]+ly\s+)?$/iu.test(text.slice(Math.max(0, a.start - 30), a.start)));
}

/**
 * Whether the asked event's own word (`term`) stands in `text` only incidentally: inside a time
 * ("by the end of February"), or, for a "when" question (`dateQuestion`), as an adjective ("a
 * retired general"; for "where", "a hastily scrawled message" still says it was scrawled). Its
 * own word only: a synonym may be met otherwise ("live" by "Varga, 45, of Tolm", though "last
 * week" has "last").
 */
export function eventWordIncidental(text: string, term: string, dateQuestion: boolean): boolean {
  const own = (t: string): boolean => t === term;
  return eventOnlyInTimes(text, own) || (dateQuestion && (eventOnlyAsAdjective(text, own) || eventOnlyDatingOther(text, own)));
}

/**
 * Whether every word of the asked event in `text` heads a phrase that dates something else by it,
 * with no date of its own: "guarantees had been made by Beijing 'in recent weeks,' not only during
 * his visit" dates the guarantees, not the visit ("When did he visit?"). "During the summit on Nov.
 * 24, ..." dates the summit too: a time after the phrase, in its clause, keeps it.
 */
export function eventOnlyDatingOther(text: string, isEventTerm: (term: string) => boolean): boolean {
  if (!DATING_WORD_RE.test(text)) return false;
  const anchors = analyze(text).filter((t) => isEventTerm(t.term));
  if (anchors.length === 0) return false;
  const spans = timeSpans(text);
  return anchors.every((a) => {
    if (!DATING_PHRASE_BEFORE_RE.test(text.slice(Math.max(0, a.start - 40), a.start))) return false;
    // "after the docking, which took place Sunday": a relative clause on the event's noun dates it too.
    const rest = text.slice(a.end).replace(/^\s*,\s*(?=(?:which|that|when)\b)/i, (m) => ' '.repeat(m.length));
    const clauseEnd = a.end + (/[,;:.!?]/.exec(rest)?.index ?? rest.length);
    return !spans.some((s) => s.start >= a.end && s.start < clauseEnd);
  });
}
const DATING_WORD_RE = new RegExp(`\\b(?:${DATING_PREPOSITIONS}|throughout)\\b`, 'i');
/** "during his", "before the", "after the two-day": a preposition that dates by an event, then its determiner and up to two modifiers. */
const DATING_PHRASE_BEFORE_RE = new RegExp(`\\b(?:${DATING_PREPOSITIONS}|throughout)\\s+(?:the|a|an|its|his|her|their|this|that|our|my|your)\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');

/**
 * "Mount Tavu last erupted in 1987": the event verb after "last" or "previously" dates an earlier
 * time it happened, not the one the story is about, unless the question asks for that one
 * ("When did it last erupt?", "When did it first ...?").
 */
export function earlierOccurrence(q: QuestionAnalysis, text: string, isEventTerm: (term: string) => boolean): boolean {
  if (q.type !== 'date' || ASKS_WHICH_TIME_RE.test(q.text)) return false;
  return earlierUse(text, isEventTerm);
}

/**
 * The same for other questions about the story's event: "How many people died in the eruption?"
 * is not answered by "Mount Tavu last erupted in 1987, when a mudflow killed 31 people" (a word
 * of the question after "last"), unless the question asks about another time (a year, "last", "first").
 */
export function earlierOccurrenceOfAsked(q: QuestionAnalysis, text: string): boolean {
  if (q.type === 'date' || ASKS_WHICH_TIME_RE.test(q.text) || q.years.size > 0) return false;
  const asked = new Set(q.terms.filter((t) => !q.entityTerms.has(t)));
  // Only "last": "had previously owned a Corvo phone" is the asked fact itself ("What share of buyers had owned ...?").
  // ... and a verb after it ("last erupted"), not a noun ("the last survivors").
  return earlierUse(text, (t) => asked.has(t), LAST_BEFORE_RE, true);
}

/**
 * A sentence that tells of an earlier event of the story's kind as a whole: "Bhutan's last major
 * glacial flood, in 1994, killed 21 people when Luggye lake burst", "Almost exactly two years ago,
 * some 470 whales were found beached ...". Every question about the story's event ("Which lake
 * burst?", "How many people have died in the flood?") passes it over, unless it asks about another
 * time (a year, "last", "first") or a record ("the worst stranding").
 */
export function earlierEventTold(q: QuestionAnalysis, text: string): boolean {
  if (ASKS_WHICH_TIME_RE.test(q.text) || ASKS_RECORD_RE.test(q.text) || q.years.size > 0) return false;
  return EARLIER_EVENT_RE.test(text) || YEARS_AGO_OPENING_RE.test(text);
}

/** "last major glacial flood, in 1994", "the previous quake in 2011": an earlier one, dated by its year. */
const EARLIER_EVENT_RE = /\b(?:last|previous)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,?\s+in\s+(?:19|20)\d\d\b/iu;
/** "Almost exactly two years ago, ...": a sentence that opens in an earlier year. */
const YEARS_AGO_OPENING_RE = /^(?:[\p{L}]+\s+){0,2}(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+years?\s+ago\s*,/iu;
/** A question for a record ("the worst stranding", "in history") or for a time counted back ("two years ago"): the earlier one may be what is asked. */
const ASKS_RECORD_RE = /\b(?:worst|deadliest|biggest|largest|highest|lowest|record|history|ago)\b/i;

function earlierUse(text: string, isEventTerm: (term: string) => boolean, before = EARLIER_BEFORE_RE, pastVerb = false): boolean {
  // Most sentences have none of the words: no need to read them word by word.
  const last = LAST_OR_PREVIOUSLY_RE.test(text);
  const since = SINCE_YEAR_WHEN_RE.test(text);
  if (!last && !since) return false;
  const uses = analyze(text).filter((t) => isEventTerm(t.term));
  if (last && uses.some((t) => before.test(text.slice(Math.max(0, t.start - 24), t.start)) && (!pastVerb || isPastForm(text.slice(t.start, t.end))))) return true;
  // "the deadliest in Switzerland since 1970, when an avalanche killed 30 people": every use of the
  // event is in the earlier one's clause (a word of a name, "the Snow and Avalanche Research
  // institute", is no use of it).
  const common = uses.filter((t) => t.start === 0 || !/^\p{Lu}/u.test(text.slice(t.start, t.end)));
  if (!since || common.length === 0) return false;
  const spans = [...text.matchAll(SINCE_YEAR_WHEN_ALL_RE)].map((m) => [m.index, m.index + m[0].length] as const);
  return common.every((t) => spans.some(([a, b]) => t.start >= a && t.end <= b));
}

/** "since 1970, when an avalanche killed 30 people in Reckingen": a record's last holder, told in a clause of its own. */
const SINCE_YEAR_WHEN_SOURCE = String.raw`\bsince\s+(?:[\p{L}.]+\s+){0,2}?\d{4}\s*,?\s+when\b[^.;]*`;
const SINCE_YEAR_WHEN_RE = new RegExp(SINCE_YEAR_WHEN_SOURCE, 'iu');
const SINCE_YEAR_WHEN_ALL_RE = new RegExp(SINCE_YEAR_WHEN_SOURCE, 'giu');

const ASKS_WHICH_TIME_RE = /\b(?:last|previous(?:ly)?|first|before|earlier|ever|again|since)\b/i;
const EARLIER_BEFORE_RE = /\b(?:last|previously)\s+(?:(?:been|was|were|had|has|have)\s+)?$/i;
const LAST_BEFORE_RE = /\blast\s+(?:(?:been|was|were|had|has|have)\s+)?$/i;
const LAST_OR_PREVIOUSLY_RE = /\b(?:last|previously)\b/i;

/** Confidence factor of such a sentence: another time the event happened (as DATE_OTHER_CLAUSE). */
export const EARLIER_OCCURRENCE = 0.7;
