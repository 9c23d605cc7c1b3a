/**
 * Renders the neutral message model as Slack Block Kit.
 *
 * - Every piece of document text goes through mrkdwnText/plainText (escaped, formatting
 *   neutralised), so nothing can produce `<!channel>`, `<!here>`, `<!everyone>` or `<@U…>`.
 * - Claims carry numbered markers [n]; each part ends with a "Sources" footnote listing
 *   outlet, date, a link where known, and the exact quote for each marker used in it.
 * - Slack's limits are respected: ≤ 50 blocks, section text ≤ 3,000 characters and a total
 *   below ~12,000. A message that does not fit is returned as several parts, split at
 *   block/item boundaries (an over-long item is split only as a last resort and marked
 *   "…"). The caller posts part 1 and the rest in its thread. Nothing is dropped.
 * - Every part has a plain `text` fallback for notifications and screen readers.
 */
import { footnoteGroups } from '../../domain/messages/footnotes.ts';
import { buttonValue } from '../kit/share.ts';
import type { types as SlackTypes } from '@slack/bolt';
import { bulletBody, type Action, type Block, type CitationRef, type Message, type SourceRef, type Span } from '../../domain/messages/message-model.ts';
import { mrkdwnText, plainText, safeLink, shorten, splitText } from './mrkdwn.ts';

type KnownBlock = SlackTypes.KnownBlock;

export interface SlackMessage {
  /** Plain-text fallback (escaped) for notifications. */
  text: string;
  blocks: KnownBlock[];
}

export interface RenderLimits {
  maxBlocks: number;
  maxSectionChars: number;
  maxContextChars: number;
  /** Budget for JSON.stringify(blocks).length per message. Slack refuses around 12–13k. */
  maxMessageChars: number;
}

export const SLACK_LIMITS: RenderLimits = { maxBlocks: 50, maxSectionChars: 3000, maxContextChars: 2000, maxMessageChars: 11_000 };

const HEADER_MAX = 150;
const FALLBACK_MAX = 600;

/** A run of blocks that stays together, with the citation markers it uses. */
interface Unit {
  blocks: KnownBlock[];
  cites: number[];
  /** Keep on the same part as the following unit (headings). */
  keepWithNext?: boolean;
}

const md = (text: string): SlackTypes.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });
const section = (text: string): KnownBlock => ({ type: 'section', text: md(text) });
const size = (blocks: readonly KnownBlock[]): number => JSON.stringify(blocks).length;

function markers(cites: readonly number[]): string {
  return [...new Set(cites)].sort((a, b) => a - b).map((n) => `[${n}]`).join('');
}

/**
 * Escapes `plain` with `render` and cuts it into pieces whose rendered form is at most
 * `max` characters. Cuts happen on the plain text so escapes are never split.
 */
function renderPieces(plain: string, max: number, render: (s: string) => string): string[] {
  const whole = render(plain);
  if (whole.length <= max) return [whole];
  let budget = max;
  for (;;) {
    const pieces = splitText(plain, budget);
    // Continuation marks go on the plain text, so renderers (e.g. quote lines) wrap them too.
    // The whitespace a page ends or starts with is not shown next to the continuation marks.
    const rendered = pieces.map((p, i) => render(`${i > 0 ? '… ' : ''}${i > 0 ? p.trimStart() : p}`.replace(/\s+$/, '') + (i < pieces.length - 1 ? ' …' : '')));
    if (rendered.every((r) => r.length <= max) || budget < 50) return rendered;
    budget = Math.floor(budget * 0.8);
  }
}

function joinSpans(spans: readonly Span[]): { plainParts: { text: string; cites: number[] }[] } {
  return { plainParts: spans.map((s) => ({ text: s.text, cites: s.citations })) };
}

/** Packs rendered lines into section texts of at most `max` characters. */
function packLines(lines: { text: string; cites: number[] }[], max: number, sep: string, wrap: (t: string) => KnownBlock): Unit[] {
  const units: Unit[] = [];
  let cur: string[] = [];
  let curLen = 0;
  let curCites: number[] = [];
  const flush = (): void => {
    if (cur.length === 0) return;
    units.push({ blocks: [wrap(cur.join(sep))], cites: curCites });
    cur = [];
    curLen = 0;
    curCites = [];
  };
  for (const line of lines) {
    const pieces = line.text.length <= max ? [line.text] : renderPieces(line.text, max, (s) => s);
    for (const piece of pieces) {
      if (cur.length > 0 && curLen + sep.length + piece.length > max) flush();
      curLen += (cur.length > 0 ? sep.length : 0) + piece.length;
      cur.push(piece);
      curCites.push(...line.cites);
    }
  }
  flush();
  return units;
}

