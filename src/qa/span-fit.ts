/**
 * How a sentence's spans fit a "how long" question (answer-type-fit's duration type): the gap
 * asked between two events ("less than three hours after"), a span since a state began ("six days
 * after they were trapped"), the end of a closure ("reopened ..., five days after"), the time a
 * verb took ("restored nine days after"), until when ("could last until spring"), a race's time
 * ("2:01:30"); not a span of something else, nor a forecast. General English patterns.
 */
import { hasDurationIn, RACE_TIME_RE, RACE_TIME_WORDS_RE } from './entities.ts';
import { spansOnlyPlanned } from './planned-spans.ts';
import type { TopicIndex } from './qa-index.ts';
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { RACE_TIME_Q_RE } from './question-type.ts';
import { ownMeasures } from './quantity-fit.ts';
import type { UnitFeatures } from './sentence-features.ts';
import { analyze, escapeRegExp, termOf } from './text-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';

/** A span given only as a plan or forecast, for a question about how long something was (planned-spans.ts). */
const SPAN_PLANNED = 0.5;
/** "How long will the strike last?", "how long could the talks go on?", "how long will repairs take?", "how long will the street stay closed?": how long something goes on. */
const LAST_Q_RE = /\bhow long\b[^?]*\b(?:last|continue|go on|run|remain|stay|take|(?:remain|stay|be)\s+\p{Ll}+)\s*\??\s*$/iu;
/** "could last until spring", "will continue through the weekend", "may run into next year", "will stay closed until the end of September": until when. */
const LASTS_UNTIL_RE = /\b(?:last|lasts|lasted|lasting|continue|continues|continued|go on|goes on|went on|run|runs|ran|remain|remains|remained|stay|stays|stayed|take|takes|took|taking)\s+(?:\p{Ll}+ly\s+)?(?:until|till|through|into)\s+\p{L}|\b(?:remain|remains|remained|stay|stays|stayed|be|is|are|was|were)\s+(?:closed|open|shut|suspended|banned|halted|in place|in force|off|out|on)\s+(?:(?:until|till|through)|(?:[\p{L}'’-]+,?\s+){1,6}?(?:until|till))\s+\p{L}/iu;
/** "How long after / before ...?": a question for the time between two events. */
const GAP_Q_RE = /\bhow long (?:after|before|into)\b/i;
/** A span of time: "six days", "a few hours", "two more weeks". */
const TIME_SPAN = String.raw`\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of)\s+(?:more\s+|full\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)`;
/** A span between two events: "three hours after", "a week before", "two days later", "12 minutes into the flight". */
const GAP_SPAN_RE = new RegExp(String.raw`${TIME_SPAN}\s+(?:after|before|later|earlier|into)\b`, 'i');
/** "How long were the miners trapped / was he held?": the state asked about, a verb's past participle (group 1). */
const HOW_LONG_STATE_Q_RE = /^\s*how long (?:were|was|had|have|has)\s+[^?]*?\b(?:been\s+)?(\p{Ll}{3,}(?:ed|en|eld|ept|ught|ound))\s*\??\s*$/iu;

/** States that end when something reopens or resumes. */
const CLOSED_STATE_RE = /^(?:closed|shut|suspended|halted|stopped|blocked)$/i;
/** "reopened on Saturday, five days after two trains collided": the end of a closure, a span after it began. */
const REOPENED_AFTER = String.raw`\b(?:reopened|reopens|resumed|resumes|restarted)\b[^.;:]{0,40}?${TIME_SPAN}\s+after\b`;
const REOPENED_AFTER_RE = new RegExp(REOPENED_AFTER, 'iu');

/** The question's closed state as a term ("closed" of "How long was Line 1 closed?"), or null; read once per question. */
const closedStateTerm = perQuestion((q): string | null => {
  const state = HOW_LONG_STATE_Q_RE.exec(q.text)?.[1];
  return state !== undefined && CLOSED_STATE_RE.test(state) ? termOf(state.toLowerCase()) : null;
});

/** The question's closed state, as a term, when `text` says it ended a span after it began: the sentence says the state without its word. */
export function closureEndedIn(q: QuestionAnalysis, text: string): string | null {
  const state = closedStateTerm(q);
  return state !== null && REOPENED_AFTER_RE.test(text) ? state : null;
}

/** For "How long were they trapped?": a span since the question's state began ("six days after they were trapped"), made once per question; null for other questions. */
const spanSinceStateRe = perQuestion((q): RegExp | null => {
  const state = HOW_LONG_STATE_Q_RE.exec(q.text)?.[1];
  if (state === undefined) return null;
  const since = String.raw`${TIME_SPAN}\s+after\s+(?:[\p{L}'’-]+\s+){0,3}?(?:were|was|had been|have been|has been|got|became)\s+${escapeRegExp(state)}\b`;
  // "How long was Line 1 closed?": "reopened on Saturday, five days after the crash" ends the closure.
  return new RegExp(CLOSED_STATE_RE.test(state) ? `${since}|${REOPENED_AFTER}` : since, 'iu');
});

/** "How long did it take to restore the systems?": the verb whose time to come about is asked. */
const TAKE_TO_Q_RE = /^\s*(?:and\s+)?how long (?:did|does|will|would) it take (?:for\s+[^?]{1,60}?\s+)?to\s+(\p{Ll}{3,})\b/iu;

/** For it: "the systems had been restored nine days after a ransomware attack", the verb done a span after what started it; made once per question. */
const doneSpanAfterRe = perQuestion((q): RegExp | null => {
  const verb = TAKE_TO_Q_RE.exec(q.text)?.[1]?.toLowerCase();
  const lemma = verb === undefined ? undefined : wordNet()?.lemmas(verb, 'verb')[0];
  if (lemma === undefined) return null;
  const done = verbForms(lemma).filter((f) => f !== lemma && !f.endsWith('ing') && !/[^s]s$/.test(f)).map(escapeRegExp);
  return done.length === 0 ? null : new RegExp(String.raw`\b(?:${done.join('|')})\s+(?:[\p{L}'’-]+\s+){0,2}?(?:about\s+|some\s+|nearly\s+|almost\s+|only\s+|just\s+)?${TIME_SPAN}\s+after\b`, 'iu');
});

/** "How long a sentence ...", "how long a delay ...": the noun whose span is asked. */
const HOW_LONG_A_RE = /\bhow long an?\s+([a-z][a-z-]+)\b/i;
/** Type factor for a span in a sentence that never names the noun whose span is asked. */
const MEASURED_UNSAID = 0.6;

const measuredNoun = perQuestion((q): string | null => {
  const noun = HOW_LONG_A_RE.exec(q.text)?.[1];
  return noun ? (analyze(noun)[0]?.term ?? null) : null;
});

/** A span that is not a race's time, for a question about one. */
const OTHER_SPAN_FOR_RACE_TIME = 0.75;

/** How a sentence's spans fit a "how long" question. */
/** "the first trip ... for five years", "the first time in a decade": a span since the last one (removed before looking for a span). */
const FIRST_IN_SPAN_RE = /\bfirst\b[^.;:]{0,80}?\b(?:for|in)\s+(?:(?:more than|nearly|almost|over|some|about)\s+)?(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|several|many)\s+(?:years?|decades?|months?|weeks?)\b/gi;
/** A question about that span itself: "How long since ...?", "the first in how many years?". */
const SINCE_LAST_Q_RE = /\b(?:since|first|last)\b/i;

function spanFit(q: QuestionAnalysis, f: UnitFeatures, index: TopicIndex, unitTerms: ReadonlySet<number>): number {
  // "How long after the bomb went off did the decision come?": "less than three hours after" is the gap asked for.
  if (GAP_Q_RE.test(q.text) && GAP_SPAN_RE.test(f.text)) return 1;
  // "How long were the miners trapped?": "six days after they were trapped" is how long they had been.
  if (spanSinceStateRe(q)?.test(f.text) === true) return 1;
  // "How long did it take to restore the systems?": "restored nine days after a ransomware attack".
  if (doneSpanAfterRe(q)?.test(f.text) === true) return 1;
  // "How long could the cleanup last?": "the cleanup could last until spring" says until when.
  if (LAST_Q_RE.test(q.text) && LASTS_UNTIL_RE.test(f.text)) return 1;
  // "How long did the spacewalk last?": not "the 11-day mission" (another noun's span).
  const own = f.hasDuration ? ownMeasures(q, f.text) : '';
  if (!hasDurationIn(own)) return 0.4;
  // "How long was the balloon over the US?": "the first trip by a US Secretary of State to China for
  // five years" gives the time since the last trip, not how long anything lasted.
  if (!SINCE_LAST_Q_RE.test(q.text) && !hasDurationIn(own.replace(FIRST_IN_SPAN_RE, ''))) return 0.4;
  // "How long did the order last?": not "the order would stay in place for at least a week" (a forecast).
  if (spansOnlyPlanned(q.text, f.text)) return SPAN_PLANNED;
  // "How long a sentence did Qin receive?": a span of something else ("the trial continued for two hours") is not one.
  const measured = measuredNoun(q);
  return measured === null || unitTerms.has(index.termId(measured) ?? -1) ? 1 : MEASURED_UNSAID;
}

/** The type factor of a sentence for a "how long" question. */
export function durationFit(q: QuestionAnalysis, f: UnitFeatures, index: TopicIndex, unitTerms: ReadonlySet<number>): number {
  // "What was Belay's time?": a race's time ("finished second in 2:01:30"), not any span beside the name ("71 seconds ahead of him").
  const fit = spanFit(q, f, index, unitTerms);
  if (RACE_TIME_Q_RE.test(q.text)) return RACE_TIME_RE.test(f.text) || RACE_TIME_WORDS_RE.test(f.text) ? 1 : Math.min(OTHER_SPAN_FOR_RACE_TIME, fit);
  return fit;
}
