/**
 * What a message's footnotes say, before any platform formats them: the cited sources in
 * the order first cited, each named once with the quotes taken from it (so "date unknown"
 * is said once per source, not per quote). A card cites sources, not quotes: its groups
 * have markers and no quotes. Console, Slack and Discord each format these groups.
 */
import type { CitationRef, SourceRef } from './message-model.ts';

export interface FootnoteGroup {
  sourceId: string;
  /** The source's details, when the message lists it. */
  source: SourceRef | undefined;
  /** Every citation of this source, in order. */
  citations: CitationRef[];
  /** Those with a quote to show under the source. */
  quoted: CitationRef[];
}

export interface FootnoteOptions {
  /** Also list sources the message names but does not cite, last, with no markers. */
  uncited?: boolean;
  /** A quote not to repeat (already shown in the message body). */
  alreadyShown?: (c: CitationRef) => boolean;
}

export function footnoteGroups(citations: readonly CitationRef[], sources: readonly SourceRef[], options: FootnoteOptions = {}): FootnoteGroup[] {
  const known = new Map(sources.map((s) => [s.id, s]));
  const groups = new Map<string, FootnoteGroup>();
  for (const c of citations) {
    let g = groups.get(c.sourceId);
    if (!g) groups.set(c.sourceId, (g = { sourceId: c.sourceId, source: known.get(c.sourceId), citations: [], quoted: [] }));
    g.citations.push(c);
    if (c.quote !== '' && !options.alreadyShown?.(c)) g.quoted.push(c);
  }
  if (options.uncited) for (const s of sources) if (!groups.has(s.id)) groups.set(s.id, { sourceId: s.id, source: s, citations: [], quoted: [] });
  return [...groups.values()];
}