function paragraphUnits(spans: readonly Span[], limits: RenderLimits): Unit[] {
  const { plainParts } = joinSpans(spans);
  const rendered = plainParts.flatMap((p) => {
    const mark = markers(p.cites);
    const pieces = renderPieces(p.text.trim(), limits.maxSectionChars - mark.length - 1, mrkdwnText);
    return pieces.map((piece, i) => ({ text: i === pieces.length - 1 && mark ? `${piece} ${mark}` : piece, cites: p.cites }));
  });
  return packLines(rendered.filter((r) => r.text.length > 0), limits.maxSectionChars, ' ', section);
}

/** A bullet as one or more lines (an over-long item is split, marked "…", as a last resort). */
function bulletLines(label: string | undefined, text: string, cites: number[], max: number): string[] {
  const lead = label ? `*${mrkdwnText(label.trim())}*  ` : '';
  const mark = markers(cites);
  const pieces = renderPieces(text.trim(), max - lead.length - mark.length - 4, mrkdwnText);
  return pieces.map((piece, i) => `${i === 0 ? `• ${lead}` : '   '}${piece}${i === pieces.length - 1 && mark ? ` ${mark}` : ''}`);
}

function fieldsUnits(fields: readonly { label: string; value: string }[], limits: RenderLimits): Unit[] {
  const units: Unit[] = [];
  const fitting = fields.map((f) => `*${mrkdwnText(f.label)}*\n${mrkdwnText(f.value)}`);
  if (fitting.every((f) => f.length <= 2000)) {
    for (let i = 0; i < fitting.length; i += 10) {
      units.push({ blocks: [{ type: 'section', fields: fitting.slice(i, i + 10).map(md) }], cites: [] });
    }
    return units;
  }
  // A field too long for Slack's 2,000-character field limit: render all as lines instead.
  const lines = fields.map((f) => ({ text: `*${mrkdwnText(f.label)}*: ${mrkdwnText(f.value)}`, cites: [] }));
  return packLines(lines, limits.maxSectionChars, '\n', section);
}

function actionsUnit(actions: readonly Action[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < actions.length; i += 25) {
    const elements: SlackTypes.Button[] = actions.slice(i, i + 25).map((a) => ({
      type: 'button',
      action_id: a.id.slice(0, 255),
      text: { type: 'plain_text', text: shorten(plainText(a.label), 75), emoji: true },
      value: buttonValue(a).slice(0, 2000),
      ...(a.style ? { style: a.style } : {}),
    }));
    units.push({ blocks: [{ type: 'actions', elements }], cites: [] });
  }
  return units;
}

function blockUnits(block: Block, limits: RenderLimits): Unit[] {
  switch (block.type) {
    case 'heading':
      return packLines([{ text: `*${mrkdwnText(block.text)}*`, cites: [] }], limits.maxSectionChars, ' ', section).map((u) => ({ ...u, keepWithNext: true }));
    case 'paragraph':
      return paragraphUnits(block.spans, limits);
    case 'bullets':
      return packLines(
        block.items.flatMap((item) =>
          // Markers written inside the sentence are placed there ("[1]" needs no escaping).
          (item.parts ? bulletLines(item.label, bulletBody(item, (t) => t, markers), [], limits.maxSectionChars) : bulletLines(item.label, item.text, item.citations, limits.maxSectionChars)).map((text) => ({ text, cites: item.citations })),
        ),
        limits.maxSectionChars,
        '\n',
        section,
      );
    case 'fields':
      return fieldsUnits(block.fields, limits);
    case 'context':
      return renderPieces(block.text, limits.maxContextChars, mrkdwnText).map((t) => ({ blocks: [{ type: 'context', elements: [md(t)] }], cites: [] }));
    case 'quote': {
      const mark = markers(block.citations);
      const quoteLines = (t: string): string => t.split('\n').map((l) => `> ${l}`).join('\n');
      const pieces = renderPieces(block.text, limits.maxSectionChars - mark.length - 200, (s) => quoteLines(mrkdwnText(s)));
      return pieces.map((p, i) => ({ blocks: [section(i === pieces.length - 1 && mark ? `${p} ${mark}` : p)], cites: block.citations }));
    }
    case 'divider':
      return [{ blocks: [{ type: 'divider' }], cites: [] }];
    case 'actions':
      return actionsUnit(block.actions);
  }
}

