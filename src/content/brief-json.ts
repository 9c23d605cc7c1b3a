/** The JSON form of a brief printed by `briefbot brief <topic> --json`. */
import { jsonQuote, type JsonQuote } from '../domain/brief-types.ts';
import { sourceRef } from '../domain/messages/brief-messages.ts';
import type { SourceRef } from '../domain/messages/message-model.ts';
import { SECTION_TITLES, type Brief, type Claim, type SectionId } from '../domain/brief-types.ts';

export type JsonCitation = JsonQuote;

export interface JsonItem {
  label?: string;
  date?: string;
  actors?: string[];
  text: string;
  citations: JsonCitation[];
}

export interface BriefJson {
  slug: string;
  title: string;
  aliases: string[];
  tags: string[];
  updated: string;
  version: string;
  /** False for a topic served from its sources alone (no reviewed brief: no claims). */
  reviewed: boolean;
  /** Drafted by `briefbot draft` and not yet approved. */
  draft: boolean;
  status: JsonItem;
  summary: string;
  sections: Array<{ id: SectionId; title: string; items: JsonItem[] }>;
  sources: SourceRef[];
}

function item(c: Claim, extra: Partial<JsonItem> = {}): JsonItem {
  const out: JsonItem = { text: c.text, citations: c.citations.map(jsonQuote) };
  if (c.label !== undefined) out.label = c.label;
  return { ...out, ...extra };
}

export function briefToJson(brief: Brief): BriefJson {
  const section = (id: SectionId, items: JsonItem[]): BriefJson['sections'][number] => ({ id, title: SECTION_TITLES[id], items });
  return {
    slug: brief.slug,
    title: brief.title,
    aliases: brief.aliases,
    tags: brief.tags,
    updated: brief.updated,
    version: brief.version,
    // A draft from `briefbot draft` has verified quotes but no curator's approval yet.
    reviewed: brief.unreviewed !== true && brief.draft !== true,
    draft: brief.draft === true,
    status: item(brief.status),
    summary: brief.summary.map((c) => c.text).join(' '),
    sections: [
      section('summary', brief.summary.map((c) => item(c))),
      section('key-points', brief.keyPoints.map((k) => item(k, { actors: k.actors }))),
      section('timeline', brief.timeline.map((t) => item(t, { date: t.date }))),
      section('whos-who', brief.whosWho.map((c) => item(c))),
      section('where-sources-differ', brief.differences.map((c) => item(c))),
    ],
    sources: brief.sources.map(sourceRef),
  };
}
