/**
 * Renders the neutral message model as Discord message payloads (embeds + buttons).
 *
 * Discord's limits are respected by splitting, never by cutting: text that does not fit
 * one embed continues in the next, embeds that do not fit one message continue in a
 * follow-up message (each part is labelled "Part i of n"). Every payload carries
 * `allowed_mentions: { parse: [] }` and all document text is escaped.
 */
import { footnoteGroups } from '../../domain/messages/footnotes.ts';
import type { Command } from '../../domain/command.ts';
import { buttonValue, commandOfButton } from '../kit/share.ts';
import { notInsideEscape, paginate } from '../kit/paginate.ts';
import { bulletBody, type Action, type Block, type Message, type MessageKind, type Span } from '../../domain/messages/message-model.ts';
import { escapeDiscord } from './discord-escape.ts';
import { plainLinkText } from '../../domain/messages/safe-text.ts';

export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsTotal: 6000,
  embeds: 10,
  buttonsPerRow: 5,
  rows: 5,
  customId: 100,
  buttonLabel: 80,
} as const;

export interface DiscordEmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface DiscordEmbed {
  title?: string;
  description?: string;
  color?: number;
  fields?: DiscordEmbedField[];
  footer?: { text: string };
}

export interface DiscordButton {
  type: 2;
  style: 1 | 2 | 4;
  label: string;
  custom_id: string;
}

export interface DiscordActionRow {
  type: 1;
  components: DiscordButton[];
}

/** One Discord message body: POST /channels/:id/messages, an interaction reply or a follow-up. */
export interface DiscordPayload {
  content?: string;
  embeds: DiscordEmbed[];
  components: DiscordActionRow[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

/**
 * A button's custom id is `bb:` and the command it runs (kit/share.ts encodes it). A
 * command too long for Discord's 100 characters is parked by the adapter (`park`) and the
 * id is `bb#<key>`.
 */
export const CUSTOM_ID_PREFIX = 'bb:';
export const PARKED_PREFIX = 'bb#';

/** Keeps a command's encoding that is too long for a custom id; returns its short key. */
export type Park = (encoded: string) => string;

export function encodeCustomId(action: Action, park?: Park): string | null {
  const value = buttonValue(action);
  const id = `${CUSTOM_ID_PREFIX}${value}`;
  if (id.length <= DISCORD_LIMITS.customId) return id;
  return park ? `${PARKED_PREFIX}${park(value)}` : null;
}

/** What a pressed button's custom id says: a command, a parked command's key, or nothing of ours. */
export function decodeCustomId(customId: string): { command: Command } | { parked: string } | null {
  if (customId.startsWith(PARKED_PREFIX)) return { parked: customId.slice(PARKED_PREFIX.length) };
  if (!customId.startsWith(CUSTOM_ID_PREFIX)) return null;
  const rest = customId.slice(CUSTOM_ID_PREFIX.length);
  // Before buttons carried commands: `bb:<action id>:<topic>`.
  const legacy = /^(brief\.[a-z]+):(.*)$/.exec(rest);
  const command = legacy ? commandOfButton(legacy[2] ?? '', legacy[1]) : commandOfButton(rest);
  return command ? { command } : null;
}

const COLORS: Record<MessageKind, number> = {
  brief: 0x3b82f6,
  sources: 0x64748b,
  timeline: 0x8b5cf6,
  list: 0x64748b,
  help: 0x64748b,
  answer: 0x10b981,
  recap: 0x0ea5e9,
  notice: 0x94a3b8,
  error: 0xef4444,
};

/** Room kept in each message for the "Part i of n" footer. */
const FOOTER_RESERVE = 32;
const EMBED_BUDGET = DISCORD_LIMITS.embedsTotal - FOOTER_RESERVE;

type Piece = { kind: 'text'; text: string } | { kind: 'fields'; fields: DiscordEmbedField[] };

/** Renders one message. Long messages become several payloads; buttons go on the last. */
export function renderDiscordPayload(message: Message): DiscordPayload[] {
  const pieces = messagePieces(message);
  const embeds = layoutEmbeds(message, pieces);
  const groups = packMessages(embeds);
  const buttons = message.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : []));
  const payloads = groups.map((group, i): DiscordPayload => {
    if (groups.length > 1) {
      const last = group[group.length - 1];
      if (last) last.footer = { text: `Part ${i + 1} of ${groups.length}` };
    }
    return { embeds: group, components: [], allowed_mentions: { parse: [] } };
  });
  const last = payloads[payloads.length - 1];
  if (last) last.components = buttonRows(buttons);
  return payloads;
}

/** Renders a whole reply (several messages) and appends extra buttons to its last payload. */
/**
 * Payloads of frozen messages (the core shares one per brief version) are rendered once.
 * Callers get shallow copies, so adding buttons to the last payload never touches the cache.
 */
const payloadCache = new WeakMap<Message, DiscordPayload[]>();

