/**
 * Builds recap messages in the neutral message model (kind 'recap'):
 * - the first recap in a channel: the brief's card (status, and the summary and key points
 *   that fit);
 * - later recaps: what changed since the version last posted there, the list of changes
 *   first, then each change;
 * - nothing changed: null (skip) or one short line, as config decides.
 * Like the card, a recap's markers name its sources; the quotes are a button (or command)
 * away, in the full brief.
 */
import type { Brief } from '../domain/brief-types.ts';
import { cardActions, chooseCardClaims } from '../domain/messages/brief-card.ts';
import { SourceCollector, type Block, type BulletItem, type Message, type SourceRef, type Span } from '../domain/messages/message-model.ts';
import { formatInZone } from '../schedule/fire-times.ts';
import { diffBriefs, type RecapChanges } from './brief-diff.ts';
import { snapshotBrief, type BriefSnapshot, type SnapshotClaim, type SnapshotSource } from './brief-snapshot.ts';

export type WhenUnchanged = 'skip' | 'line';

export interface RecapInput {
  brief: Brief;
  /** The snapshot last posted to this channel, or null for the first recap. */
  previous: BriefSnapshot | null;
  /** When `previous` was posted; shown as "since …". */
  previousPostedAt?: Date | null;
  whenUnchanged: WhenUnchanged;
  /** Set when the recap is posted after its due time (catch-up or takeover). */
  late?: { dueAt: Date } | null;
  /** Time zone for dates shown in the message. */
  timezone: string;
  /** How to name the baseline ("version 1a2b… (first seen …)"); default: the last recap's time. */
  sinceLabel?: string;
}

export interface RecapResult {
  /** Null when nothing changed and config says skip. */
  message: Message | null;
  /** Null for a first recap. */
  changes: RecapChanges | null;
  snapshot: BriefSnapshot;
}

/** The buttons a recap offers for details: the full brief with quotes, timeline, sources, a question. */
const DETAILS = new Set(['brief.full', 'brief.timeline', 'brief.sources', 'brief.ask']);

class MessageBuilder {
  readonly blocks: Block[] = [];
  private readonly collector = new SourceCollector();
  private readonly sourceIds = new Set<string>();

  constructor(private readonly sources: Map<string, SnapshotSource>) {}

  cite(claim: SnapshotClaim): number[] {
    for (const c of claim.citations) this.sourceIds.add(c.sourceId);
    return this.collector.addAll(claim.citations);
  }

  addSource(id: string): void {
    this.sourceIds.add(id);
  }

  bullet(claim: SnapshotClaim, label?: string): BulletItem {
    const item: BulletItem = { text: claim.text, citations: this.cite(claim) };
    const lead = label ?? claim.label;
    if (lead !== undefined && lead !== '') item.label = lead;
    return item;
  }

  paragraph(claims: SnapshotClaim[]): void {
    const spans: Span[] = claims.map((c, i) => ({ text: (i > 0 ? ' ' : '') + c.text, citations: this.cite(c) }));
    if (spans.length > 0) this.blocks.push({ type: 'paragraph', spans });
  }

  finish(brief: Brief, title: string, summary: string, details = true): Message {
    const refs: SourceRef[] = [];
    for (const id of this.sourceIds) {
      const s = this.sources.get(id);
      refs.push(s ? { id, title: s.title, outlet: s.outlet, published: s.published, url: s.url, path: s.path } : { id, title: null, outlet: null, published: null, url: null, path: '' });
    }
    // Details on demand: the full brief (with quotes), the timeline and the sources.
    const blocks: Block[] = details ? [...this.blocks, { type: 'actions', actions: cardActions(brief).filter((a) => DETAILS.has(a.id)) }] : this.blocks;
    return { kind: 'recap', title, topic: brief.slug, blocks, citations: this.collector.citations, sources: refs, summary };
  }
}

function lateNote(input: RecapInput): Block[] {
  if (!input.late) return [];
  return [{ type: 'context', text: `Late: this recap was due at ${formatInZone(input.late.dueAt, input.timezone)}; Briefbot could not post it on time.` }];
}