/** How a footnote names a source: `Outlet · 2024-05-01 · <url|Title>`, or with neither outlet nor title its id. */
export function sourceLabel(source: SourceRef | undefined, sourceId: string): string {
  const bits: string[] = [];
  if (source?.outlet) bits.push(mrkdwnText(source.outlet));
  bits.push(source?.published ? mrkdwnText(source.published) : 'date unknown');
  const title = source?.title ?? null;
  const link = safeLink(source?.url, title ?? source?.outlet ?? 'link');
  if (link) bits.push(link);
  else if (title) bits.push(`_${mrkdwnText(title)}_`);
  if (!source?.outlet && !title && !link) bits.unshift(mrkdwnText(source?.id ?? sourceId));
  return bits.join(' · ');
}

/**
 * Footnote lines for citations `ns`: grouped by source, the source named once (so "date
 * unknown" is said once per source), then each quote under it. Citations with no quote (a
 * card cites sources, not quotes) make one line per source with its markers.
 */
export function footnoteLines(ns: readonly number[], byN: ReadonlyMap<number, CitationRef>, sourceById: ReadonlyMap<string, SourceRef>): string[] {
  const cites = ns.map((n): CitationRef => byN.get(n) ?? { n, sourceId: '', quote: '' });
  const out: string[] = [];
  for (const g of footnoteGroups(cites, [...sourceById.values()])) {
    const label = g.sourceId === '' ? '(source not listed)' : sourceLabel(g.source, g.sourceId);
    if (g.quoted.length === 0) {
      out.push(`${g.citations.map((c) => `*[${c.n}]*`).join('')} ${label}`);
      continue;
    }
    out.push(`*${label}*`);
    for (const c of g.quoted) out.push(`*[${c.n}]* “${mrkdwnText(c.quote)}”`);
  }
  return out;
}

function footnoteBlocks(lines: string[], limits: RenderLimits, heading: string): KnownBlock[] {
  if (lines.length === 0) return [];
  const packed = packLines(
    lines.map((text, i) => ({ text: i === 0 ? `*${heading}*\n${text}` : text, cites: [] })),
    limits.maxContextChars,
    '\n',
    (t) => ({ type: 'context', elements: [md(t)] }),
  );
  return packed.flatMap((u) => u.blocks);
}

interface Part {
  units: Unit[];
  /** Footnote lines carried over from the previous part (when a part's footnotes overflow). */
  carried: string[];
  /** Footnote lines for this part's units; computed from the units when absent. */
  notes?: string[];
}

const cache = new Map<string, readonly SlackMessage[]>();
const CACHE_SIZE = 64;
/** Messages the core builds once per brief version are frozen and reused: cache by identity first. */
const byIdentity = new WeakMap<Message, readonly SlackMessage[]>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Renders one neutral message as one or more Slack messages (parts 2… go in the thread).
 * Results for the default limits are cached (by message identity, then by content: the
 * same brief is asked for again and again) and returned deeply frozen; a caller that
 * needs to change a part copies it.
 */
export function renderBlockKit(message: Message, limits: RenderLimits = SLACK_LIMITS): SlackMessage[] {
  if (limits !== SLACK_LIMITS) return render(message, limits);
  const known = byIdentity.get(message);
  if (known) return known as SlackMessage[];
  const key = JSON.stringify(message);
  let parts = cache.get(key);
  if (parts) {
    cache.delete(key);
  } else {
    parts = deepFreeze(render(message, limits));
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, parts);
  byIdentity.set(message, parts);
  return parts as SlackMessage[];
}

