/**
 * Fire times of a 5-field cron expression in an IANA time zone, with well-defined
 * daylight-saving behaviour (the same as Temporal's 'compatible' disambiguation):
 *
 * - Spring forward: a local time that does not exist that day (02:30 when clocks jump
 *   02:00 → 03:00) fires once, shifted forward by the gap (03:30).
 * - Fall back: a local time that occurs twice (01:30 when clocks go 02:00 → 01:00) fires
 *   once, at its first occurrence. Expressions whose hour field is `*` (every hour) are
 *   interval-like and fire in both passes of the repeated hour, as cron does.
 *
 * cron-parser 5 parses and validates the expression; the iteration is done here because
 * its `prev()` fires an ambiguous time twice and its `next()` loses or repeats a fire when
 * started inside a DST transition (see test/schedule/fire-times.test.ts).
 */
import { CRON_NAMES_SOURCE } from '../domain/calendar.ts';
import { CronExpressionParser } from 'cron-parser';

const DAY_MS = 86_400_000;
/** How far to look for the next or previous fire (covers e.g. "Feb 29 on a Monday"). */
const SEARCH_DAYS = 366 * 8 + 2;

export interface CompiledCron {
  cron: string;
  timezone: string;
  minutes: number[];
  hours: number[];
  daysOfMonth: Set<number>;
  months: Set<number>;
  daysOfWeek: Set<number>;
  /** Day-of-month and day-of-week both restricted: a day matches either (cron's OR rule). */
  dayOr: boolean;
  domWildcard: boolean;
  dowWildcard: boolean;
  /** Hour field covers all 24 hours: repeated local times fire in both passes. */
  everyHour: boolean;
}