function sourceLine(s: SnapshotSource): string {
  const title = s.title ?? s.id;
  const when = s.published ?? 'undated';
  return `${title} (${when})`;
}

export function buildRecapMessage(input: RecapInput): RecapResult {
  const { brief, previous } = input;
  const snapshot = snapshotBrief(brief);
  const sources = new Map<string, SnapshotSource>();
  for (const s of previous?.sources ?? []) sources.set(s.id, s);
  for (const s of snapshot.sources) sources.set(s.id, s);
  const b = new MessageBuilder(sources);
  b.blocks.push(...lateNote(input));

  if (!previous && brief.unreviewed) {
    // No reviewed brief: say so, and name the sources; nothing unchecked is shown.
    const n = brief.sources.length;
    b.blocks.push({ type: 'paragraph', spans: [{ text: `No reviewed brief exists for ${brief.title} yet. It has ${n} source${n === 1 ? '' : 's'}:`, citations: [] }] });
    b.blocks.push({ type: 'bullets', items: snapshot.sources.map((src) => { b.addSource(src.id); return { label: src.outlet ?? 'Unknown outlet', text: sourceLine(src), citations: [] }; }) });
    return { message: b.finish(brief, `Recap: ${brief.title}`, `${brief.title}: no reviewed brief yet`), changes: null, snapshot };
  }
  if (!previous) {
    // The first recap in a channel is the card: what fits in a chat window.
    const chosen = chooseCardClaims(brief);
    const pick = <T extends { text: string }>(all: T[], wanted: readonly { text: string }[]): T[] => all.filter((c) => wanted.some((w) => w.text === c.text));
    b.blocks.push({ type: 'fields', fields: [{ label: 'Status', value: snapshot.status.text }, { label: 'Updated', value: snapshot.updated }] });
    b.blocks.push({ type: 'heading', text: 'Summary' });
    b.paragraph(pick(snapshot.summary, chosen.summary));
    const keyPoints = pick(snapshot.keyPoints, chosen.keyPoints);
    if (keyPoints.length > 0) {
      b.blocks.push({ type: 'heading', text: 'Key points' });
      b.blocks.push({ type: 'bullets', items: keyPoints.map((k) => b.bullet(k)) });
    }
    if (chosen.leftOut > 0) b.blocks.push({ type: 'context', text: `${chosen.leftOut} more point${chosen.leftOut === 1 ? '' : 's'} in the full brief.` });
    const first = snapshot.summary[0]?.text ?? snapshot.status.text;
    return { message: b.finish(brief, `Recap: ${brief.title}`, `${brief.title}: ${first}`), changes: null, snapshot };
  }

  const changes = diffBriefs(previous, snapshot);
  const since = input.sinceLabel ?? (input.previousPostedAt ? `the recap of ${formatInZone(input.previousPostedAt, input.timezone)}` : 'the last recap');
  if (changes.empty) {
    if (input.whenUnchanged === 'skip') return { message: null, changes, snapshot };
    const line = `No changes to ${brief.title} since ${since}.`;
    b.blocks.push({ type: 'paragraph', spans: [{ text: line, citations: [] }] });
    return { message: b.finish(brief, `Recap: ${brief.title}`, line, false), changes, snapshot };
  }

  // What changed comes first, in one line; the details follow.
  b.blocks.push({ type: 'paragraph', spans: [{ text: `What changed since ${since}: ${summarise(changes)}.`, citations: [] }] });
  if (changes.statusChange) {
    b.blocks.push({ type: 'heading', text: 'Status changed' });
    b.blocks.push({ type: 'paragraph', spans: [{ text: changes.statusChange.after.text, citations: b.cite(changes.statusChange.after) }] });
    b.blocks.push({ type: 'context', text: `Was: ${changes.statusChange.before.text}` });
  }
  if (changes.newSources.length > 0) {
    b.blocks.push({ type: 'heading', text: changes.newSources.length === 1 ? 'New source' : 'New sources' });
    const leads: Block[] = [];
    const items = changes.newSources.map((s): BulletItem => {
      b.addSource(s.id);
      // Cite what the brief now quotes from the new source (up to two quotes).
      const quotes = allClaims(snapshot)
        .flatMap((c) => c.citations)
        .filter((c) => c.sourceId === s.id)
        .slice(0, 2);
      if (quotes.length > 0) return { label: s.outlet ?? 'Unknown outlet', text: sourceLine(s), citations: b.cite({ text: '', citations: quotes }) };
      // Not cited by the brief yet: its lead sentence, verbatim, and a plain note that no
      // curator has reviewed it.
      const lead = brief.sources.find((d) => d.meta.id === s.id)?.sentences[0]?.text;
      const marker = b.cite({ text: '', citations: [{ sourceId: s.id, quote: lead ?? '' }] });
      if (lead) leads.push({ type: 'quote', text: lead, citations: marker });
      return { label: s.outlet ?? 'Unknown outlet', text: `${sourceLine(s)}, not yet reviewed: the brief does not cite it yet`, citations: marker };
    });
    b.blocks.push({ type: 'bullets', items }, ...leads);
  }
  if (changes.keyPointsAdded.length + changes.keyPointsChanged.length > 0) {
    b.blocks.push({ type: 'heading', text: 'Key points' });
    const items = [
      ...changes.keyPointsAdded.map((k) => b.bullet({ ...k, text: prefixLabel(k) }, 'New')),
      ...changes.keyPointsChanged.map((c) => b.bullet({ ...c.after, text: prefixLabel(c.after) }, 'Updated')),
    ];
    b.blocks.push({ type: 'bullets', items });
  }
  if (changes.timelineAdded.length + changes.timelineChanged.length > 0) {
    b.blocks.push({ type: 'heading', text: 'Timeline' });
    const entries = [...changes.timelineAdded, ...changes.timelineChanged.map((c) => c.after)].sort((x, y) => x.date.localeCompare(y.date));
    b.blocks.push({ type: 'bullets', items: entries.map((t) => b.bullet(t, t.date)) });
  }
  if (changes.summaryChanged) {
    b.blocks.push({ type: 'heading', text: 'Summary (updated)' });
    b.paragraph(snapshot.summary);
  }
  const notes: string[] = [];
  if (changes.keyPointsRemoved.length > 0) {
    const n = changes.keyPointsRemoved.length;
    notes.push(`${n} key point${n === 1 ? ' was' : 's were'} removed`);
  }
  if (changes.otherSections.length > 0) notes.push(`also updated: ${changes.otherSections.join(', ')}`);
  if (notes.length > 0) b.blocks.push({ type: 'context', text: capitalise(notes.join('; ')) + '.' });
  return { message: b.finish(brief, `What changed: ${brief.title}`, `${brief.title}: ${summarise(changes)}`), changes, snapshot };
}

