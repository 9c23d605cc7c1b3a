/**
 * An amount given as a share of the asked thing: "How much sunlight do the panels get?" is
 * answered by "only about a third of the expected sunlight", "How much water is left?" by "40
 * percent of its water". General English: fractions, percentages and "of".
 */
import { FRACTION_WORDS } from './change-and-size.ts';
import { analyze } from './text-analysis.ts';

/** A share, then "of" and up to four words: "about a third of the expected sunlight", "40 percent of its water" (the words in group 1). */
const SHARE_OF_RE = new RegExp(String.raw`\b(?:${FRACTION_WORDS}|\d[\d,.]*\s*(?:%|percent|per\s+cent))\s+of\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)`, 'giu');

/** Whether `text` gives a share of the counted thing: "a third of the expected sunlight" for how much sunlight. */
export function givesShareOf(text: string, counted: readonly string[]): boolean {
  for (const m of text.matchAll(SHARE_OF_RE)) if (analyze(m[1] as string).some((t) => counted.includes(t.term))) return true;
  return false;
}
