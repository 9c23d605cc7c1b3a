/**
 * HTML for the preview page: every piece of text is escaped here, and a link is made only
 * for an http(s) URL. Document text reaches the page through these two functions alone, so
 * it can never run as HTML (the page is also served with a Content-Security-Policy that
 * allows no script at all).
 */

/** Escapes text for an HTML text node or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** `<a>` for an http(s) URL (label already HTML), or the label alone when the URL is not one. */
export function link(url: string, labelHtml: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return labelHtml;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return labelHtml;
  return `<a href="${escapeHtml(parsed.href)}" rel="noopener noreferrer" target="_blank">${labelHtml}</a>`;
}
