/** Builds neutral messages for briefs, their sources and timelines, the topic list and help. */
import type { Brief, Claim } from '../brief-types.ts';
import type { SourceDocument } from '../document-types.ts';
import { buildBriefCard, cardActions } from './brief-card.ts';
import { askAction, shareAction, viewAction } from './actions.ts';
import { CitationCollector, inlineParts, type Action, type Block, type BulletItem, type Message, type SourceRef, type Span } from './message-model.ts';

export function sourceRef(doc: SourceDocument): SourceRef {
  const ref: SourceRef = { id: doc.meta.id, title: doc.meta.title, outlet: doc.meta.outlet, published: doc.meta.published, url: doc.meta.url, path: doc.path };
  if (doc.meta.duplicateOf) ref.duplicateOf = doc.meta.duplicateOf;
  return ref;
}

/** The SourceRefs a set of citations points to, in first-cited order. */
export function sourcesFor(brief: Brief, collector: CitationCollector): SourceRef[] {
  const ids = [...new Set(collector.citations.map((c) => c.sourceId))];
  return ids.flatMap((id) => {
    const doc = brief.sources.find((s) => s.meta.id === id);
    return doc ? [sourceRef(doc)] : [];
  });
}

/** The spans of one claim: one, or one per part when citations stand inside the sentence. */
function spans(claim: Claim, cites: CitationCollector): Span[] {
  const numbers = cites.addAll(claim.citations);
  return claim.inline ? inlineParts(claim.text, numbers, claim.inline) : [{ text: claim.text, citations: numbers }];
}

function bullet(claim: Claim, cites: CitationCollector, label?: string): BulletItem {
  const l = label ?? claim.label;
  const numbers = cites.addAll(claim.citations);
  const item: BulletItem = { text: claim.text, citations: numbers };
  if (claim.inline) item.parts = inlineParts(claim.text, numbers, claim.inline);
  if (l !== undefined) item.label = l;
  return item;
}

/**
 * The date of the timeline's latest event by the brief's own date, and of the first one after
 * it (a plan: "would reopen in May"), so a planned date is not shown as what happened last.
 * Dates are YYYY, YYYY-MM or YYYY-MM-DD; "2026-12" is not after "2026-12-04".
 */
export function latestEvent(brief: Brief): { latest: string | null; next: string | null } {
  const after = (d: string): boolean => d > brief.updated && !brief.updated.startsWith(d);
  const past = brief.timeline.filter((e) => !after(e.date));
  return { latest: past[past.length - 1]?.date ?? null, next: brief.timeline.find((e) => after(e.date))?.date ?? null };
}

export function briefActions(slug: string): Action[] {
  return [
    viewAction(slug, 'sources', 'Sources'),
    viewAction(slug, 'timeline', 'Timeline'),
    askAction(slug),
    shareAction(slug),
  ];
}

function dateline(brief: Brief): string {
  const { latest, next } = latestEvent(brief);
  const parts = [`Topic: ${brief.slug}`, ...(brief.draft ? ['Draft, not yet reviewed by a curator'] : []), `Updated ${brief.updated}`];
  if (latest) parts.push(`Latest event ${latest}`);
  if (next) parts.push(`Next ${next}`);
  const copies = brief.sources.filter((d) => d.meta.duplicateOf).length;
  parts.push(`${brief.sources.length} source${brief.sources.length === 1 ? '' : 's'}${copies > 0 ? ` (${brief.sources.length - copies} independent)` : ''}`);
  return parts.join(' · ');
}

/**
 * Messages built from a brief depend only on that (immutable) brief object, so each is built
 * once per brief version and shared. They are frozen: renderers must copy, never mutate.
 */