function render(message: Message, limits: RenderLimits): SlackMessage[] {
  const units = message.blocks.flatMap((b) => blockUnits(b, limits));
  const byN = new Map(message.citations.map((c) => [c.n, c]));
  const sourceById = new Map(message.sources.map((s) => [s.id, s]));
  const notesFor = (ns: readonly number[]): string[] => footnoteLines(ns, byN, sourceById);
  const jsonLen = (l: string): number => JSON.stringify(l).length;
  const footLens = new Map<number, number>();
  /** Upper bound of one citation's share of the footnotes: its quote line plus its source's label. */
  const footLen = (n: number): number => {
    let len = footLens.get(n);
    if (len === undefined) {
      len = notesFor([n]).reduce((sum, l) => sum + jsonLen(l) + 1, 0);
      footLens.set(n, len);
    }
    return len;
  };
  const citesOf = (us: readonly Unit[]): number[] => [...new Set(us.flatMap((u) => u.cites))].sort((a, b) => a - b);
  const header = (i: number, n: number): KnownBlock[] => {
    const title = n > 1 ? `${message.title} (${i + 1}/${n})` : message.title;
    const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: shorten(plainText(title), HEADER_MAX), emoji: false } }];
    if (plainText(title).length > HEADER_MAX) blocks.push(section(`*${mrkdwnText(title)}*`));
    if (i > 0) blocks.push({ type: 'context', elements: [md(`Continued from the message above (part ${i + 1} of ${n}).`)] });
    return blocks;
  };
  const assemble = (part: Part, i: number, n: number): KnownBlock[] => {
    const lines = [...part.carried, ...(part.notes ?? notesFor(citesOf(part.units)))];
    return [...header(i, n), ...part.units.flatMap((u) => u.blocks), ...footnoteBlocks(lines, limits, part.carried.length > 0 ? 'Sources (continued)' : 'Sources')];
  };
  // Worst-case header for sizing: a long "(99/99)" title plus the continuation note.
  const headerReserve = header(1, 99);
  const headerSize = size(headerReserve);
  const unitSize = new Map<Unit, number>(units.map((u) => [u, size(u.blocks)]));
  // Cheap upper-bound estimate first; the exact (JSON) check runs only near the limits.
  const estimate = (part: Part): { chars: number; blocks: number } => {
    let noteChars = part.carried.reduce((n, l) => n + jsonLen(l), 0);
    let noteCount = part.carried.length;
    if (part.notes) {
      noteChars += part.notes.reduce((n, l) => n + jsonLen(l), 0);
      noteCount += part.notes.length;
    } else {
      const seen = new Set<number>();
      for (const u of part.units) for (const n of u.cites) seen.add(n);
      for (const n of seen) noteChars += footLen(n);
      noteCount += seen.size;
    }
    const noteBlocks = noteCount === 0 ? 0 : Math.ceil(noteChars / (limits.maxContextChars / 2)) + 1;
    let chars = headerSize + noteChars + noteBlocks * 80;
    let blocks = headerReserve.length + noteBlocks;
    for (const u of part.units) {
      chars += (unitSize.get(u) ?? size(u.blocks)) + 1;
      blocks += u.blocks.length;
    }
    return { chars, blocks };
  };
  const fits = (part: Part): boolean => {
    const e = estimate(part);
    if (e.chars <= limits.maxMessageChars * 0.85 && e.blocks <= limits.maxBlocks - 5) return true;
    const blocks = [...headerReserve, ...assemble(part, 0, 1).slice(1)];
    return blocks.length <= limits.maxBlocks && size(blocks) <= limits.maxMessageChars;
  };

  const parts: Part[] = [];
  let cur: Part = { units: [], carried: [] };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    // A heading travels with the unit after it.
    const group = unit.keepWithNext && i + 1 < units.length ? [unit, units[++i] as Unit] : [unit];
    const candidate: Part = { units: [...cur.units, ...group], carried: cur.carried };
    if (fits(candidate)) {
      cur = candidate;
      continue;
    }
    if (cur.units.length > 0 || cur.carried.length > 0) parts.push(cur);
    cur = { units: group, carried: [] };
    if (!fits(cur)) {
      // A lone unit whose footnotes overflow: keep the unit, carry footnotes that do not fit.
      const lines = notesFor(citesOf(cur.units));
      const kept: string[] = [];
      while (lines.length > 0 && fits({ units: cur.units, carried: [], notes: [...kept, lines[0] as string] })) kept.push(lines.shift() as string);
      parts.push({ units: cur.units, carried: [], notes: kept });
      cur = { units: [], carried: lines };
    }
  }
  if (cur.units.length > 0 || cur.carried.length > 0 || parts.length === 0) parts.push(cur);

  // The summary may already lead with the title; never say it twice in a notification.
  const lead = message.summary.startsWith(message.title) ? message.summary : `${message.title}: ${message.summary}`;
  const fallback = shorten(lead, FALLBACK_MAX);
  return parts.map((part, i) => ({
    text: plainText(parts.length > 1 && i > 0 ? `${message.title} (continued, part ${i + 1} of ${parts.length})` : fallback),
    blocks: assemble(part, i, parts.length),
  }));
}

/** Renders every message of a reply, in order. */
export function renderMessages(messages: readonly Message[], limits: RenderLimits = SLACK_LIMITS): SlackMessage[][] {
  return messages.map((m) => renderBlockKit(m, limits));
}
