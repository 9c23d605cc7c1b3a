/**
 * Escaping of plain document text for Discord. The message model holds plain text only;
 * everything that reaches Discord goes through here so that document text can never
 * format, link or mention anything.
 */

import { stripBidi } from '../../domain/messages/safe-text.ts';

const ZWSP = '\u200b';

const MENTION = /@(everyone|here)|<(?=[@#:/]|a:|t:|id:)/gi;

/**
 * Breaks every mention form so it renders as literal text: `@everyone`, `@here`,
 * `<@123>`, `<@!123>`, `<@&123>`, `<#123>`, `</cmd:1>`, `<t:…>` and custom emoji `<:x:1>`.
 * A zero-width space after the `@` / `<` keeps the text readable while Discord no
 * longer recognises the token (allowed_mentions parse:[] is the second line of defence).
 */
export function neutraliseMentions(text: string): string {
  return text.replace(MENTION, (m: string, word: string | undefined) => (word ? `@${ZWSP}${word}` : `<${ZWSP}`));
}

/** Inline Markdown: emphasis, underline, strike, spoilers, code, masked links, escapes. */
const INLINE = /[\\*_~`|[\]]/g;
/** Markdown that only counts at the start of a line: quotes, headings, subtext, lists. */
const LINE_START = /^([ \t]*)(>|#{1,3}[ \t]|-#[ \t]|[-+][ \t]|\d+[.)][ \t])/gm;

function escapeLineStart(_m: string, ws: string, mark: string): string {
  const first = mark.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    // "12. " → "12\. " (a backslash before a digit would show literally).
    const at = mark.search(/[.)]/);
    return `${ws}${mark.slice(0, at)}\\${mark.slice(at)}`;
  }
  return `${ws}\\${mark}`;
}

const cache = new Map<string, string>();
const CACHE_MAX = 20_000;

/**
 * Escapes Discord Markdown (bold, italics, underline, strike, spoilers, code, masked links,
 * quotes, headings, lists, subtext) and neutralises mentions. Safe for embed descriptions,
 * field values, titles and message content. Results are memoised: brief texts repeat.
 */
export function escapeDiscord(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let out = stripBidi(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
  out = out.replace(INLINE, '\\$&').replace(LINE_START, escapeLineStart);
  out = neutraliseMentions(out);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, out);
  return out;
}
