/**
 * The citation syntax of brief.md: `[@source-id: exact quote]`.
 * The quote runs to the matching `]`, so balanced brackets inside a quote ("[and]") are fine.
 */

export interface RawCitation {
  sourceId: string;
  quote: string;
  /** Offsets of the whole `[@…]` token in the scanned text. */
  start: number;
  end: number;
}

export interface ScanResult {
  /** Text with citation tokens removed, segmented: each segment is followed by its citations. */
  segments: Array<{ text: string; citations: RawCitation[] }>;
  errors: Array<{ offset: number; message: string; fix: string }>;
}

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

/** Scans text for citations. Text between citation groups forms the segments (claims). */
export function scanCitations(text: string): ScanResult {
  const segments: ScanResult['segments'] = [];
  const errors: ScanResult['errors'] = [];
  let current = { text: '', citations: [] as RawCitation[] };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('[@', i);
    if (open === -1) {
      pushText(text.slice(i));
      break;
    }
    pushText(text.slice(i, open));
    const colon = text.indexOf(':', open + 2);
    const close = matchingBracket(text, open);
    if (close === -1) {
      errors.push({ offset: open, message: 'unterminated citation "[@…"', fix: 'close it with "]": write [@source-id: exact quote]' });
      pushText(text.slice(open));
      break;
    }
    if (colon === -1 || colon > close) {
      errors.push({ offset: open, message: `citation "${text.slice(open, Math.min(close + 1, open + 40))}" has no quote`, fix: 'write [@source-id: exact quote]' });
      i = close + 1;
      continue;
    }
    const sourceId = text.slice(open + 2, colon).trim();
    const quote = text.slice(colon + 1, close).trim();
    if (!ID_RE.test(sourceId)) {
      errors.push({ offset: open, message: `bad source id "${sourceId}" in citation`, fix: 'source ids are lower-case letters, digits and dashes, as listed in sources/sources.yml' });
    } else if (quote === '') {
      errors.push({ offset: open, message: `citation of "${sourceId}" has an empty quote`, fix: 'copy the supporting words from the source after the colon' });
    } else {
      current.citations.push({ sourceId, quote, start: open, end: close + 1 });
    }
    i = close + 1;
  }
  if (current.text.trim() !== '' || current.citations.length > 0) segments.push(current);
  return { segments: segments.map((s) => ({ text: tidy(s.text), citations: s.citations })), errors };

  function pushText(chunk: string): void {
    if (chunk.trim() === '') {
      current.text += chunk;
      return;
    }
    // Text after a citation group starts a new claim.
    if (current.citations.length > 0) {
      segments.push(current);
      current = { text: '', citations: [] };
    }
    current.text += chunk;
  }
}

/** Index of the `]` matching the `[` at `open`, or -1. */
function matchingBracket(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    const ch = text[j];
    if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) return j;
    } else if (ch === '\n' && text[j + 1] === '\n') {
      return -1; // a citation never spans a blank line
    }
  }
  return -1;
}

/** Removes citation tokens from text, keeping everything else (for bullets citing mid-sentence). */
export function stripCitations(text: string): string {
  const { segments } = scanCitations(text);
  return tidy(segments.map((s) => s.text).join(' '));
}

export function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .trim();
}
