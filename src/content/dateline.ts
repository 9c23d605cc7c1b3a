/**
 * A wire dateline before the first sentence ("WASHINGTON (AP) --", "PHNOM PENH, Cambodia
 * (AP) --", "THIMPHU, July 15 (Reuters) -", "WASHINGTON (UrduPoint News / Sputnik - 19th February, 2023)"): where the story was
 * filed, not part of what it says. Drafting drops it from statements; Q&A does not take its
 * place for where something happened.
 */
const DATELINE = /^\p{Lu}[\p{Lu}.'’ -]{2,}(?:,\s*\p{Lu}[\p{L}\d.' -]{1,30})?\s*(?:\([^()]{1,80}\)\s*(?:[-–—_]{1,2}|:)?|[-–—_]{1,2}|:)\s+(?=[\p{Lu}“"`'])/u;

/** `text` without a dateline at its start (the rest is still a verbatim clause of the source). */
export function withoutDateline(text: string): string {
  return text.replace(DATELINE, '');
}

/** The dateline at the start of `text` ("DAMASCUS, Syria (AP) _"), or '' when it has none. */
export function datelineOf(text: string): string {
  return DATELINE.exec(text)?.[0] ?? '';
}
