/**
 * The one page-splitting algorithm every adapter uses: text longer than a platform's limit
 * is cut into pieces of at most `max` characters, at the best place in each window (a
 * paragraph break, then a line break, then a sentence end, then a space; a single
 * over-long word between characters). Nothing is ever dropped: the pieces joined give back
 * the input exactly, so the whitespace at a cut stays at the end of the piece before it.
 * A cut never falls inside a surrogate pair, nor where the platform says it may not
 * (`mayCut`: after a backslash that escapes the next character, inside an entity).
 */
export interface PaginateOptions {
  /** False where the platform may not cut the text (default: anywhere but inside a surrogate pair). */
  mayCut?: (text: string, at: number) => boolean;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Where to cut `window` (the first `max` characters of what is left), preferring natural breaks in its second half. */
function bestCut(window: string, allowed: (at: number) => boolean): number {
  const floor = Math.floor(window.length / 2);
  for (const pattern of [/\n\s*\n/g, /\n/g, /[.!?…]["'”’)]*\s/g, /\s/g]) {
    let cut = -1;
    for (const m of window.matchAll(pattern)) {
      const at = (m.index ?? 0) + m[0].length;
      if (at <= window.length && at >= floor && allowed(at)) cut = at;
    }
    if (cut > 0) return cut;
  }
  let at = window.length;
  while (at > 1 && !allowed(at)) at--;
  return at;
}

export function paginate(text: string, max: number, options: PaginateOptions = {}): string[] {
  if (max < 2) throw new RangeError(`paginate: max must be at least 2, got ${max}`);
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const current = rest;
    const allowed = (at: number): boolean => !isHighSurrogate(current.charCodeAt(at - 1)) && (options.mayCut?.(current, at) ?? true);
    const cut = bestCut(current.slice(0, max), allowed);
    pieces.push(current.slice(0, cut));
    rest = current.slice(cut);
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/** Markdown-style escapes: never cut between a backslash and the character it escapes. */
export function notInsideEscape(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}
