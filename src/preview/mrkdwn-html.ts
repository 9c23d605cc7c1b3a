/**
 * Slack mrkdwn, as renderBlockKit writes it, shown as HTML the way Slack displays it: the
 * three entities Slack defines (`&amp;`, `&lt;`, `&gt;`), links `<url|label>`, *bold*,
 * _italic_, ~strike~, `code`, and `>` quotes at the start of a line. A formatting mark only
 * counts at a word boundary with text right inside it, so marks the renderer wrapped in
 * zero-width spaces stay literal, as in Slack. Any other `<…>` (a mention, `<!channel>`)
 * would be a rendering bug: it is shown flagged, never as a working mention.
 */
import { escapeHtml, link } from './html.ts';

const CONTROL = /<([^<>\n]*)>/g;
const EDGE = '[^\\s\\u200b]';

/** Slack's three entities back to the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function mark(html: string, ch: string, tag: string): string {
  const c = ch === '*' ? '\\*' : ch;
  const re = new RegExp(`(^|[^\\p{L}\\p{N}${c}])${c}(${EDGE}(?:[^${c}\\n]*?${EDGE})?)${c}(?=[^\\p{L}\\p{N}${c}]|$)`, 'gu');
  return html.replace(re, (_m, before: string, inner: string) => `${before}<${tag}>${inner}</${tag}>`);
}

/** Plain text (entities decoded) → escaped HTML with Slack's inline formatting. */
function inline(text: string): string {
  let html = escapeHtml(text);
  for (const [ch, tag] of [['`', 'code'], ['*', 'b'], ['_', 'i'], ['~', 's']] as const) html = mark(html, ch, tag);
  return html;
}

function lineHtml(line: string): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(CONTROL)) {
    out += inline(decodeEntities(line.slice(last, m.index)));
    const inner = m[1] ?? '';
    const bar = inner.indexOf('|');
    const url = decodeEntities(bar >= 0 ? inner.slice(0, bar) : inner);
    const label = bar >= 0 ? inner.slice(bar + 1) : inner;
    if (/^https?:\/\//i.test(url)) out += link(url, inline(decodeEntities(label)));
    else out += `<span class="flag" title="a Slack control sequence: would mention or link">${escapeHtml(`<${decodeEntities(inner)}>`)}</span>`;
    last = m.index + m[0].length;
  }
  return out + inline(decodeEntities(line.slice(last)));
}

/** One mrkdwn text → HTML. */
export function mrkdwnToHtml(mrkdwn: string): string {
  const out: string[] = [];
  for (const line of mrkdwn.split('\n')) {
    const quote = /^>\s?(.*)$/.exec(line);
    out.push(quote ? `<span class="quote">${lineHtml(quote[1] ?? '')}</span>` : lineHtml(line));
  }
  return out.join('<br>');
}
