/**
 * The neutral message model. Every reply and recap is built once in this form and
 * each adapter renders it (renderText for the console, renderBlockKit for Slack,
 * renderDiscordPayload for Discord).
 *
 * All strings here are PLAIN TEXT taken from briefs and documents. Renderers are
 * responsible for escaping them for their platform; nothing in the model is markup,
 * so document text can never inject a mention or formatting.
 */
import type { Quote } from '../brief-types.ts';
import type { Command } from '../command.ts';

/** A numbered reference from a claim to the exact quote that supports it. */
export interface CitationRef extends Quote {
  /** 1-based marker shown as [n]. Unique within one message. */
  n: number;
}

/** A source document as shown in a message's footnotes. Unknown fields are null. */
export interface SourceRef {
  id: string;
  title: string | null;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) or null when the document does not show one. */
  published: string | null;
  url: string | null;
  /** Repository-relative path of the original document. */
  path: string;
  /** Id of the source this is a near-copy of; absent for an original. */
  duplicateOf?: string;
}

export interface Span {
  text: string;
  /** Citation markers (CitationRef.n) that support this text. */
  citations: number[];
}

export interface BulletItem {
  /** A short bold lead-in, e.g. an actor or a date. */
  label?: string;
  text: string;
  citations: number[];
  /**
   * The text cut where citations were written inside it ("one report says [1] versus…"):
   * renderers show each part followed by its markers. Absent: `text` then `citations`.
   */
  parts?: Span[];
}

/**
 * Cuts a claim's text where citations stood inside it. `numbers[i]` is the marker of the
 * claim's citation i; `inline` marks where some of them stood (see Claim.inline). The last
 * part carries the citations written at the end.
 */
export function inlineParts(text: string, numbers: readonly number[], inline: ReadonlyArray<{ at: number; citations: readonly number[] }>): Span[] {
  const parts: Span[] = [];
  const placed = new Set<number>();
  let from = 0;
  for (const mark of [...inline].sort((a, b) => a.at - b.at)) {
    const ns = [...new Set(mark.citations.map((i) => numbers[i]).filter((n): n is number => n !== undefined))];
    for (const i of mark.citations) placed.add(i);
    parts.push({ text: text.slice(from, mark.at).trim(), citations: ns });
    from = mark.at;
  }
  const rest = [...new Set(numbers.filter((_n, i) => !placed.has(i)))];
  parts.push({ text: text.slice(from).trim(), citations: rest });
  // Punctuation right after a citation belongs to the words before it: "said, [1] adding…".
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] as Span;
    const lead = /^[,;:.!?)\]}”’]+/.exec(p.text)?.[0];
    if (!lead) continue;
    const prev = parts[i - 1] as Span;
    parts[i - 1] = { ...prev, text: prev.text + lead };
    parts[i] = { ...p, text: p.text.slice(lead.length).trim() };
  }
  return parts.filter((p) => p.text !== '' || p.citations.length > 0);
}

/** A bullet's text with its markers, in place when it has parts: `mark(ns)` formats markers. */
export function bulletBody(item: BulletItem, text: (s: string) => string, mark: (ns: readonly number[]) => string): string {
  const parts = item.parts ?? [{ text: item.text, citations: item.citations }];
  return parts.map((p) => [text(p.text), p.citations.length > 0 ? mark(p.citations) : ''].filter((x) => x !== '').join(' ')).join(' ');
}

export interface Field {
  label: string;
  value: string;
}

export interface Action {
  /** Stable id of the button in its message, e.g. 'brief.sources' (unique per message). */
  id: string;
  label: string;
  /** What pressing it does. Adapters carry it in the button (kit/share.ts encodes it). */
  command: Command;
  style?: 'primary' | 'danger';
  /** Channels without buttons (the console) list it as its /brief command. */
  listed?: boolean;
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; spans: Span[] }
  | { type: 'bullets'; items: BulletItem[] }
  | { type: 'fields'; fields: Field[] }
  | { type: 'context'; text: string }
  | { type: 'quote'; text: string; citations: number[] }
  | { type: 'divider' }
  | { type: 'actions'; actions: Action[] };

export type MessageKind =
  | 'brief'
  | 'sources'
  | 'timeline'
  | 'list'
  | 'help'
  | 'answer'
  | 'recap'
  | 'notice'
  | 'error';

export interface Message {
  kind: MessageKind;
  /** Title shown as the message header. */
  title: string;
  /** The topic this message is about, when there is one; threads remember it. */
  topic?: string;
  blocks: Block[];
  /** Citation markers used in blocks, in order. */
  citations: CitationRef[];
  /** The sources the citations point to (each listed once). */
  sources: SourceRef[];
  /** One-line plain summary used for notifications and fallbacks. */
  summary: string;
}

/** A reply from the command router. */
export interface Reply {
  messages: Message[];
  /** Only the requesting user should see it (Slack ephemeral, Discord ephemeral flag). */
  ephemeral: boolean;
  /** The command that made it, when one did: "Share in channel" runs it again, for everyone. */
  command?: Command;
}

/** Collects citations while a message is built, numbering each distinct (source, quote) once. */
/**
 * Numbers sources instead of quotes: each source gets one marker, whatever is quoted from it.
 * A card (the short brief) cites this way; its CitationRefs carry an empty quote, and
 * renderers then list the source alone, once.
 */
export class SourceCollector {
  readonly citations: CitationRef[] = [];
  private readonly bySource = new Map<string, number>();

  /** The marker of each citation's source, in order (one per citation, repeats kept). */
  addEach(cites: readonly { sourceId: string }[]): number[] {
    return cites.map((c) => {
      let n = this.bySource.get(c.sourceId);
      if (n === undefined) {
        n = this.citations.length + 1;
        this.citations.push({ n, sourceId: c.sourceId, quote: '' });
        this.bySource.set(c.sourceId, n);
      }
      return n;
    });
  }

  /** The markers of the sources of `cites`, each once. */
  addAll(cites: readonly { sourceId: string }[]): number[] {
    return [...new Set(this.addEach(cites))];
  }
}

export class CitationCollector {
  readonly citations: CitationRef[] = [];
  private readonly byKey = new Map<string, number>();

  add(sourceId: string, quote: string): number {
    const key = `${sourceId}\u0000${quote}`;
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    const n = this.citations.length + 1;
    this.citations.push({ n, sourceId, quote });
    this.byKey.set(key, n);
    return n;
  }

  addAll(cites: readonly Quote[]): number[] {
    return cites.map((c) => this.add(c.sourceId, c.quote));
  }
}

export function notice(title: string, text: string, kind: 'notice' | 'error' = 'notice'): Message {
  return {
    kind,
    title,
    blocks: [{ type: 'paragraph', spans: [{ text, citations: [] }] }],
    citations: [],
    sources: [],
    summary: text,
  };
}
