/**
 * What changed between two versions of a brief: new sources, key points added or
 * changed, timeline entries added or changed, a status change. Claims keep their
 * citations so the recap can quote the evidence for each change.
 */
import type { BriefSnapshot, SnapshotClaim, SnapshotSource, SnapshotTimelineEntry } from './brief-snapshot.ts';

export interface ClaimChange<T extends SnapshotClaim = SnapshotClaim> {
  before: T;
  after: T;
}

export interface RecapChanges {
  fromVersion: string;
  toVersion: string;
  statusChange: ClaimChange | null;
  newSources: SnapshotSource[];
  keyPointsAdded: SnapshotClaim[];
  keyPointsChanged: ClaimChange[];
  keyPointsRemoved: SnapshotClaim[];
  timelineAdded: SnapshotTimelineEntry[];
  timelineChanged: ClaimChange<SnapshotTimelineEntry>[];
  summaryChanged: boolean;
  /** Titles of other sections whose content changed ("Who's who", "Where sources differ"). */
  otherSections: string[];
  /** True when nothing a recap reports changed. */
  empty: boolean;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const citeKey = (c: SnapshotClaim): string =>
  c.citations
    .map((x) => `${x.sourceId}\u0000${norm(x.quote)}`)
    .sort()
    .join('\u0001');
const claimKey = (c: SnapshotClaim): string => `${norm(c.label ?? '')}\u0002${norm(c.text)}`;

function words(s: string): Set<string> {
  return new Set(norm(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}

function similarity(a: SnapshotClaim, b: SnapshotClaim): number {
  const wa = words(`${a.label ?? ''} ${a.text}`);
  const wb = words(`${b.label ?? ''} ${b.text}`);
  if (wa.size === 0 || wb.size === 0) return 0;
  let inter = 0;
  for (const w of wa) if (wb.has(w)) inter++;
  return inter / (wa.size + wb.size - inter);
}

interface Matched<T extends SnapshotClaim> {
  added: T[];
  changed: ClaimChange<T>[];
  removed: T[];
}

/**
 * Pairs old and new claims: identical text and citations are unchanged; identical text
 * with different citations, or a close rewording (word overlap ≥ 0.5, or ≥ 0.3 with the
 * same label / same date), is a change; the rest are added or removed.
 */
function matchClaims<T extends SnapshotClaim>(before: T[], after: T[], sameGroup: (a: T, b: T) => boolean): Matched<T> {
  const oldLeft = [...before];
  const unmatchedNew: T[] = [];
  const changed: ClaimChange<T>[] = [];
  for (const n of after) {
    const exact = oldLeft.findIndex((o) => claimKey(o) === claimKey(n) && sameGroup(o, n));
    if (exact >= 0) {
      const [o] = oldLeft.splice(exact, 1);
      if (o && citeKey(o) !== citeKey(n)) changed.push({ before: o, after: n });
      continue;
    }
    unmatchedNew.push(n);
  }
  const added: T[] = [];
  for (const n of unmatchedNew) {
    let best = -1;
    let bestScore = 0;
    oldLeft.forEach((o, i) => {
      const score = similarity(o, n);
      const threshold = sameGroup(o, n) && (o.label !== undefined || 'date' in o) ? 0.3 : 0.5;
      if (score >= threshold && score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) {
      const [o] = oldLeft.splice(best, 1);
      if (o) changed.push({ before: o, after: n });
    } else {
      added.push(n);
    }
  }
  return { added, changed, removed: oldLeft };
}

function sameClaims(a: SnapshotClaim[], b: SnapshotClaim[]): boolean {
  return a.length === b.length && a.every((c, i) => b[i] !== undefined && claimKey(c) === claimKey(b[i]) && citeKey(c) === citeKey(b[i]));
}

export function diffBriefs(before: BriefSnapshot, after: BriefSnapshot): RecapChanges {
  const oldIds = new Set(before.sources.map((s) => s.id));
  // A near-copy of a source already there is not news: it is left out of "new sources".
  const newSources = after.sources.filter((s) => !oldIds.has(s.id) && !s.duplicateOf);
  const statusChange = norm(before.status.text) === norm(after.status.text) ? null : { before: before.status, after: after.status };
  const kp = matchClaims(before.keyPoints, after.keyPoints, (a, b) => norm(a.label ?? '') === norm(b.label ?? ''));
  const tl = matchClaims(before.timeline, after.timeline, (a, b) => a.date === b.date);
  const summaryChanged = !sameClaims(before.summary, after.summary);
  const otherSections: string[] = [];
  if (!sameClaims(before.whosWho, after.whosWho)) otherSections.push("Who's who");
  if (!sameClaims(before.differences, after.differences)) otherSections.push('Where sources differ');
  const empty =
    statusChange === null &&
    newSources.length === 0 &&
    kp.added.length === 0 &&
    kp.changed.length === 0 &&
    kp.removed.length === 0 &&
    tl.added.length === 0 &&
    tl.changed.length === 0 &&
    !summaryChanged &&
    otherSections.length === 0;
  return {
    fromVersion: before.version,
    toVersion: after.version,
    statusChange,
    newSources,
    keyPointsAdded: kp.added,
    keyPointsChanged: kp.changed,
    keyPointsRemoved: kp.removed,
    timelineAdded: tl.added,
    timelineChanged: tl.changed,
    summaryChanged,
    otherSections,
    empty,
  };
}
