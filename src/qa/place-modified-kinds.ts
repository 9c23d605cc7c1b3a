/**
 * "died in a Naples hospital", "bought it from a Paris gallery": one of a kind placed by a
 * town's or country's name before its noun, after "a". The place says where the hospital or
 * gallery is, not which one it is; a name of one ("Cardarelli Hospital", "the Galerie Marlowe")
 * stands without "a".
 */
import { isPlaceWord } from './entities.ts';
import { perText } from './per-text.ts';
import { escapeRegExp } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** "a/an <capitalised words> <noun>", made once per noun. */
const placedPattern = perText((noun: string): RegExp => new RegExp(String.raw`\b(?:[Aa]n?|[Aa]nother)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,2})${escapeRegExp(noun)}s?\b(?!,?\s+\p{Lu})`, 'gu'), 1000);

/** How many times `text` has "a/an <Place> <noun>" (one or two capitalised words, each a place's), no name after it. */
export function placeModifiedMentions(noun: string, text: string): number {
  const re = placedPattern(noun);
  let n = 0;
  for (const m of text.matchAll(re)) if (allPlaces((m[1] as string).trim().split(/\s+/))) n++;
  return n;
}

/** Whether every one of `words` is a place's name (the gazetteer's, or a place in WordNet's senses: "Naples"). */
export function allPlaces(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => isPlaceWord(w) || wordNet()?.isPlaceInSenses(w) === true);
}

/** Whether the capitalised words before a lower-case kind noun at `at` in `text` follow "a" or "an" and are all places ("a Naples hospital"). */
export function placedAfterArticle(text: string, at: number, words: readonly string[], noun: string): boolean {
  return /\b(?:[Aa]n?|[Aa]nother)\s+$/.test(text.slice(0, at)) && text.slice(at).includes(` ${noun}`) && allPlaces(words);
}
