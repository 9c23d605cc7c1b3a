/**
 * "What happened to the balloon?" asks what was done to the thing: "... shooting down the Chinese
 * balloon", "the downing of a spy balloon", "the balloon shot down by the Air Force". A sentence
 * that mentions it otherwise ("it was a well-kitted-out spy balloon", "the row over the balloon")
 * says what it is or what it caused. General English: determiners, particles, and the verb forms
 * WordNet knows; no topic's words.
 */
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { wordNet } from './wordnet.ts';

/** "What happened to X?", "What has happened with the X?": its last word is the thing. */
const HAPPENED_Q_RE = /^\s*(?:and\s+)?what\s+(?:has\s+|had\s+|will\s+)?happen(?:ed|s)?\s+(?:to|with)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]{3,})\s*\??\s*$/iu;
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|that|these|those)$/i;
const PARTICLE = /^(?:down|up|off|out|over|away|back|in)$/i;
const AUXILIARY = /^(?:was|were|is|are|has|have|had|been|being|be|got|get|gets)$/i;
const NOT_AN_ACT = /^(?:was|were|is|are|be|been|being|has|have|had|said|says|say|seemed|seems|became|becomes|called|named)$/i;

/** The thing a "What happened to X?" question asks about, lower case, or null for any other question. */
export const happenedToOf = perQuestion((q: QuestionAnalysis): string | null => HAPPENED_Q_RE.exec(q.text)?.[1]?.toLowerCase() ?? null);

/** An inflected verb: "shot", "shooting", "destroyed" (WordNet's lemma differs), not "spy" or "balloon". */
function verbForm(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_AN_ACT.test(w)) return false;
  const lemma = wordNet()?.lemmas(w, 'verb')[0];
  return lemma !== undefined && lemma !== w;
}

/** A noun of an act on what follows "of": "the downing of", "the destruction of", "the sale of". */
function actNoun(word: string): boolean {
  return /^\p{Ll}+(?:ing|ion|ment|al|ure)$/u.test(word) || (wordNet()?.lemmas(word.toLowerCase(), 'verb').includes(word.toLowerCase()) ?? false);
}

/** Whether `text` tells of something done to the thing `head` (a word of it): as a verb's object, of an act noun, or as a passive's subject. */
export function undergoes(head: string, text: string): boolean {
  const words = text.match(/[\p{L}'’-]+|[^\s\p{L}]/gu) ?? [];
  const stem = head.replace(/s$/, '');
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as string).toLowerCase();
    if (w !== stem && w !== `${stem}s`) continue;
    // Back over its modifiers to a determiner ("the alleged Chinese spy balloon"), then over a particle.
    // (Modifiers may be participles, "the alleged ... balloon"; with no determiner near, the word right before.)
    let d = i - 1;
    while (d >= 0 && i - d <= 4 && !DETERMINER.test(words[d] as string) && /^[\p{L}'’-]+$/u.test(words[d] as string)) d--;
    let j = d >= 0 && DETERMINER.test(words[d] as string) ? d - 1 : i - 1;
    while (j >= 0 && PARTICLE.test(words[j] as string)) j--;
    const before = words[j] ?? '';
    if (verbForm(before)) return true;
    if (before.toLowerCase() === 'of' && actNoun(words[j - 1] ?? '')) return true;
    // "the balloon was shot down", "the balloon shot down by the Air Force".
    const next = words[i + 1] ?? '';
    if (AUXILIARY.test(next) && verbForm(words[i + 2] ?? '')) return true;
    if (verbForm(next) && words.slice(i + 2, i + 5).some((x) => x.toLowerCase() === 'by')) return true;
  }
  return false;
}
