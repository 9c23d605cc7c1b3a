/**
 * Someone named with the noun of the asked act as what they are: "Where does Abdi Hassan Ali
 * farm?" is answered by "... said Abdi Hassan Ali, a farmer near Dire Dawa", "Where does Ana
 * Lind teach?" by "Ana Lind, a teacher at the village school". The noun is WordNet's noun of
 * the verb's doer (farm → farmer), right after the question's name as its appositive; the
 * doer's noun stands for the verb only there, not anywhere in the sentence. No topic's words.
 */
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** Per question term: its doer's nouns, and a name the question gives with one as its appositive; absent when the term is no verb with such a noun. */
const appositivePatterns = perQuestion((q: QuestionAnalysis): ReadonlyMap<string, { noun: RegExp; appositive: RegExp }> => {
  const out = new Map<string, { noun: RegExp; appositive: RegExp }>();
  const wn = wordNet();
  if (!wn || q.names.length === 0) return out;
  const names = q.names.map((n) => escapeRegExp(n)).join('|');
  for (const t of q.tokens) {
    if (out.has(t.term) || q.entityTerms.has(t.term) || !/^[a-z]{3,}$/.test(t.word)) continue;
    const lemma = wn.lemmas(t.word, 'verb')[0];
    if (!lemma) continue;
    const agents = wn.derived(lemma).filter((d) => d.agent && /^[a-z]{4,}$/.test(d.word) && wn.isPersonNoun(d.word, false)).map((d) => escapeRegExp(d.word));
    if (agents.length > 0) out.set(t.term, { noun: new RegExp(String.raw`\b(?:${agents.join('|')})s?\b`, 'i'), appositive: new RegExp(String.raw`(?:${names}),\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:${agents.join('|')})s?\b`, 'iu') });
  }
  return out;
});

/** Whether `text` names one of the question's names with the doer's noun of the question's verb `term` as its appositive ("Abdi Hassan Ali, a farmer"). */
export function doerAppositive(q: QuestionAnalysis, term: string, text: string): boolean {
  // The doer's noun alone first: a cheap test that most sentences fail.
  const p = appositivePatterns(q).get(term);
  return p !== undefined && p.noun.test(text) && p.appositive.test(text);
}
