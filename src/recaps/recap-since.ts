/**
 * `briefbot recap <topic> --since <date|version> [--json]`: what changed in a brief
 * since a date or a recorded version, in the same words a scheduled recap would use.
 */
import type { Brief } from '../domain/brief-types.ts';
import { BriefbotError } from '../domain/errors.ts';
import type { Message } from '../domain/messages/message-model.ts';
import type { RecapChanges } from './brief-diff.ts';
import { asBriefSnapshot, snapshotBrief, type BriefSnapshot } from './brief-snapshot.ts';
import type { BriefVersionRecord, RecapStore } from './recap-store.ts';
import { buildRecapMessage } from './recap-message.ts';

/** The `--json` output shape. */
export interface RecapSinceResult {
  topic: string;
  title: string;
  /** The --since argument as given. */
  since: string;
  /** The recorded version compared against, or null when none is known that early. */
  baseline: { version: string; firstSeen: string } | null;
  current: { version: string; updated: string };
  /**
   * What changed since the baseline; with a date older than every recorded version, what
   * the brief shows as published or dated after it. Null only for a version never recorded.
   */
  changes: RecapChanges | null;
  message: Message;
}

export type BriefHistoryStore = Pick<RecapStore, 'listBriefVersions' | 'recordBriefVersion'>;

/** Records the versions of the given briefs the first time each is seen. */
export async function recordBriefVersions(store: BriefHistoryStore, briefs: readonly Brief[], now: Date): Promise<number> {
  let added = 0;
  for (const b of briefs) if (await store.recordBriefVersion(b.slug, b.version, snapshotBrief(b), now)) added++;
  return added;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function pickBaseline(history: BriefVersionRecord[], since: string): BriefVersionRecord | null {
  if (DATE_RE.test(since)) {
    const at = new Date(since.length === 10 ? `${since}T00:00:00Z` : since);
    if (Number.isNaN(at.getTime())) throw new BriefbotError('BAD_INPUT', `invalid date "${since}"`, { userMessage: `"${since}" is not a valid date; use YYYY-MM-DD.` });
    let best: BriefVersionRecord | null = null;
    for (const h of history) if (h.firstSeen.getTime() <= at.getTime()) best = h;
    return best;
  }
  const matches = history.filter((h) => h.version === since || h.version.startsWith(since));
  const known = history.map((h) => `${h.version.slice(0, 12)} (${h.firstSeen.toISOString().slice(0, 10)})`).join(', ') || 'none yet';
  if (matches.length === 0 || since.length < 4) {
    const msg = `no recorded version "${since}" of this brief; known versions: ${known}`;
    throw new BriefbotError('NOT_FOUND', msg, { userMessage: msg });
  }
  const distinct = new Set(matches.map((m) => m.version));
  if (distinct.size > 1) {
    const msg = `version prefix "${since}" is ambiguous (${[...distinct].map((v) => v.slice(0, 12)).join(', ')}); give more characters`;
    throw new BriefbotError('BAD_INPUT', msg, { userMessage: msg });
  }
  return matches[0] ?? null;
}

/** True when a timeline date (YYYY, YYYY-MM or YYYY-MM-DD) may fall after the day `since`. */
export function datedAfter(date: string, since: string): boolean {
  const day = since.slice(0, 10);
  // A month or year counts when any day of it is after: "2023-06" is after 2023-06-10.
  const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return end > day;
}

/**
 * The brief as it stood on `since`, as far as the brief itself can tell when no version was
 * recorded that early: without the sources published after the date and the timeline
 * entries dated after it. Diffing against it reports exactly those, with their citations.
 */
function asOfDate(current: BriefSnapshot, since: string): BriefSnapshot {
  const day = since.slice(0, 10);
  return {
    ...current,
    version: `as of ${day}`,
    sources: current.sources.filter((s) => s.published === null || s.published <= day),
    timeline: current.timeline.filter((t) => !datedAfter(t.date, day)),
  };
}

export async function recapSince(brief: Brief, since: string, store: BriefHistoryStore, options: { now?: Date; timezone?: string } = {}): Promise<RecapSinceResult> {
  const now = options.now ?? new Date();
  const current = snapshotBrief(brief);
  await store.recordBriefVersion(brief.slug, brief.version, current, now);
  const history = await store.listBriefVersions(brief.slug);
  const base = pickBaseline(history, since.trim());
  const byDate = !base && DATE_RE.test(since.trim());
  const previous = base ? asBriefSnapshot(base.snapshot) : byDate ? asOfDate(current, since.trim()) : null;
  const undated = current.sources.filter((s) => s.published === null).length;
  const sinceLabel = base
    ? `version ${base.version.slice(0, 12)} (first seen ${base.firstSeen.toISOString().slice(0, 10)})`
    : byDate
      ? `${since.trim().slice(0, 10)}, going by the sources' publication dates and the timeline's dates (no version of this brief is recorded that early${undated > 0 ? `; ${undated} source${undated === 1 ? ' has' : 's have'} no date and ${undated === 1 ? 'is' : 'are'} not counted` : ''})`
      : undefined;
  const result = buildRecapMessage({
    brief,
    previous,
    previousPostedAt: base?.firstSeen ?? null,
    whenUnchanged: 'line',
    timezone: options.timezone ?? 'UTC',
    ...(sinceLabel ? { sinceLabel } : {}),
  });
  let message = result.message;
  if (!message) throw new BriefbotError('INTERNAL', 'recap message missing');
  if (!previous) {
    const note = `No version of this brief is recorded at or before ${since}; showing the brief.`;
    message = { ...message, blocks: [{ type: 'context', text: note }, ...message.blocks] };
  }
  return {
    topic: brief.slug,
    title: brief.title,
    since,
    baseline: base ? { version: base.version, firstSeen: base.firstSeen.toISOString() } : null,
    current: { version: brief.version, updated: brief.updated },
    changes: result.changes,
    message,
  };
}
