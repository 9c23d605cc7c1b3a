/**
 * Hand-made briefs, a fake catalog and a recording delivery target for recap and
 * scheduler tests (until the brief loader lands these stand in for real briefs).
 */
import { createHash } from 'node:crypto';
import type { BriefCatalog, TopicResolution } from '../../src/content/brief-catalog.ts';
import type { Brief, Claim, KeyPoint, TimelineEntry } from '../../src/domain/brief-types.ts';
import type { DeliveryOptions, DeliveryTarget, Message, Platform, PostedMessage } from '../../src/bot/contracts.ts';
import type { SourceDocument } from '../../src/domain/document-types.ts';

export interface ClaimSpec {
  text: string;
  label?: string;
  /** [sourceId, quote] pairs. */
  cites?: [string, string][];
}

export interface BriefSpec {
  slug?: string;
  title?: string;
  status?: ClaimSpec;
  summary?: ClaimSpec[];
  keyPoints?: ClaimSpec[];
  timeline?: (ClaimSpec & { date: string })[];
  whosWho?: ClaimSpec[];
  sources?: { id: string; title?: string; outlet?: string; published?: string }[];
  updated?: string;
}

function claim(c: ClaimSpec, line: number): Claim {
  return {
    text: c.text,
    line,
    citations: (c.cites ?? []).map(([sourceId, quote]) => ({ sourceId, quote, line })),
    ...(c.label !== undefined ? { label: c.label } : {}),
  };
}

export function makeBrief(spec: BriefSpec = {}): Brief {
  const slug = spec.slug ?? 'grain-deal';
  const sources: SourceDocument[] = (spec.sources ?? [{ id: 'reuters-1', title: 'Talks resume', outlet: 'Reuters', published: '2025-03-01' }]).map((s) => ({
    meta: { id: s.id, file: `${s.id}.md`, title: s.title ?? null, outlet: s.outlet ?? null, published: s.published ?? null, url: null },
    topic: slug,
    path: `briefs/${slug}/sources/${s.id}.md`,
    body: '',
    passages: [],
    sentences: [],
    stripped: [],
  }));
  const keyPoints: KeyPoint[] = (spec.keyPoints ?? [{ text: 'Talks resumed in Istanbul.', label: 'Turkey', cites: [['reuters-1', 'talks resumed']] }]).map((k, i) => ({
    ...claim(k, 20 + i),
    actors: k.label ? [k.label] : [],
  }));
  const timeline: TimelineEntry[] = (spec.timeline ?? [{ date: '2025-03-01', text: 'Talks resume.', cites: [['reuters-1', 'talks resumed']] }]).map((t, i) => ({ ...claim(t, 40 + i), date: t.date }));
  const body = {
    slug,
    title: spec.title ?? 'Black Sea grain deal',
    aliases: [],
    tags: [],
    status: claim(spec.status ?? { text: 'Negotiations ongoing.', cites: [['reuters-1', 'talks resumed']] }, 3),
    updated: spec.updated ?? '2025-03-01',
    summary: (spec.summary ?? [{ text: 'Parties are negotiating a renewed deal.', cites: [['reuters-1', 'talks resumed']] }]).map((c, i) => claim(c, 10 + i)),
    keyPoints,
    timeline,
    whosWho: (spec.whosWho ?? []).map((c, i) => claim(c, 60 + i)),
    differences: [],
    sources,
    path: `briefs/${slug}/brief.md`,
  };
  const version = createHash('sha256').update(JSON.stringify({ ...body, sources: sources.map((s) => s.meta) })).digest('hex');
  return { ...body, version };
}

export class FakeCatalog implements BriefCatalog {
  private readonly briefs = new Map<string, Brief>();
  private readonly listeners = new Set<(slugs: string[]) => void>();

  constructor(briefs: Brief[] = []) {
    for (const b of briefs) this.briefs.set(b.slug, b);
  }

  set(brief: Brief): void {
    this.briefs.set(brief.slug, brief);
    for (const l of this.listeners) l([brief.slug]);
  }

  list(): Brief[] {
    return [...this.briefs.values()];
  }

  get(slug: string): Brief | undefined {
    return this.briefs.get(slug);
  }

  resolve(query: string): TopicResolution {
    const q = query.trim().toLowerCase();
    const exact = this.briefs.get(q) ?? this.list().find((b) => b.title.toLowerCase() === q);
    if (exact) return { kind: 'found', brief: exact };
    const close = this.list().find((b) => distance(b.slug, q) <= 2);
    if (close) return { kind: 'suggest', query, suggestion: close };
    return { kind: 'unknown', query, topics: this.list() };
  }

  onChange(listener: (slugs: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return (d[a.length] as number[])[b.length] ?? 0;
}

export interface RecordedPost {
  channelId: string;
  messages: Message[];
  messageId: string;
  /** The options this (successful) post was called with. */
  options: DeliveryOptions;
}

/** One call of post(), including failed ones. */
export interface RecordedCall {
  call: number;
  channelId: string;
  options: DeliveryOptions;
}

/** A delivery target that records posts; `failWith` lets a test script errors per call. */
export class RecordingTarget implements DeliveryTarget {
  readonly posts: RecordedPost[] = [];
  /** Every call of post(), in order, also those that then failed. */
  readonly attempts: RecordedCall[] = [];
  calls = 0;
  /** Called before each post; throw from it to simulate a platform error. */
  failWith: ((call: number, channelId: string) => void | Promise<void>) | null = null;
  /** How many parts each post reports as anchors (as Discord's delivery does); 0 for none. */
  anchorParts = 0;

  constructor(readonly platform: Platform = 'slack') {}

  async post(channelId: string, messages: Message[], options: DeliveryOptions = {}): Promise<PostedMessage> {
    const call = ++this.calls;
    this.attempts.push({ call, channelId, options: { ...options } });
    if (this.failWith) await this.failWith(call, channelId);
    const messageId = `m${call}`;
    this.posts.push({ channelId, messages, messageId, options: { ...options } });
    const anchors = Array.from({ length: this.anchorParts }, (_, i) => `${messageId}.${i + 1}`);
    return this.anchorParts > 0 ? { messageId, channelId, anchors } : { messageId, channelId };
  }
}

/** Plain text of a message, for assertions. */
export function messageText(m: Message): string {
  const out: string[] = [m.title];
  for (const b of m.blocks) {
    if (b.type === 'heading' || b.type === 'context') out.push(b.text);
    else if (b.type === 'paragraph') out.push(b.spans.map((s) => s.text).join(''));
    else if (b.type === 'bullets') for (const i of b.items) out.push(`${i.label ? `${i.label}: ` : ''}${i.text}`);
    else if (b.type === 'fields') for (const f of b.fields) out.push(`${f.label}: ${f.value}`);
    else if (b.type === 'quote') out.push(b.text);
  }
  return out.join('\n');
}
