/**
 * Parses the schedules users type after `/brief subscribe <topic>`:
 *   daily 08:00 [Europe/Berlin]     weekdays 08:00     weekends 10:00
 *   weekly mon 09:00                weekly mon,thu 9:30am
 *   every weekday at 08:00 Europe/Berlin               0 8 * * 1-5 [America/New_York]
 * into a cron expression, a time zone and a plain-English description.
 */
import { BriefbotError } from '../domain/errors.ts';
import { compileCron } from './fire-times.ts';

export interface ParsedSchedule {
  cron: string;
  timezone: string;
  /** e.g. "every weekday (Mon–Fri) at 08:00, Europe/Berlin time". */
  description: string;
  /** Canonical text to store and show, e.g. "weekdays 08:00 Europe/Berlin". */
  normalized: string;
}

export const SCHEDULE_HELP =
  'Write a schedule as "daily 08:00", "weekdays 08:00", "weekly mon 09:00" or a 5-field cron expression such as "0 8 * * 1-5", optionally followed by a time zone such as Europe/Berlin.';

export class ScheduleError extends BriefbotError {
  constructor(message: string) {
    super('BAD_INPUT', message, { userMessage: message });
  }
}

const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function parseSchedule(text: string, defaultTz: string): ParsedSchedule {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) throw new ScheduleError(`No schedule given. ${SCHEDULE_HELP}`);
  let timezone = defaultTz;
  const last = words[words.length - 1] ?? '';
  if (looksLikeTimeZone(last)) {
    timezone = canonicalTimeZone(last);
    words.pop();
  }
  if (words.length === 0) throw new ScheduleError(`A time zone alone is not a schedule. ${SCHEDULE_HELP}`);
  const first = words[0] ?? '';
  if (/^[\d*?]/.test(first) && words.length === 5) return fromCron(words.join(' '), timezone);

  const lower = words.map((w) => w.toLowerCase()).filter((w) => w !== 'at' && w !== 'every' && w !== 'on');
  const head = lower[0] ?? '';
  const rest = lower.slice(1);
  if (['daily', 'day', 'everyday'].includes(head)) return simple('daily', '*', rest, timezone, 'every day');
  if (['weekdays', 'weekday'].includes(head)) return simple('weekdays', '1-5', rest, timezone, 'every weekday (Mon–Fri)');
  if (['weekends', 'weekend'].includes(head)) return simple('weekends', '0,6', rest, timezone, 'every Saturday and Sunday');
  if (head === 'weekly') {
    const days = parseDays(rest[0] ?? '');
    if (!days) throw new ScheduleError(`"weekly" needs a day, e.g. "weekly mon 09:00". ${SCHEDULE_HELP}`);
    return weekly(days, rest.slice(1), timezone);
  }
  const days = parseDays(head);
  if (days) return weekly(days, rest, timezone);
  if (/^[\d*?]/.test(first)) {
    throw new ScheduleError(`"${words.join(' ')}" is not a 5-field cron expression (minute hour day-of-month month day-of-week). ${SCHEDULE_HELP}`);
  }
  throw new ScheduleError(`I don't understand the schedule "${text.trim()}". ${SCHEDULE_HELP}`);
}

function simple(keyword: string, dow: string, rest: string[], timezone: string, label: string): ParsedSchedule {
  const time = parseTime(rest, keyword);
  return {
    cron: `${time.minute} ${time.hour} * * ${dow}`,
    timezone,
    description: `${label} at ${time.text}, ${timezone} time`,
    normalized: `${keyword} ${time.text} ${timezone}`,
  };
}

function weekly(days: number[], rest: string[], timezone: string): ParsedSchedule {
  const time = parseTime(rest, 'weekly <day>');
  const names = days.map((d) => DAY_NAMES[d] ?? String(d));
  const short = days.map((d) => (DAY_NAMES[d] ?? '').slice(0, 3).toLowerCase()).join(',');
  return {
    cron: `${time.minute} ${time.hour} * * ${days.join(',')}`,
    timezone,
    description: `every ${names.join(' and ')} at ${time.text}, ${timezone} time`,
    normalized: `weekly ${short} ${time.text} ${timezone}`,
  };
}

function parseDays(word: string): number[] | null {
  if (word === '') return null;
  const out: number[] = [];
  for (const part of word.split(',')) {
    const key = part.replace(/s$/, '').slice(0, 3);
    const day = DAYS[key];
    if (day === undefined || !/^[a-z]+$/.test(part)) return null;
    const full = (DAY_NAMES[day] ?? '').toLowerCase();
    if (!full.startsWith(part.replace(/s$/, '')) && part.replace(/s$/, '') !== key) return null;
    if (!out.includes(day)) out.push(day);
  }
  return out.sort((a, b) => a - b);
}

function parseTime(rest: string[], keyword: string): { hour: number; minute: number; text: string } {
  const joined = rest.join('');
  const m = /^(\d{1,2})(?::(\d{2}))?(am|pm)?$/.exec(joined);
  if (rest.length === 0 || !m) {
    const got = rest.length === 0 ? 'no time' : `"${rest.join(' ')}"`;
    throw new ScheduleError(`"${keyword}" needs a time such as 08:00 (24-hour) or 8:30am, got ${got}. ${SCHEDULE_HELP}`);
  }
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const ampm = m[3];
  if (ampm !== undefined) {
    if (hour < 1 || hour > 12) throw new ScheduleError(`"${joined}" is not a valid time: with am/pm the hour is 1-12.`);
    hour = (hour % 12) + (ampm === 'pm' ? 12 : 0);
  } else if (m[2] === undefined) {
    throw new ScheduleError(`"${joined}" is not a time: write hours and minutes, e.g. ${String(hour).padStart(2, '0')}:00.`);
  }
  if (hour > 23 || minute > 59) throw new ScheduleError(`"${joined}" is not a valid time of day (00:00-23:59).`);
  return { hour, minute, text: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

function fromCron(cron: string, timezone: string): ParsedSchedule {
  try {
    compileCron(cron, timezone);
  } catch (err) {
    throw new ScheduleError(`"${cron}" is not a valid cron expression: ${(err as Error).message}. ${SCHEDULE_HELP}`);
  }
  return { cron, timezone, description: `on cron schedule "${cron}", ${timezone} time`, normalized: `${cron} ${timezone}` };
}

function looksLikeTimeZone(word: string): boolean {
  return word.includes('/') || /^(utc|gmt|etc\/.*)$/i.test(word) || (/^[A-Za-z_]+$/.test(word) && isZone(word) && !/^[a-z]+$/.test(word));
}

function isZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

let zoneList: string[] | null = null;
function allZones(): string[] {
  zoneList ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  return zoneList;
}

/** Returns the canonical spelling of a time zone or throws with a suggestion. */
export function canonicalTimeZone(word: string): string {
  const exact = allZones().find((z) => z.toLowerCase() === word.toLowerCase());
  if (exact) return exact;
  if (isZone(word)) return word;
  const target = word.toLowerCase();
  let best: string | null = null;
  let bestDist = Infinity;
  for (const z of allZones()) {
    const d = editDistance(target, z.toLowerCase());
    if (d < bestDist) {
      bestDist = d;
      best = z;
    }
  }
  const hint = best !== null && bestDist <= 3 ? ` Did you mean ${best}?` : '';
  throw new ScheduleError(`Unknown time zone "${word}".${hint} Use an IANA name such as Europe/Berlin, America/New_York or UTC.`);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] ?? 0;
      prev[j] = Math.min(tmp + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] ?? 0;
}
