/**
 * What `briefbot draft` produces: every text a verbatim sentence (or clause) of a source,
 * cited with that exact quote, so every claim is verified by construction.
 */
import type { JsonQuote } from '../domain/brief-types.ts';
/** Drafts print their quotes as JSON (`draft --json`). */
export type DraftCitation = JsonQuote;

export interface DraftItem {
  text: string;
  citations: DraftCitation[];
}

export interface DraftKeyPoint extends DraftItem {
  /** Who the point is about: the people, organisations or places it names. */
  actors: string[];
}

export interface DraftTimelineEntry extends DraftItem {
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the sources give no finer date. */
  date: string;
}

export interface DraftPerson extends DraftItem {
  name: string;
  /** The description the sources give, verbatim ("China's top diplomat"). */
  description: string;
}

export interface DraftDifference {
  about: string;
  sides: DraftItem[];
}

export interface Draft {
  topic: string;
  title: string;
  /** The newest development, from the most recent sources. */
  status: DraftItem | null;
  summary: DraftItem[];
  keyPoints: DraftKeyPoint[];
  timeline: DraftTimelineEntry[];
  whosWho: DraftPerson[];
  differences: DraftDifference[];
}
