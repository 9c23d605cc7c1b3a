/**
 * "Which country's ban remains in place?" asks for a country that owns the noun: "China's ban
 * remained in place" names it by its possessive right before that noun, though the sentence never
 * writes "country" (the gazetteer tells a country's name). A stage of matching a question's kind.
 */
import { isCountryTerm } from './gazetteer.ts';
import { termOf } from './text-analysis.ts';

/** "Which country's ban ...", "which nation's athletes": the owner asked for is a country, and the noun it owns. */
const WHICH_COUNTRY_OWNS_Q_RE = /\b(?:which|what)\s+(?:other\s+)?(?:country|nation)['’]s\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]{3,})\b/iu;

/** Whether `text` has a country's possessive right before the noun a "Which country's <noun>" question asks about: "China's ban", "China's import ban". */
export function ownsAskedNoun(question: string, text: string): boolean {
  const noun = WHICH_COUNTRY_OWNS_Q_RE.exec(question)?.[1];
  const term = noun === undefined ? null : termOf(noun.toLowerCase());
  if (!term) return false;
  for (const m of text.matchAll(/(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)['’]s?\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]{3,})\b/gu)) {
    if (termOf((m[2] as string).toLowerCase()) === term && isCountryTerm(termOf(m[1] as string) ?? '')) return true;
  }
  return false;
}
