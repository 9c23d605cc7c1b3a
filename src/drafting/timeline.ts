/**
 * Stage 4 of drafting: the timeline. Each sentence that dates what it reports is an event;
 * its date is resolved with `chrono-node` against the article's own publication date ("on
 * Saturday" in a piece published 2023-02-19 is 2023-02-18; "last month", "June 19").
 * Newswire says "on Tuesday" of the week just past, so a bare weekday that would resolve
 * after the article's date is read as the one before it, unless the sentence speaks of the
 * future ("will", "next", "plans to"). An event is kept at the precision the text gives:
 * a day, a month or a year. The same event told by several sources (same date, enough
 * words in common) is one entry citing them all; entries are the events most sources
 * report, oldest first.
 */
import { MONTH_START_SOURCE } from '../domain/calendar.ts';
import * as chrono from 'chrono-node';
import type { Candidate } from './candidates.ts';
import type { DraftTimelineEntry } from './draft-types.ts';

export interface DatedEvent {
  date: string;
  /** The date expression as written. */
  expression: string;
  candidate: Candidate;
}

const FUTURE = /\b(will|shall|next|upcoming|plans? to|planning to|scheduled|expected to|is to|are to|would)\b/i;
const DAY_MS = 24 * 3600_000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** An expression that names a day, month or year ("now", "for an hour" and "a few hours before" do not). */
const NAMES_A_DATE = new RegExp(String.raw`\b(${MONTH_START_SOURCE})[a-z]*\b|\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|\b(yesterday|today|tonight|tomorrow|week|month|year|weekend)\b|\b\d{4}\b|\b\d{1,2}[/.-]\d{1,2}\b`, 'i');
const RELATIVE = /\b(last|next|this|ago|yesterday|today|tonight|tomorrow|earlier|later|since|past|coming)\b/i;

/**
 * The date a sentence reports, resolved against its article's date; null when it gives
 * none. `absoluteOnly`: the article's own date is unknown and `published` is only an
 * estimate (the topic's newest known date), so only a written month and day count
 * ("June 19"), never "on Saturday" or "last month".
 */
export function dateOf(text: string, published: string, absoluteOnly = false): { date: string; expression: string } | null {
  const ref = new Date(`${published}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return null;
  for (const r of chrono.parse(text, ref, { forwardDate: false })) {
    const s = r.start;
    if (!NAMES_A_DATE.test(r.text)) continue;
    // "for a month" is how long, not when; "Sunday Times", "Good Friday Agreement" are names.
    if (/^for\b/i.test(r.text.trim())) continue;
    const follows = text.slice(r.index + r.text.length).match(/^\s*([\p{Lu}][\p{L}]+)/u)?.[1];
    if (s.isCertain('weekday') && !s.isCertain('day') && follows && !/^(morning|afternoon|evening|night)$/i.test(follows) && !chrono.parse(follows).length) continue;
    if (absoluteOnly && (!s.isCertain('month') || !s.isCertain('day') || RELATIVE.test(r.text))) continue;
    const dayKnown = s.isCertain('day') || s.isCertain('weekday');
    if (!dayKnown && !s.isCertain('month') && !s.isCertain('year')) continue; // a time of day alone
    let d = s.date();
    if (s.isCertain('weekday') && !s.isCertain('day') && d.getTime() > ref.getTime() + DAY_MS / 2 && !FUTURE.test(text) && !/\bnext\b/i.test(r.text)) {
      d = new Date(d.getTime() - 7 * DAY_MS);
    }
    // "last March" / "in March" in a past-tense report published in October: this year's or
    // last year's March, never next year's.
    if (!dayKnown && s.isCertain('month') && !s.isCertain('year') && d.getTime() > ref.getTime() + DAY_MS && !FUTURE.test(text)) {
      d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
    }
    const y = d.getUTCFullYear();
    if (y < 1000 || y > 2999) continue;
    const date = dayKnown ? `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` : s.isCertain('month') ? `${y}-${pad(d.getUTCMonth() + 1)}` : `${y}`;
    return { date, expression: r.text };
  }
  // chrono reads no bare year: "in 1997" dates an event to its year.
  const year = /\b(?:in|during|by early|by late|early|late)\s+((?:1[5-9]|20)\d\d)\b(?![-–/]\d)/i.exec(text);
  if (year && !absoluteOnly) return { date: year[1]!, expression: year[0] };
  return null;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let shared = 0;
  for (const x of sa) if (sb.has(x)) shared++;
  return shared === 0 ? 0 : shared / (sa.size + sb.size - shared);
}

export interface TimelineOptions {
  maxEntries?: number;
  /** Concept weight of a candidate (from the summary stage), to choose among events. */
  weightOf: (c: Candidate) => number;
}

export function buildTimeline(cands: readonly Candidate[], options: TimelineOptions): DraftTimelineEntry[] {
  const events: DatedEvent[] = [];
  // Articles that show no date of their own are read against the newest date the others show.
  const estimate = cands.reduce<string | null>((m, c) => (c.published && (m === null || c.published > m) ? c.published : m), null);
  for (const c of cands) {
    const ref = c.published ?? estimate;
    if (!ref) continue;
    const found = dateOf(c.text, ref, c.published === null);
    if (found) events.push({ ...found, candidate: c });
  }
  // One entry per event: same date, and told in enough of the same words.
  const groups: DatedEvent[][] = [];
  for (const e of events) {
    const group = groups.find((g) => g[0]!.date === e.date && g.some((o) => jaccard(o.candidate.stems, e.candidate.stems) >= 0.35));
    if (group) group.push(e);
    else groups.push([e]);
  }
  const sourcesOf = (g: DatedEvent[]): number => new Set(g.map((e) => e.candidate.source)).size;
  const best = (g: DatedEvent[]): DatedEvent => [...g].sort((a, b) => options.weightOf(b.candidate) - options.weightOf(a.candidate))[0]!;
  const ranked = groups.sort((a, b) => sourcesOf(b) - sourcesOf(a) || options.weightOf(best(b).candidate) - options.weightOf(best(a).candidate));
  const kept = ranked.slice(0, options.maxEntries ?? 12);
  return kept
    .map((g) => {
      const lead = best(g);
      const others = g.filter((e) => e !== lead && e.candidate.source !== lead.candidate.source);
      const seen = new Set<string>([lead.candidate.source]);
      const citations = [{ source: lead.candidate.source, quote: lead.candidate.text }];
      for (const o of others) {
        if (seen.has(o.candidate.source)) continue;
        seen.add(o.candidate.source);
        citations.push({ source: o.candidate.source, quote: o.candidate.text });
      }
      return { date: lead.date, text: lead.candidate.text, citations };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
