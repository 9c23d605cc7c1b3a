/**
 * "How much did the painting sell for?": "A landscape by Monet ... sold for $121.4 million" names
 * the painting by its kind, a landscape being a painting in WordNet's hypernyms (as a "tanker" is
 * a ship, a "rifle" a weapon). Only for made things the question names (WordNet's artifacts):
 * people and abstract nouns have too many kinds to stand for one another; or for a thing whose
 * kind the question asks ("What kind of animal escaped?": "a Sumatran tiger escaped").
 */
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { wordNet } from './wordnet.ts';

/** The question's made things as terms, each with its noun's lemma ("painting"). */
const askedThings = perQuestion((q: QuestionAnalysis): readonly { term: string; noun: string }[] => {
  const wn = wordNet();
  if (!wn) return [];
  const out: { term: string; noun: string }[] = [];
  for (const t of q.tokens) {
    if (!q.terms.includes(t.term) || q.light.has(t.term) || q.entityTerms.has(t.term) || !/^[a-z]{4,}$/.test(t.word)) continue;
    const noun = wn.lemmas(t.word, 'noun')[0];
    // "What kind of animal escaped?" asks for a kind of it, whatever the thing: "a Sumatran tiger escaped".
    const kindAsked = new RegExp(`\\b(?:kind|kinds|type|types|sort|sorts|species|breed)\\s+of\\s+(?:[a-z-]+\\s+)?${t.word}\\b`, 'i').test(q.text);
    if (noun !== undefined && (wn.isArtifactNoun(noun) || kindAsked) && !wn.isPersonNoun(noun, false, 2)) out.push({ term: t.term, noun });
  }
  return out;
});

/** Whether `words` (a sentence's, lower case) have a kind of the question's made thing `term` ("landscape" for "painting"). */
export function thingNamedByKind(q: QuestionAnalysis, term: string, words: Iterable<string>): boolean {
  const thing = askedThings(q).find((a) => a.term === term);
  const wn = wordNet();
  if (thing === undefined || !wn) return false;
  for (const w of words) if (w.length >= 4 && w !== thing.noun && /^[a-z]+$/.test(w) && wn.isKindOf(w, thing.noun)) return true;
  return false;
}
