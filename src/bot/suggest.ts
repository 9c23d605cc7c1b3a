/** "Did you mean …?" for a mistyped word among known ones (commands, subcommands). */
import { damerauLevenshtein } from '../content/topic-resolver.ts';

/**
 * The candidate closest to `word`, if it is close enough to be a typo of it: roughly one
 * edit per five characters, at least one and at most three; null otherwise.
 */
export function closestWord(word: string, candidates: readonly string[]): string | null {
  const w = word.toLowerCase();
  if (w === '') return null;
  let best: { c: string; d: number } | null = null;
  for (const c of candidates) {
    const d = damerauLevenshtein(w, c.toLowerCase());
    if (!best || d < best.d) best = { c, d };
  }
  const allowed = Math.min(3, Math.max(1, Math.floor(w.length / 5)));
  return best && best.d > 0 && best.d <= allowed ? best.c : null;
}
