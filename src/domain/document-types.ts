/** Types for source documents. Offsets are UTF-16 indexes into `SourceDocument.body`. */

export interface SourceMeta {
  id: string;
  /** File name inside the topic's sources/ folder. */
  file: string;
  title: string | null;
  outlet: string | null;
  /** ISO date YYYY-MM-DD, or null when the text does not show it. */
  published: string | null;
  url: string | null;
  /** Id of the source this one is a near-copy of (syndicated or rewritten); absent for an original. */
  duplicateOf?: string;
}

export interface TextRange {
  start: number;
  end: number;
}

/** A run of text kept after boilerplate removal: one paragraph or line of the original. */
export interface Passage extends TextRange {
  index: number;
  text: string;
}

export interface Sentence extends TextRange {
  /** Index of the sentence within its document. */
  index: number;
  passageIndex: number;
  /** Exact slice body.slice(start, end): always verbatim. */
  text: string;
}

/** A line that the boilerplate rules removed, with the rule that removed it. */
export interface StrippedLine extends TextRange {
  rule: string;
  text: string;
}

export interface SourceDocument {
  meta: SourceMeta;
  topic: string;
  /** Repository-relative path of the original file. */
  path: string;
  /** The original text, byte-for-byte as stored. */
  body: string;
  passages: Passage[];
  sentences: Sentence[];
  stripped: StrippedLine[];
}
