/**
 * A brief reduced to what recaps compare: plain JSON, stored per channel after each
 * posted recap and per version in the brief history.
 */
import type { Quote } from '../domain/brief-types.ts';
import type { Brief, Claim } from '../domain/brief-types.ts';
import { sourceRef } from '../domain/messages/brief-messages.ts';
import type { SourceRef } from '../domain/messages/message-model.ts';

export type SnapshotCitation = Quote;

export interface SnapshotClaim {
  text: string;
  label?: string;
  citations: SnapshotCitation[];
}

export interface SnapshotTimelineEntry extends SnapshotClaim {
  date: string;
}

/** A source as stored in a snapshot: the same shape messages use for footnotes. */
export type SnapshotSource = SourceRef;

export interface BriefSnapshot {
  format: 1;
  slug: string;
  title: string;
  version: string;
  updated: string;
  status: SnapshotClaim;
  summary: SnapshotClaim[];
  keyPoints: SnapshotClaim[];
  timeline: SnapshotTimelineEntry[];
  whosWho: SnapshotClaim[];
  differences: SnapshotClaim[];
  sources: SnapshotSource[];
}

function claim(c: Claim): SnapshotClaim {
  return {
    text: c.text,
    ...(c.label !== undefined ? { label: c.label } : {}),
    citations: c.citations.map((x) => ({ sourceId: x.sourceId, quote: x.quote })),
  };
}

export function snapshotBrief(brief: Brief): BriefSnapshot {
  return {
    format: 1,
    slug: brief.slug,
    title: brief.title,
    version: brief.version,
    updated: brief.updated,
    status: claim(brief.status),
    summary: brief.summary.map(claim),
    keyPoints: brief.keyPoints.map(claim),
    timeline: brief.timeline.map((t) => ({ ...claim(t), date: t.date })),
    whosWho: brief.whosWho.map(claim),
    differences: brief.differences.map(claim),
    sources: brief.sources.map(sourceRef),
  };
}

/** Accepts a snapshot read back from the store; anything else (older format, garbage) is null. */
export function asBriefSnapshot(value: unknown): BriefSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<BriefSnapshot>;
  if (v.format !== 1 || typeof v.version !== 'string' || !Array.isArray(v.keyPoints) || !Array.isArray(v.timeline) || !Array.isArray(v.sources)) return null;
  return v as BriefSnapshot;
}