function renderCached(m: Message): DiscordPayload[] {
  if (!Object.isFrozen(m)) return renderDiscordPayload(m);
  let payloads = payloadCache.get(m);
  if (!payloads) {
    payloads = renderDiscordPayload(m);
    payloadCache.set(m, payloads);
  }
  return payloads.map((p) => ({ ...p }));
}

export function renderDiscordMessages(messages: Message[], extraButtons: Action[] = [], park?: Park): DiscordPayload[] {
  const payloads = messages.flatMap((m) => renderCached(m));
  if (payloads.length === 0) payloads.push({ embeds: [], components: [], allowed_mentions: { parse: [] }, content: '(nothing to show)' });
  const last = payloads[payloads.length - 1];
  if (last && extraButtons.length > 0) {
    const existing = last.components.flatMap((r) => r.components);
    const ids = new Set(existing.map((b) => b.custom_id));
    const added = discordButtons(extraButtons, park).filter((b) => !ids.has(b.custom_id));
    last.components = rowsOf([...existing, ...added]);
  }
  return payloads;
}

function discordButtons(actions: readonly Action[], park?: Park): DiscordButton[] {
  const buttons: DiscordButton[] = [];
  for (const a of actions) {
    const customId = encodeCustomId(a, park);
    if (customId === null) continue;
    const label = a.label.length > DISCORD_LIMITS.buttonLabel ? `${a.label.slice(0, DISCORD_LIMITS.buttonLabel - 1)}…` : a.label;
    buttons.push({ type: 2, style: a.style === 'primary' ? 1 : a.style === 'danger' ? 4 : 2, label, custom_id: customId });
  }
  return buttons;
}

function rowsOf(buttons: readonly DiscordButton[]): DiscordActionRow[] {
  const rows: DiscordActionRow[] = [];
  for (let i = 0; i < buttons.length && rows.length < DISCORD_LIMITS.rows; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: 1, components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }
  return rows;
}

function buttonRows(actions: Action[]): DiscordActionRow[] {
  return rowsOf(discordButtons(actions));
}

export function citationMarkers(ns: readonly number[]): string {
  return ns.map((n) => `\\[${n}\\]`).join('');
}

function withMarkers(text: string, ns: readonly number[]): string {
  const markers = citationMarkers(ns);
  return markers ? `${text} ${markers}` : text;
}

function spanText(spans: Span[]): string {
  return spans.map((s) => withMarkers(escapeDiscord(s.text), s.citations)).join(' ');
}

function blockPieces(block: Block): Piece[] {
  switch (block.type) {
    case 'heading':
      return [{ kind: 'text', text: `**${escapeDiscord(block.text)}**` }];
    case 'paragraph':
      return [{ kind: 'text', text: spanText(block.spans) }];
    case 'bullets':
      return [
        {
          kind: 'text',
          text: block.items
            .map((item) => `- ${item.label ? `**${escapeDiscord(item.label)}:** ` : ''}${bulletBody(item, escapeDiscord, citationMarkers)}`)
            .join('\n'),
        },
      ];
    case 'fields': {
      const fields: DiscordEmbedField[] = [];
      const overflow: Piece[] = [];
      for (const f of block.fields) {
        const name = escapeDiscord(f.label);
        const value = escapeDiscord(f.value) || '\u200b';
        if (name.length > DISCORD_LIMITS.fieldName) {
          overflow.push({ kind: 'text', text: `**${name}:** ${value}` });
          continue;
        }
        const chunks = splitText(value, DISCORD_LIMITS.fieldValue);
        chunks.forEach((chunk, i) => fields.push({ name: i === 0 ? name : `${name} (continued)`, value: chunk, inline: chunks.length === 1 && value.length <= 60 }));
      }
      return [...(fields.length > 0 ? [{ kind: 'fields' as const, fields }] : []), ...overflow];
    }
    case 'context':
      return [{ kind: 'text', text: `*${escapeDiscord(block.text)}*` }];
    case 'quote':
      return [{ kind: 'text', text: withMarkers(escapeDiscord(block.text).split('\n').map((l) => `> ${l}`).join('\n'), block.citations) }];
    case 'divider':
      return [{ kind: 'text', text: '\u200b' }];
    case 'actions':
      return [];
  }
}

function messagePieces(message: Message): Piece[] {
  const pieces: Piece[] = [];
  let heading: string | null = null;
  for (const block of message.blocks) {
    for (const piece of blockPieces(block)) {
      if (block.type === 'heading' && piece.kind === 'text') {
        // Keep a heading with what follows it, so a split never strands it.
        heading = heading === null ? piece.text : `${heading}\n${piece.text}`;
        continue;
      }
      if (heading !== null) {
        pieces.push(piece.kind === 'text' ? { kind: 'text', text: `${heading}\n${piece.text}` } : { kind: 'text', text: heading }, ...(piece.kind === 'text' ? [] : [piece]));
        heading = null;
      } else {
        pieces.push(piece);
      }
    }
  }
  if (heading !== null) pieces.push({ kind: 'text', text: heading });
  // One piece per source (its line, then the quotes taken from it), so a split falls between sources.
  const footnotes = sourceLines(message);
  footnotes.forEach((text, i) => pieces.push({ kind: 'text', text: i === 0 ? `**Sources**\n${text}` : text }));
  return pieces;
}

