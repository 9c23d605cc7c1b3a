/**
 * Characters that can make text show something other than what it says. Shared by every
 * renderer's one escaping step (console, Slack, Discord).
 *
 * - Bidirectional controls (embeddings, overrides, isolates and the invisible direction
 *   marks) reorder what is displayed: "\u202Egnp.exe" shows as "exe.png". They are
 *   removed from all document text.
 * - Zero-width characters inside a link's text hide what the link says ("pay\u200Bpal").
 *   They are removed from link labels and URLs. Elsewhere they stay: joiners are part of
 *   emoji sequences and of some scripts, and the renderers insert zero-width spaces
 *   themselves to break mentions and formatting.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const ZERO_WIDTH = /[\u200b-\u200d\u2060\u180e\ufeff]/g;

/** Text with every bidirectional control removed. */
export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A link label or URL with bidirectional controls and zero-width characters removed. */
export function plainLinkText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(ZERO_WIDTH, '');
}

/** True when `text` holds a character that could disguise it. */
export function hasDeceptiveMarks(text: string): boolean {
  return new RegExp(BIDI_CONTROLS.source).test(text);
}