function prefixLabel(c: SnapshotClaim): string {
  return c.label ? `${c.label}: ${c.text}` : c.text;
}

function allClaims(s: BriefSnapshot): SnapshotClaim[] {
  return [s.status, ...s.summary, ...s.keyPoints, ...s.timeline, ...s.whosWho, ...s.differences];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One plain line for notifications, e.g. "status changed, 2 new sources, 1 key point added". */
export function summarise(c: RecapChanges): string {
  const parts: string[] = [];
  if (c.statusChange) parts.push('status changed');
  if (c.newSources.length > 0) parts.push(plural(c.newSources.length, 'new source', 'new sources'));
  if (c.keyPointsAdded.length > 0) parts.push(plural(c.keyPointsAdded.length, 'key point added', 'key points added'));
  if (c.keyPointsChanged.length > 0) parts.push(plural(c.keyPointsChanged.length, 'key point updated', 'key points updated'));
  const tl = c.timelineAdded.length + c.timelineChanged.length;
  if (tl > 0) parts.push(plural(tl, 'timeline entry', 'timeline entries'));
  if (c.summaryChanged) parts.push('summary updated');
  if (parts.length === 0 && (c.keyPointsRemoved.length > 0 || c.otherSections.length > 0)) parts.push('brief edited');
  return parts.length === 0 ? 'no changes' : parts.join(', ');
}
