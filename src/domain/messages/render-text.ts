/**
 * Renders the neutral message model as plain text (the console, the CLI, fallbacks) or
 * as Markdown. Control characters from documents are removed so text can never drive a
 * terminal; Markdown output escapes formatting characters.
 */
import { footnoteGroups } from './footnotes.ts';
import { commandText } from '../command.ts';
import { bulletBody, type Block, type CitationRef, type Message, type SourceRef, type Span } from './message-model.ts';

export interface TextRenderOptions {
  format?: 'plain' | 'markdown';
  /** Wrap width for plain text; 0 disables wrapping. */
  width?: number;
}

// C0/C1 controls except tab and newline, plus bidi overrides that can disguise text.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripControl(s: string): string {
  return s.replace(UNSAFE, '');
}

function md(s: string): string {
  return stripControl(s).replace(/([\\`*_[\]#<>|~])/g, '\\$1');
}

export function markers(ns: readonly number[]): string {
  return ns.map((n) => `[${n}]`).join('');
}

function spanText(spans: readonly Span[], esc: (s: string) => string): string {
  return spans.map((s) => `${esc(s.text)}${s.citations.length ? ` ${markers(s.citations)}` : ''}`).join(' ');
}

/**
 * Wraps `text` at word boundaries to `width` columns (0: no wrapping). The first line starts
 * with `indent`, later ones with `hanging` (default: `indent` plus two spaces). A word longer
 * than a line is left whole rather than cut.
 */
function wrap(text: string, width: number, indent = '', hanging = `${indent}  `): string {
  if (width <= 0) return indent + text;
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = indent;
    let empty = true;
    for (const word of para.split(/\s+/)) {
      if (word === '') continue;
      if (!empty && line.length + 1 + word.length > width) {
        out.push(line);
        line = hanging + word;
      } else {
        line += (empty ? '' : ' ') + word;
      }
      empty = false;
    }
    out.push(line);
  }
  return out.join('\n');
}

function blockText(block: Block, opts: Required<TextRenderOptions>): string | null {
  const plain = opts.format === 'plain';
  const esc = plain ? stripControl : md;
  switch (block.type) {
    case 'heading':
      return plain ? `\n${wrap(esc(block.text).toUpperCase(), opts.width)}` : `\n### ${esc(block.text)}`;
    case 'paragraph':
      return wrap(spanText(block.spans, esc), opts.width);
    case 'bullets':
      return block.items
        .map((item) => {
          const label = item.label ? (plain ? `${esc(item.label)}: ` : `**${esc(item.label)}:** `) : '';
          return wrap(`${plain ? '•' : '-'} ${label}${bulletBody(item, esc, markers)}`, opts.width);
        })
        .join('\n');
    case 'fields':
      return block.fields
        .map((f) => (plain ? `${wrap(esc(f.label), opts.width)}\n${esc(f.value).split('\n').map((l) => wrap(l, opts.width, '    ')).join('\n')}` : `- **${esc(f.label)}**  \n  ${esc(f.value).replace(/\n/g, '  \n  ')}`))
        .join('\n');
    case 'context':
      return plain ? wrap(esc(block.text), opts.width) : `_${esc(block.text)}_`;
    case 'quote': {
      const text = `${esc(block.text)}${block.citations.length ? ` ${markers(block.citations)}` : ''}`;
      return plain ? wrap(text, opts.width, '> ', '> ') : `> ${text}`;
    }
    case 'divider':
      return plain ? '—'.repeat(20) : '---';
    case 'actions': {
      // Buttons exist on chat platforms only; a text channel lists the commands instead.
      const commands = block.actions.flatMap((a) => (a.listed ? [commandText(a.command)] : []));
      return commands.length > 0 ? `\n${wrap(`More: ${commands.map(esc).join(' · ')}`, opts.width, '', '      ')}` : null;
    }
  }
}

/** How a source is named in a footnote: outlet and date (said once per source), or its id. */
export function describeSourceRef(s: SourceRef | undefined, id: string, withTitle = true): string {
  const title = withTitle && s?.title ? ` — ${s.title}` : '';
  return s?.outlet ? `${s.outlet}, ${s.published ?? 'date unknown'}${title}` : `${id} (outlet unknown, ${s?.published ?? 'date unknown'})${title}`;
}

/**
 * The footnotes: quotes grouped under their source, which is named once ("date unknown"
 * once per source, not per quote). A card cites sources, not quotes: then each source is
 * one line with its marker. A quote already shown in a quote block is not repeated.
 */
function footnotes(message: Message, opts: Required<TextRenderOptions>, esc: (s: string) => string): string[] {
  const plain = opts.format === 'plain';
  const shown = new Set(message.blocks.flatMap((b) => (b.type === 'quote' ? b.citations.map((n) => `${n}\u0000${b.text}`) : [])));
  const groups = footnoteGroups(message.citations, message.sources, { alreadyShown: (c) => shown.has(`${c.n}\u0000${c.quote}`) });
  const anyQuoted = groups.some((g) => g.quoted.length > 0);
  const out: string[] = [plain ? (anyQuoted ? '\nQUOTES BY SOURCE' : '\nSOURCES') : anyQuoted ? '\n### Quotes by source' : '\n### Sources'];
  for (const g of groups) {
    // A card names its sources briefly; a list of quotes names them in full.
    const source = describeSourceRef(g.source, g.sourceId, g.quoted.length > 0);
    if (g.quoted.length === 0) {
      out.push(wrap(esc(`${markers(g.citations.map((c) => c.n))} ${source}`), opts.width));
      continue;
    }
    out.push(wrap(esc(source), opts.width));
    for (const c of g.quoted) out.push(wrap(esc(`[${c.n}] “${c.quote}”`), opts.width, '  ', '      '));
  }
  return out;
}

export function describeCitation(c: CitationRef, sources: readonly SourceRef[]): string {
  const s = sources.find((x) => x.id === c.sourceId);
  const where = s?.outlet ? `${s.outlet}, ${s.published ?? 'date unknown'}` : `${c.sourceId} (outlet unknown, ${s?.published ?? 'date unknown'})`;
  return `[${c.n}] ${where}: “${c.quote}”`;
}

export function renderText(message: Message, options: TextRenderOptions = {}): string {
  const opts: Required<TextRenderOptions> = { format: options.format ?? 'plain', width: options.width ?? 0 };
  const esc = opts.format === 'plain' ? stripControl : md;
  const parts: string[] = [opts.format === 'plain' ? wrap(esc(message.title), opts.width) : `## ${esc(message.title)}`];
  for (const block of message.blocks) {
    const t = blockText(block, opts);
    if (t !== null && t !== '') parts.push(t);
  }
  if (message.citations.length > 0) parts.push(...footnotes(message, opts, esc));
  return parts.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
