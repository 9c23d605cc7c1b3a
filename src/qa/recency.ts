/**
 * Stage 4 of answering, beside the scorer: when things were reported. Wire stories are updated
 * through the day, so a question for "the latest toll" wants the newest of the near-best
 * reports, and a sentence with no month of its own is read in the month its story had reached.
 */
import { MONTH_START_SOURCE, monthNumber, MONTHS } from '../domain/calendar.ts';
import { monthOfIsoDate, monthsIn } from './entities.ts';
import type { TopicIndex, Unit } from './qa-index.ts';
import type { Scored } from './qa-scoring.ts';

/** For a question asking for the latest report: how close to the best match a newer report must be to go first. */
const LATEST_MARGIN = 0.8;

/**
 * "What is the latest death toll?": of the sentences that answer nearly as well as the best
 * (confidence within LATEST_MARGIN of it), the one from the newest document goes first; wire
 * updates repeat the question's words, so the oldest report often matches them best.
 */
export function newestFirst(index: TopicIndex, ranked: Scored[], constraints: readonly number[] = [], oldest = false): Scored[] {
  const top = ranked[0];
  if (!top) return ranked;
  // "How many flights were grounded on the first day?" (`oldest`): the oldest report goes first, the same way.
  const recency = (s: Scored): number => (oldest ? -1 : 1) * (index.docContext[index.unit(s.unit).doc]?.recency ?? 0);
  // "the latest toll in Honduras": not a newer toll for the whole region, missing what the best one names.
  const holds = (s: Scored): boolean => constraints.every((id) => !s.missing.has(id) || top.missing.has(id));
  let newest = top;
  for (const s of ranked) if (s.confidence >= top.confidence * LATEST_MARGIN && recency(s) > recency(newest) && holds(s)) newest = s;
  return newest === top ? ranked : [newest, ...ranked.filter((s) => s !== newest)];
}

/**
 * Month of the last dated sentence before this one in its document (the story's "now"). A month
 * just after the document's own ("the Dec. 1 meeting" in a November report) is one ahead of it,
 * what is planned, not the month the story had reached; such sentences are passed over.
 */
export function narrativeMonth(index: TopicIndex, unit: Unit): string | null {
  const doc = index.brief.sources[unit.doc];
  if (!doc) return null;
  const published = MONTHS.indexOf(monthOfIsoDate(doc.meta.published) ?? '');
  const ahead = (m: string): boolean => {
    const gap = MONTHS.indexOf(m) - published;
    return published >= 0 && gap > 0 && gap <= MONTHS_AHEAD;
  };
  for (let i = unit.sentence - 1; i >= 0; i--) {
    const months = [...monthsIn(doc.sentences[i]?.text ?? '')].filter((m) => !ahead(m));
    if (months.length > 0) return months.length === 1 ? (months[0] as string) : null;
  }
  return null;
}

/** How many months after a document's own a month it names is taken to be ahead of it, not a past one. */
const MONTHS_AHEAD = 3;

/** A month written with its day: "June 19", "Feb. 24", "19th February". */
const MONTH_DAY_RE = new RegExp(`\\b(${MONTH_START_SOURCE})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_START_SOURCE})[a-z]*\\b`, 'gi');
const YEAR_RE = /\b(?:19|20)\d\d\b/g;

/**
 * When an undated document was written, at the earliest: the latest month and day its text
 * gives ("On June 18, Blinken met ..."), in `year` (the topic's newest publication year) or,
 * with none, the latest year it writes (a year it names may be another event's: "Biden's
 * inauguration in 2021"); null when it gives no month with a day. Scraped pages often lack a
 * date, and "What's the latest on ...?" should still prefer the newest report.
 */
export function writtenAsOf(text: string, year: string | null): string | null {
  const years = text.match(YEAR_RE) ?? [];
  const y = year ?? (years.length > 0 ? years.reduce((a, b) => (b > a ? b : a)) : null);
  if (y === null) return null;
  let latest: string | null = null;
  for (const m of text.matchAll(MONTH_DAY_RE)) {
    const month = monthNumber((m[1] ?? m[4]) as string);
    const day = Number(m[2] ?? m[3]);
    if (month === 0 || day < 1 || day > 31) continue;
    const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (latest === null || iso > latest) latest = iso;
  }
  return latest;
}
