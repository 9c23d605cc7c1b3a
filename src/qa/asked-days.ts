/**
 * "How long had she been on hunger strike by Feb. 12?": a day the question names that is the day
 * a report was published. That report's "has been on hunger strike for 21 days, her lawyer said
 * Monday" speaks of that day though it never writes the date, as a report's "this year" is its
 * year. General: the month's name (or abbreviation) and the day of the month, nothing else.
 */
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { normaliseMonth } from './entities.ts';
import { MONTH_ABBREVIATION_SOURCE, MONTHS } from '../domain/calendar.ts';
import { analyze } from './text-analysis.ts';

/** A day the question names: its month (full name, lower case), the day of the month, and the question's terms for them. */
export interface AskedDay {
  month: string;
  day: number;
  terms: ReadonlySet<string>;
}

/** "Feb. 12", "February 12th", "on March 3": a month, then a day of it (group 2). */
const MONTH_DAY_RE = new RegExp(`\\b(${MONTHS.join('|')}|${MONTH_ABBREVIATION_SOURCE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`, 'i');

/** The day the question names by month and day of month (not with a year), or null; once per question. */
export const askedDay = perQuestion((q: QuestionAnalysis): AskedDay | null => {
  const m = MONTH_DAY_RE.exec(q.text);
  const month = m ? normaliseMonth(m[1] as string) : null;
  const day = Number(m?.[2]);
  if (!m || month === null || day < 1 || day > 31) return null;
  return { month, day, terms: new Set(analyze(m[0]).map((t) => t.term)) };
});

/** Whether a document published on `published` (YYYY-MM-DD) was published on the asked day. */
export function publishedOnDay(published: string | null | undefined, asked: AskedDay): boolean {
  const m = /^\d{4}-(\d{2})-(\d{2})/.exec(published ?? '');
  return m !== null && MONTHS[Number(m[1]) - 1] === asked.month && Number(m[2]) === asked.day;
}