/** Validates and compiles a 5-field cron expression. Throws Error with a readable message. */
export function compileCron(cron: string, timezone: string): CompiledCron {
  const fieldsText = cron.trim().split(/\s+/);
  if (fieldsText.length !== 5) throw new Error(`a cron expression has 5 fields (minute hour day-of-month month day-of-week), got ${fieldsText.length}`);
  const names = new RegExp(`\\b(${CRON_NAMES_SOURCE})\\b`, 'gi');
  if (/[LWH#]/i.test(fieldsText.join(' ').replace(names, ''))) {
    throw new Error('the L, W, H and # cron extensions are not supported; use numbers, ranges (1-5), lists (1,3) and steps (*/15)');
  }
  const expr = CronExpressionParser.parse(cron, { tz: timezone, strict: false });
  const f = expr.fields;
  const nums = (vals: readonly (number | string)[]): number[] => vals.filter((v): v is number => typeof v === 'number');
  const minutes = [...new Set(nums(f.minute.values))].sort((a, b) => a - b);
  const hours = [...new Set(nums(f.hour.values))].sort((a, b) => a - b);
  const dowWildcard = /^[*?]/.test(fieldsText[4] ?? '*');
  const domWildcard = /^[*?]/.test(fieldsText[2] ?? '*');
  return {
    cron,
    timezone,
    minutes,
    hours,
    daysOfMonth: new Set(nums(f.dayOfMonth.values)),
    months: new Set(nums(f.month.values)),
    daysOfWeek: new Set(nums(f.dayOfWeek.values).map((d) => d % 7)),
    dayOr: !domWildcard && !dowWildcard,
    domWildcard,
    dowWildcard,
    everyHour: hours.length === 24,
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Local wall-clock time of an instant, expressed as if it were UTC milliseconds. */
export function wallTime(instantMs: number, tz: string): number {
  const parts = formatter(tz).formatToParts(new Date(instantMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
}

/** UTC offset (ms) in force at an instant. */
export function offsetAt(instantMs: number, tz: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  return wallTime(whole, tz) - whole;
}

/**
 * The instants at which a local wall time occurs: one normally, two in a fall-back
 * overlap, none in a spring-forward gap (then the gap-shifted instant is returned).
 */
export function resolveWallTime(wallMs: number, tz: string): { instants: number[]; gap: boolean } {
  const before = offsetAt(wallMs - DAY_MS, tz);
  const after = offsetAt(wallMs + DAY_MS, tz);
  const candidates = [...new Set([wallMs - before, wallMs - after])].sort((a, b) => a - b);
  const valid = candidates.filter((t) => offsetAt(t, tz) + t === wallMs);
  if (valid.length > 0) return { instants: valid, gap: false };
  return { instants: [wallMs - before], gap: true };
}

function dayMatches(c: CompiledCron, y: number, m: number, d: number): boolean {
  if (!c.months.has(m)) return false;
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const domOk = c.daysOfMonth.has(d);
  const dowOk = c.daysOfWeek.has(dow);
  if (c.dayOr) return domOk || dowOk;
  if (!c.domWildcard) return domOk;
  if (!c.dowWildcard) return dowOk;
  return true;
}

/** All fire instants on one local calendar day (given as UTC midnight ms), ascending. */
function firesOnDay(c: CompiledCron, dayMs: number): number[] {
  const date = new Date(dayMs);
  if (!dayMatches(c, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())) return [];
  const out = new Set<number>();
  // Fast path: no offset change from the day before to the day after.
  const o1 = offsetAt(dayMs - DAY_MS, c.timezone);
  const o2 = offsetAt(dayMs + 2 * DAY_MS, c.timezone);
  const o3 = offsetAt(dayMs + DAY_MS / 2, c.timezone);
  const stable = o1 === o2 && o2 === o3;
  for (const h of c.hours) {
    for (const min of c.minutes) {
      const wall = dayMs + h * 3_600_000 + min * 60_000;
      if (stable) {
        out.add(wall - o1);
        continue;
      }
      const { instants } = resolveWallTime(wall, c.timezone);
      if (c.everyHour) for (const t of instants) out.add(t);
      else if (instants[0] !== undefined) out.add(instants[0]);
    }
  }
  return [...out].sort((a, b) => a - b);
}

function localDayStart(instantMs: number, tz: string): number {
  return Math.floor(wallTime(instantMs, tz) / DAY_MS) * DAY_MS;
}

/** The first fire strictly after `after`, or null if none within eight years. */
export function nextFire(c: CompiledCron, after: Date): Date | null {
  const t = after.getTime();
  let day = localDayStart(t, c.timezone) - DAY_MS;
  for (let i = 0; i < SEARCH_DAYS; i++, day += DAY_MS) {
    for (const f of firesOnDay(c, day)) if (f > t) return new Date(f);
  }
  return null;
}

/** The last fire at or before `atOrBefore`, or null if none within eight years. */
export function previousFire(c: CompiledCron, atOrBefore: Date): Date | null {
  const t = atOrBefore.getTime();
  let day = localDayStart(t, c.timezone) + DAY_MS;
  for (let i = 0; i < SEARCH_DAYS; i++, day -= DAY_MS) {
    const fires = firesOnDay(c, day);
    for (let j = fires.length - 1; j >= 0; j--) {
      const f = fires[j];
      if (f !== undefined && f <= t) return new Date(f);
    }
  }
  return null;
}

/**
 * Fires in (after, until], ascending. When there are more than `limit`, only the
 * latest `limit` are returned and `total` says how many there were.
 */
export function firesBetween(c: CompiledCron, after: Date, until: Date, limit = 1000): { fires: Date[]; total: number } {
  const a = after.getTime();
  const u = until.getTime();
  if (u <= a) return { fires: [], total: 0 };
  const fires: number[] = [];
  let total = 0;
  const lastDay = localDayStart(u, c.timezone) + DAY_MS;
  for (let day = localDayStart(a, c.timezone) - DAY_MS; day <= lastDay; day += DAY_MS) {
    for (const f of firesOnDay(c, day)) {
      if (f <= a || f > u) continue;
      total++;
      fires.push(f);
    }
  }
  return { fires: fires.slice(Math.max(0, fires.length - limit)).map((f) => new Date(f)), total };
}

/** Formats an instant in a time zone, e.g. "Mon 3 Mar 2025, 08:00 (Europe/Berlin)". */
export function formatInZone(instant: Date, tz: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return `${text} (${tz})`;
}
