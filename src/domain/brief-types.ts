import type { SourceDocument } from './document-types.ts';

/** Words a topic's sources use beyond general knowledge (briefs/<topic>/lexicon.yml). */
export interface TopicLexicon {
  /** Groups of lower-case words for one thing; the first names it. */
  synonyms: string[][];
  /** Lower-case organisation name → the country it speaks for ("port authority" → "Canada"). */
  institutions: Record<string, string>;
  /** Lower-case place names beyond countries and capitals. */
  places: string[];
  /** Lower-case organisation names. */
  organisations: string[];
}

/**
 * A quote from a source: the one shape of a citation inside Briefbot. Claims (with the
 * line they are written on), message markers (with their number), recap snapshots and
 * drafts all carry it.
 */
export interface Quote {
  sourceId: string;
  /** Exact text of the source (whitespace aside). */
  quote: string;
}

/** A quote in JSON output (`--json` of brief, draft and ask), where the source's id is `source`. */
export interface JsonQuote {
  source: string;
  quote: string;
}

export const jsonQuote = (q: Quote): JsonQuote => ({ source: q.sourceId, quote: q.quote });

/** A citation as written in brief.md: `[@source-id: exact quote]`. */
export interface Citation extends Quote {
  /** 1-based line in brief.md where the citation is written. */
  line: number;
}

/** One claim: text plus the quotes that support it. */
export interface Claim {
  /** Plain text of the claim with citation markup removed. */
  text: string;
  citations: Citation[];
  line: number;
  /** Bold lead-in (`**Label:**`): actors for key points, the name in Who's who, the subject in Where sources differ. */
  label?: string;
  /**
   * Citations written inside the sentence, before words that follow them ("one report says
   * hundreds [@a: …] and another thousands [@b: …]."): `at` is the offset in `text` where the
   * citation stood, `citations` are indexes into `citations`. Renderers show their markers
   * there; the other citations are shown at the end.
   */
  inline?: Array<{ at: number; citations: number[] }>;
}

export interface KeyPoint extends Claim {
  actors: string[];
}

export interface TimelineEntry extends Claim {
  /** YYYY, YYYY-MM or YYYY-MM-DD as written. */
  date: string;
}

export interface Brief {
  slug: string;
  title: string;
  aliases: string[];
  tags: string[];
  status: Claim;
  /** YYYY-MM-DD. */
  updated: string;
  summary: Claim[];
  keyPoints: KeyPoint[];
  timeline: TimelineEntry[];
  whosWho: Claim[];
  differences: Claim[];
  sources: SourceDocument[];
  /** Repository-relative path of brief.md. */
  path: string;
  /** Content hash of brief.md and its sources; changes whenever either changes. */
  version: string;
  /**
   * True for a topic served from its sources alone: brief.md is missing (or has errors and
   * no good version was ever served). It has no claims; chat says plainly that no reviewed
   * brief exists, lists the sources, and answers questions from them.
   */
  unreviewed?: true;
  /**
   * True for a brief drafted by `briefbot draft` (`draft: true` in its front matter) that no
   * curator has approved yet: its claims are verified quotes, but chat labels it "draft, not
   * yet reviewed", or does not serve it (setting drafts.serve).
   */
  draft?: true;
  /** The topic's own vocabulary (lexicon.yml), when it has one. */
  lexicon?: TopicLexicon;
}

export type SectionId = 'summary' | 'key-points' | 'timeline' | 'whos-who' | 'where-sources-differ';

export const SECTION_TITLES: Record<SectionId, string> = {
  summary: 'Summary',
  'key-points': 'Key points',
  timeline: 'Timeline',
  'whos-who': "Who's who",
  'where-sources-differ': 'Where sources differ',
};

export function sourceById(brief: Brief, id: string): SourceDocument | undefined {
  return brief.sources.find((s) => s.meta.id === id);
}

/** What a topic name typed by a user resolves to: a brief, a close typo's suggestion, or nothing. */
export type TopicResolution =
  | { kind: 'found'; brief: Brief }
  | { kind: 'suggest'; query: string; suggestion: Brief }
  | { kind: 'unknown'; query: string; topics: Brief[] };
