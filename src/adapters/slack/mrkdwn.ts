/**
 * Turning plain document text into safe Slack mrkdwn.
 *
 * Slack treats `<…>` as control sequences (`<!channel>`, `<@U123>`, `<url|label>`), so
 * `&`, `<` and `>` are escaped as `&amp;`, `&lt;`, `&gt;` — the only escaping Slack
 * defines. With those escaped, no document text can form a mention or a link. Formatting
 * characters (`*`, `_`, `~`, `` ` ``) that sit at a word boundary (where Slack could read
 * them as bold/italic/strike/code delimiters) are wrapped in zero-width spaces so they
 * show literally. Mrkdwn text objects are also sent with `verbatim: true`, so Slack does
 * not auto-link channel names, URLs or bare `@here` in document text.
 */

import { paginate } from '../kit/paginate.ts';
import { plainLinkText, stripBidi } from '../../domain/messages/safe-text.ts';

const ZWSP = '\u200b';
// C0 controls except tab/newline, DEL, and the C1 range.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const FORMAT_CHARS = /[*_~`]/g;
const WORDISH = /[\p{L}\p{N}]/u;

/** Escapes the three characters Slack reserves. Use for every piece of document text. */
export function escapeSlack(text: string): string {
  return stripBidi(text.replace(CONTROL, '')).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Makes mrkdwn formatting characters at word boundaries display literally. */
export function neutralizeFormatting(text: string): string {
  return text.replace(FORMAT_CHARS, (ch: string, at: number) => {
    const inWord = WORDISH.test(text.charAt(at - 1)) && WORDISH.test(text.charAt(at + 1));
    return inWord ? ch : `${ZWSP}${ch}${ZWSP}`;
  });
}

/** Plain document text → safe mrkdwn (escaped, formatting neutralised). */
export function mrkdwnText(text: string): string {
  return neutralizeFormatting(escapeSlack(text));
}

/** Plain document text → safe plain_text (escaped; plain_text never formats). */
export function plainText(text: string): string {
  return escapeSlack(text);
}

/**
 * A Slack link `<url|label>` for an http(s) URL, or null when the URL is not one.
 * The URL is percent-encoded where Slack would read it as syntax (`<`, `>`, `|`, spaces)
 * and the label is escaped, so neither can break out of the link.
 */
export function safeLink(url: string | null | undefined, label: string): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(plainLinkText(url));
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const href = parsed.href.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C').replace(/ /g, '%20');
  return `<${href}|${mrkdwnText(plainLinkText(label))}>`;
}

/** Shortens text to `max` characters at a word boundary, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, Math.max(0, max - 1));
  const space = slice.lastIndexOf(' ');
  return `${space > max * 0.6 ? slice.slice(0, space) : slice}…`;
}

/**
 * Slack's pages: the shared algorithm, cutting plain text (escaping comes after). The
 * whitespace at a cut is left at the end of the piece before it, where Slack does not show it.
 */
export function splitText(text: string, max: number): string[] {
  return paginate(text, max);
}
