/**
 * A function of a text, worked out once per text: the scoring stages read the same candidate
 * sentences question after question (their words, tokens, time expressions, speech verbs). It
 * keeps at most `max` texts, then starts again; `clear()` empties it when what the function
 * reads has changed (a topic's synonyms). What it returns is shared, so it must not be changed.
 */
export interface PerText<T> {
  (text: string): T;
  clear(): void;
}

export function perText<T>(compute: (text: string) => T, max = 20_000): PerText<T> {
  const kept = new Map<string, T>();
  const f = (text: string): T => {
    const hit = kept.get(text);
    if (hit !== undefined) return hit;
    const out = compute(text);
    if (kept.size >= max) kept.clear();
    kept.set(text, out);
    return out;
  };
  return Object.assign(f, { clear: (): void => kept.clear() });
}

/** Every match of the global pattern `re` in a text, found once per text (the matches are shared: read them, do not change them). */
export function matchesPerText(re: RegExp, max?: number): PerText<readonly TextMatch[]> {
  if (!re.global) throw new Error(`matchesPerText needs a global pattern: ${re.source.slice(0, 40)}`);
  return perText((text) => [...text.matchAll(re)] as TextMatch[], max);
}

/** A match found by matchAll, whose index is always set. */
export type TextMatch = RegExpMatchArray & { index: number };
