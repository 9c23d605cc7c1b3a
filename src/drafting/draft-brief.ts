/**
 * `briefbot draft`: a first brief written from a topic's sources, for a curator to edit
 * and approve. A pipeline of named stages, each its own module:
 *
 *   candidates.ts  the sentences a draft may quote (near-copies count once)
 *   summary.ts     the summary: concept coverage within a byte budget, ordered for reading
 *   key-points.ts  the status (newest development) and key points beyond the summary
 *   timeline.ts    dated events, dates resolved against each article's date
 *   whos-who.ts    people and organisations with the descriptions the sources give
 *   differences.ts the same figure reported differently by different sources
 *   wording-differences.ts  the same event dated differently, a quote worded differently
 *
 * Every text in the draft is a verbatim sentence or clause of a source, cited with that
 * exact quote, so the draft passes `briefbot check` by construction.
 */
import type { SourceDocument } from '../domain/document-types.ts';
import { collectCandidates } from './candidates.ts';
import type { Draft, DraftItem } from './draft-types.ts';
import { selectSummary, type SummaryOptions } from './summary.ts';
import type { Candidate } from './candidates.ts';
import { findDifferences } from './differences.ts';
import { findWordingDifferences } from './wording-differences.ts';
import { keyPoint, pickKeyPoints, pickStatus } from './key-points.ts';
import { buildTimeline } from './timeline.ts';
import { buildWhosWho } from './whos-who.ts';

export interface DraftOptions {
  /** Bytes of summary text. */
  summaryBytes?: number;
  /** Sections beyond the summary (false: the summary alone, as the DUC evaluation needs). */
  sections?: boolean;
  /** Summary settings other than the budget (the evaluation's tuning runs). */
  summary?: Omit<SummaryOptions, 'maxBytes'>;
}

export const DEFAULT_SUMMARY_BYTES = 1200;

export const cite = (c: Candidate): DraftItem => ({ text: c.text, citations: [{ source: c.source, quote: c.text }] });

export async function draftBrief(topic: string, title: string, documents: readonly SourceDocument[], options: DraftOptions = {}): Promise<Draft> {
  const all = collectCandidates(documents);
  // Sentences another source already said count once; the repeats still serve the
  // timeline (to cite every source of an event) and the differences (a changed figure).
  const candidates = all.filter((c) => c.repeatOf === undefined);
  const summary = selectSummary(candidates, { ...options.summary, maxBytes: options.summaryBytes ?? DEFAULT_SUMMARY_BYTES });
  const draft: Draft = { topic, title, status: null, summary: summary.chosen.map(cite), keyPoints: [], timeline: [], whosWho: [], differences: [] };
  if (options.sections === false) return draft;
  const { weightOf } = summary;
  const status = pickStatus(candidates, weightOf);
  draft.status = status ? cite(status) : null;
  const outletOf = new Map(documents.map((d) => [d.meta.id, d.meta.outlet]));
  draft.keyPoints = pickKeyPoints(candidates, [...summary.chosen, ...(status ? [status] : [])], weightOf).map((c) => keyPoint(c, outletOf.get(c.source) ?? null));
  draft.timeline = buildTimeline(all, { weightOf });
  // Entities are read in the most salient sentences (a 1,000-article topic has tens of thousands).
  const salient = [...candidates].sort((a, b) => weightOf(b) - weightOf(a)).slice(0, 1500);
  draft.whosWho = buildWhosWho(salient);
  draft.differences = [...findDifferences(all), ...findWordingDifferences(all)].slice(0, 6);
  return draft;
}
