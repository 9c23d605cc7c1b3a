/**
 * "How much did the index fall on Tuesday?" is not answered by "... closed down 0.3 percent"
 * in a report filed on a Monday: a sentence with no time of its own tells of its report's day,
 * which is not the day asked. General English and the calendar, no topic's words.
 */
import { WEEKDAYS } from '../domain/calendar.ts';
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { hasTimeExpression } from './time-expressions.ts';
import { perText } from './per-text.ts';

/** A sentence of another day's report, for a question about one weekday: as a past instance of an asked thing (0.6) is. */
export const OTHER_DAY = 0.6;

const WEEKDAY_Q_RE = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i');
const WEEKDAYS_RE = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'gi');

/** The weekdays a report names anywhere (lower case), read once per report. */
const weekdaysNamed = perText((body: string): ReadonlySet<string> => new Set((body.match(WEEKDAYS_RE) ?? []).map((d) => d.toLowerCase())), 2_000);

/** The weekday a question asks about ("tuesday"), or null; not for a question about what is to come. */
const askedWeekday = perQuestion((q): string | null => (q.future ? null : (WEEKDAY_Q_RE.exec(q.text)?.[1]?.toLowerCase() ?? null)));

/**
 * Whether `text`, giving no time of its own, is from a report (`body`, published YYYY-MM-DD)
 * that tells of another day than the weekday the question asks about: the report never names
 * that day, and was not filed on it or the day after (a report tells of the day before).
 */
export function reportOfAnotherDay(q: QuestionAnalysis, text: string, published: string | null, body: () => string): boolean {
  const asked = askedWeekday(q);
  if (asked === null || published === null || !/^\d{4}-\d{2}-\d{2}$/.test(published) || hasTimeExpression(text)) return false;
  const day = (new Date(`${published}T12:00:00Z`).getUTCDay() + 6) % 7;
  const askedDay = WEEKDAYS.indexOf(asked);
  return askedDay !== day && (askedDay + 1) % 7 !== day && !weekdaysNamed(body()).has(asked);
}
