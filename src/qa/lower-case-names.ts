/**
 * A thing named in lower case beside its kind's noun: "The toxin, microcystin, can cause ...",
 * "the banned diuretic furosemide", "the drug, aspirin, ...". Substances, drugs and diseases are
 * written so; the name is a word WordNet does not know as a common word, or one it files as a
 * kind of the noun. Not "the toxin, which ...", "the toxin levels". General English.
 */
import { escapeRegExp, STOP_WORDS } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** Whether `text` names one of `noun` in lower case: in apposition ("the toxin, microcystin,") or right after it ("the diuretic furosemide"). */
export function namesInLowerCase(noun: string, text: string): boolean {
  const wn = wordNet();
  if (wn === null || noun.length < 3) return false;
  const n = escapeRegExp(noun.toLowerCase());
  const re = new RegExp(`\\b${n}s?(?:,\\s+(\\p{Ll}[\\p{Ll}-]{3,})\\s*(?:[,;.)]|\\s+(?:and|or)\\b)|\\s+(\\p{Ll}[\\p{Ll}-]{3,})\\b)`, 'gu');
  for (const m of text.matchAll(re)) {
    const word = (m[1] ?? m[2]) as string;
    if (STOP_WORDS.has(word)) continue;
    const unknown = !wn.isCommonWord(word) && wn.lemmas(word, 'verb').length === 0 && wn.lemmas(word, 'adv').length === 0 && !/ly$/.test(word);
    // A common word may name it too, when WordNet files it under the noun ("the drug, aspirin,", "the diuretic furosemide").
    if (unknown || wn.isKindOf(wn.lemmas(word, 'noun')[0] ?? word, noun, 2)) return true;
  }
  return false;
}