/**
 * One entry per source: its citation markers, outlet, date and title (linked when known),
 * said once, then each quote taken from it.
 */
export function sourceLines(message: Message): string[] {
  return footnoteGroups(message.citations, message.sources, { uncited: true }).map((g) => {
    const { source, sourceId: id } = g;
    const ns = g.citations.map((c) => c.n);
    const markers = ns.length > 0 ? `${citationMarkers(ns)} ` : '';
    if (!source) return `${markers}${escapeDiscord(id)}`;
    // Named as on every platform: the outlet when known, the date or "date unknown", and the
    // title, or for a source with none its id (as `/brief <topic> sources` lists it).
    const parts: string[] = [];
    if (source.outlet) parts.push(escapeDiscord(source.outlet));
    parts.push(source.published ?? 'date unknown');
    const title = escapeDiscord(plainLinkText(source.title ?? source.id));
    const url = safeUrl(source.url);
    parts.push(url ? `[${title}](${url})` : title);
    // The quotes taken from this source, under it (a card cites sources only: none).
    const quotes = g.quoted.map((c) => `> ${citationMarkers([c.n])} “${escapeDiscord(c.quote)}”`);
    return [`${markers}${parts.join(' · ')}`, ...quotes].join('\n');
  });
}

function safeUrl(raw: string | null): string | null {
  const url = raw === null ? null : plainLinkText(raw);
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return null;
  // Anything but printable ASCII is percent-encoded, so a URL cannot hide what it points at.
  return url.replace(/[()<> ]|[^\x21-\x7e]/gu, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
}

interface EmbedDraft {
  embed: DiscordEmbed;
  size: number;
}

/** Characters of an embed that count toward Discord's 6,000 per message. */
export function embedSize(e: DiscordEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

function layoutEmbeds(message: Message, pieces: Piece[]): DiscordEmbed[] {
  const color = COLORS[message.kind];
  const drafts: EmbedDraft[] = [];
  const fresh = (): EmbedDraft => {
    const d: EmbedDraft = { embed: { color }, size: 0 };
    drafts.push(d);
    return d;
  };
  let current = fresh();
  const fullTitle = escapeDiscord(message.title);
  if (fullTitle.length <= DISCORD_LIMITS.title) {
    current.embed.title = fullTitle;
  } else {
    // Too long for a title: show it shortened there and in full at the top of the text.
    current.embed.title = `${fullTitle.slice(0, DISCORD_LIMITS.title - 1)}…`;
    pieces = [{ kind: 'text', text: `**${fullTitle}**` }, ...pieces];
  }
  current.size = embedSize(current.embed);

  for (const piece of pieces) {
    if (piece.kind === 'text') {
      for (const chunk of splitText(piece.text, DISCORD_LIMITS.description)) {
        const desc = current.embed.description;
        const joined = desc === undefined ? chunk : `${desc}\n\n${chunk}`;
        const grow = joined.length - (desc?.length ?? 0);
        if (current.embed.fields || joined.length > DISCORD_LIMITS.description || current.size + grow > EMBED_BUDGET) {
          current = fresh();
          current.embed.description = chunk;
          current.size = chunk.length;
        } else {
          current.embed.description = joined;
          current.size += grow;
        }
      }
    } else {
      for (const field of piece.fields) {
        const size = field.name.length + field.value.length;
        const count = current.embed.fields?.length ?? 0;
        if (count >= DISCORD_LIMITS.fields || current.size + size > EMBED_BUDGET) current = fresh();
        (current.embed.fields ??= []).push(field);
        current.size += size;
      }
    }
  }
  return drafts.filter((d) => d.size > 0 || d === drafts[0]).map((d) => d.embed);
}

function packMessages(embeds: DiscordEmbed[]): DiscordEmbed[][] {
  const groups: DiscordEmbed[][] = [];
  let group: DiscordEmbed[] = [];
  let total = 0;
  for (const e of embeds) {
    const size = embedSize(e);
    if (group.length > 0 && (group.length >= DISCORD_LIMITS.embeds || total + size > EMBED_BUDGET)) {
      groups.push(group);
      group = [];
      total = 0;
    }
    group.push(e);
    total += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Discord's pages: the shared algorithm, never cutting a markdown escape. Nothing is dropped. */
export function splitText(text: string, max: number): string[] {
  return paginate(text, max, { mayCut: notInsideEscape });
}