function memoByBrief(build: (brief: Brief) => Message): (brief: Brief) => Message {
  const cache = new WeakMap<Brief, Message>();
  return (brief) => {
    let m = cache.get(brief);
    if (!m) {
      m = deepFreeze(build(brief));
      cache.set(brief, m);
    }
    return m;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A topic with no reviewed brief answers every brief view with what it has: its sources. */
const orUnreviewed = (build: (brief: Brief) => Message) => (brief: Brief): Message => (brief.unreviewed ? unreviewedMessage(brief) : build(brief));

/** The full brief: every section, every quote. */
export const briefMessage = memoByBrief(orUnreviewed(buildBriefMessage));
/** The short brief for chat (see brief-card.ts). */
export const briefCardMessage = memoByBrief(orUnreviewed((brief) => buildBriefCard(brief, sourceRef, dateline(brief))));
export const whosWhoMessage = memoByBrief(orUnreviewed((brief) => sectionMessage(brief, 'whoswho')));
export const differencesMessage = memoByBrief(orUnreviewed((brief) => sectionMessage(brief, 'differences')));
export const timelineMessage = memoByBrief(orUnreviewed(buildTimelineMessage));
export const sourcesMessage = memoByBrief(buildSourcesMessage);

function buildBriefMessage(brief: Brief): Message {
  const cites = new CitationCollector();
  const blocks: Block[] = [
    { type: 'context', text: dateline(brief) },
    { type: 'heading', text: 'Status' },
    { type: 'paragraph', spans: spans(brief.status, cites) },
    { type: 'heading', text: 'Summary' },
    { type: 'paragraph', spans: brief.summary.flatMap((c) => spans(c, cites)) },
  ];
  if (brief.keyPoints.length > 0) {
    blocks.push({ type: 'heading', text: 'Key points' }, { type: 'bullets', items: brief.keyPoints.map((k) => bullet(k, cites, k.actors.join(', '))) });
  }
  if (brief.whosWho.length > 0) {
    blocks.push({ type: 'heading', text: "Who's who" }, { type: 'bullets', items: brief.whosWho.map((c) => bullet(c, cites)) });
  }
  if (brief.differences.length > 0) {
    blocks.push({ type: 'heading', text: 'Where sources differ' }, { type: 'bullets', items: brief.differences.map((c) => bullet(c, cites)) });
  }
  blocks.push({ type: 'actions', actions: briefActions(brief.slug) });
  return {
    kind: 'brief',
    title: brief.title,
    topic: brief.slug,
    blocks,
    citations: cites.citations,
    sources: sourcesFor(brief, cites),
    summary: `${brief.title}: ${brief.status.text}`,
  };
}

/**
 * A topic served from its sources alone: says plainly that no reviewed brief exists and
 * lists the sources with title, outlet and date. It shows no claim at all.
 */
function unreviewedMessage(brief: Brief): Message {
  const n = brief.sources.length;
  const copies = brief.sources.filter((d) => d.meta.duplicateOf).length;
  const slug = brief.slug;
  return {
    kind: 'brief',
    title: brief.title,
    topic: slug,
    blocks: [
      { type: 'context', text: `Topic: ${slug} · ${n} source${n === 1 ? '' : 's'}${copies > 0 ? ` (${n - copies} independent)` : ''} · no reviewed brief yet` },
      { type: 'paragraph', spans: [{ text: `No reviewed brief exists for ${brief.title} yet: a curator has not written or approved one. Below are its sources; questions are answered from them, quoting them.`, citations: [] }] },
      { type: 'bullets', items: brief.sources.map((d) => ({ label: describeSource(sourceRef(d)), text: d.meta.title ?? `(untitled) ${d.meta.id}`, citations: [] })) },
      {
        type: 'actions',
        actions: [
          viewAction(slug, 'sources', 'Sources', true),
          askAction(slug, true),
        ],
      },
    ],
    citations: [],
    sources: [],
    summary: `${brief.title}: no reviewed brief yet; ${n} source${n === 1 ? '' : 's'}`,
  };
}

/** One section of a brief with its quotes: who's who, or where sources differ. */
function sectionMessage(brief: Brief, section: 'whoswho' | 'differences'): Message {
  const cites = new CitationCollector();
  const claims = section === 'whoswho' ? brief.whosWho : brief.differences;
  const title = section === 'whoswho' ? `Who's who: ${brief.title}` : `Where sources differ: ${brief.title}`;
  const blocks: Block[] = [{ type: 'context', text: dateline(brief) }];
  if (claims.length > 0) blocks.push({ type: 'bullets', items: claims.map((c) => bullet(c, cites)) });
  else blocks.push({ type: 'paragraph', spans: [{ text: section === 'whoswho' ? 'This brief names no people or organisations yet.' : 'The sources of this brief do not differ on anything recorded yet.', citations: [] }] });
  blocks.push({ type: 'actions', actions: cardActions(brief).filter((a) => a.id !== `brief.${section}` && a.id !== 'brief.share') });
  return { kind: 'brief', title, topic: brief.slug, blocks, citations: cites.citations, sources: sourcesFor(brief, cites), summary: `${title}: ${claims.length} entries` };
}

function buildTimelineMessage(brief: Brief): Message {
  const cites = new CitationCollector();
  return {
    kind: 'timeline',
    title: `Timeline: ${brief.title}`,
    topic: brief.slug,
    blocks: [
      { type: 'context', text: dateline(brief) },
      { type: 'bullets', items: brief.timeline.map((t) => bullet(t, cites, t.date)) },
      { type: 'actions', actions: briefActions(brief.slug).filter((a) => a.id !== 'brief.timeline') },
    ],
    citations: cites.citations,
    sources: sourcesFor(brief, cites),
    summary: `Timeline of ${brief.title}: ${brief.timeline.length} entries`,
  };
}

export function describeSource(s: SourceRef): string {
  return [s.outlet ?? 'outlet unknown', s.published ?? 'date unknown'].join(', ');
}

function buildSourcesMessage(brief: Brief): Message {
  const fields = brief.sources.map((doc) => {
    const s = sourceRef(doc);
    const lines = [describeSource(s)];
    if (s.url) lines.push(s.url);
    lines.push(`id: ${s.id} · file: ${s.path}`);
    return { label: s.title ?? `(untitled) ${s.id}`, value: lines.join('\n') };
  });
  return {
    kind: 'sources',
    title: `Sources: ${brief.title}`,
    topic: brief.slug,
    blocks: [
      { type: 'context', text: `${brief.sources.length} source documents for ${brief.slug}. Unknown means the page itself does not show it.` },
      { type: 'fields', fields },
      { type: 'actions', actions: briefActions(brief.slug).filter((a) => a.id !== 'brief.sources') },
    ],
    citations: [],
    sources: brief.sources.map(sourceRef),
    summary: `${brief.sources.length} sources for ${brief.title}`,
  };
}

export function listMessage(briefs: readonly Brief[]): Message {
  if (briefs.length === 0) {
    return { kind: 'list', title: 'Topics', blocks: [{ type: 'paragraph', spans: [{ text: 'No briefs are in service yet. Curators: add briefs/<topic>/brief.md and run "briefbot check".', citations: [] }] }], citations: [], sources: [], summary: 'No topics yet' };
  }
  return {
    kind: 'list',
    title: 'Topics',
    blocks: [
      { type: 'bullets', items: briefs.map((b) => ({ label: b.slug, text: b.unreviewed ? `${b.title} (no reviewed brief yet, ${b.sources.length} sources)` : `${b.title} (updated ${b.updated}, ${b.sources.length} sources)`, citations: [] })) },
      { type: 'context', text: 'Show one with /brief <topic>.' },
    ],
    citations: [],
    sources: [],
    summary: `${briefs.length} topic${briefs.length === 1 ? '' : 's'}: ${briefs.map((b) => b.slug).join(', ')}`,
  };
}

export interface HelpEntry {
  usage: string;
  description: string;
}

export function helpMessage(entries: readonly HelpEntry[]): Message {
  return {
    kind: 'help',
    title: 'Briefbot help',
    blocks: [
      { type: 'paragraph', spans: [{ text: 'Briefbot keeps curated, sourced briefs on developing stories. Every claim is quoted from its source.', citations: [] }] },
      { type: 'bullets', items: entries.map((e) => ({ label: `/brief ${e.usage}`.trim(), text: e.description, citations: [] })) },
    ],
    citations: [],
    sources: [],
    summary: 'Briefbot help',
  };
}
