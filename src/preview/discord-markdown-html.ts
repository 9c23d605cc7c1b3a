/**
 * Discord markdown, as renderDiscordPayload writes it, shown as HTML the way Discord
 * displays it: backslash escapes, masked links `[label](url)`, **bold**, __underline__,
 * *italic* / _italic_, ~~strike~~, `code`, `> ` quotes and `-# ` subtext at the start of a
 * line. Escaped characters are set aside before any formatting is read, so text the
 * renderer escaped stays literal, as in Discord.
 */
import { escapeHtml, link } from './html.ts';

/** Private-use characters stand for escaped ones while the formatting is read. */
const BASE = 0xe000;

function hide(text: string): string {
  return text.replace(/\\([^\p{L}\p{N}\s])/gu, (_m, ch: string) => String.fromCharCode(BASE + ch.charCodeAt(0)));
}

function reveal(html: string): string {
  return html.replace(/[\ue000-\ue0ff]/g, (ch) => escapeHtml(String.fromCharCode(ch.charCodeAt(0) - BASE)));
}

function inline(text: string): string {
  let html = escapeHtml(hide(text));
  html = html.replace(/`([^`\n]+)`/g, (_m, code: string) => `<code>${code}</code>`);
  html = html.replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) => link(url.replace(/&amp;/g, '&'), label));
  html = html.replace(/\*\*([^*\n]+)\*\*/g, '<b>$1</b>');
  html = html.replace(/__([^_\n]+)__/g, '<u>$1</u>');
  html = html.replace(/~~([^~\n]+)~~/g, '<s>$1</s>');
  html = html.replace(/(^|[^\p{L}\p{N}*])\*([^*\s](?:[^*\n]*[^*\s])?)\*(?!\*)/gu, '$1<i>$2</i>');
  html = html.replace(/(^|[^\p{L}\p{N}_])_([^_\s](?:[^_\n]*[^_\s])?)_(?![\p{L}\p{N}_])/gu, '$1<i>$2</i>');
  return reveal(html);
}

/** One Discord markdown text → HTML. */
export function discordMarkdownToHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const quote = /^> (.*)$/.exec(line);
      if (quote) return `<span class="quote">${inline(quote[1] ?? '')}</span>`;
      const sub = /^-# (.*)$/.exec(line);
      if (sub) return `<span class="subtext">${inline(sub[1] ?? '')}</span>`;
      return inline(line);
    })
    .join('<br>');
}
