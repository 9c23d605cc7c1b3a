/**
 * Paraphrases of a question word by its opposite, negated: "In which city were officials
 * unsure ...?" is answered by "Officials said they were not certain ...", "Why did the bill
 * fail?" by "... did not pass". WordNet gives the opposites ("unsure" → sure, "fail" → succeed,
 * pass) and, for an adjective, the other words of the opposite's commonest sense ("sure" →
 * certain). A sentence says the question's word when it writes one of them right after a
 * negation ("not", "n't", "never", "no longer", with at most one word between).
 */
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp, LIGHT_VERBS, STOP_WORDS, termOf } from './text-analysis.ts';
import { verbForms, type WordNet } from './wordnet.ts';
import { isVerbSlot, SAME_SENSE, type Paraphrase } from './paraphrase-kit.ts';
import { isCountryTerm } from './gazetteer.ts';

/** How strongly a negated opposite stands in for the word: as another word of its senses does. */
export const NEGATED_OPPOSITE = SAME_SENSE;

/** A negation in the question near the word: "Which officials were not sure ...?" asks for the negated word itself. */
const NEGATED_Q_RE = /\b(?:not|never|no)\b|n['’]t\b/i;

/** Adds to `out` (question term index → paraphrases) the negated opposites of the question's adjectives and verbs. */
export function negatedAntonyms(q: QuestionAnalysis, index: TopicIndex, wn: WordNet, out: Map<number, Paraphrase[]>): void {
  if (NEGATED_Q_RE.test(q.text)) return;
  q.terms.forEach((term, i) => {
    // A concept term ("~uncertain" for unsure / uncertain) is a word's; a country's is a name's.
    if (q.entityTerms.has(term) || isCountryTerm(term) || q.light.has(term)) return;
    for (const token of q.tokens) {
      if (token.term !== term || !/^[a-z]{4,}$/.test(token.word) || STOP_WORDS.has(token.word) || LIGHT_VERBS.has(token.word)) continue;
      const found: Paraphrase[] = [];
      const add = (w: string, forms: readonly string[]): void => {
        const t = termOf(w);
        const id = t === null ? undefined : index.termId(t);
        if (id === undefined || id === index.termId(term) || found.some((p) => p.id === id)) return;
        found.push({ id, strength: NEGATED_OPPOSITE, forms: new RegExp(`(?:\\b(?:not|never|no\\s+longer)|n['’]t)\\s+(?:[a-z]+\\s+)?(?:${forms.map(escapeRegExp).join('|')})\\b`, 'i') });
      };
      // The question's verb has a verb's opposites ("Where does he live?" is not "not dead"), any other word an adjective's.
      const verb = isVerbSlot(q.text, token.start, token.word);
      for (const a of verb ? [] : wn.antonyms(token.word, 'adj')) {
        add(a, [a]);
        for (const s of wn.related(a, 'adj', 1).synonyms) if (/^[a-z]+$/.test(s)) add(s, [s]);
      }
      for (const a of verb ? wn.antonyms(token.word, 'verb') : []) if (!LIGHT_VERBS.has(a)) add(a, verbForms(a));
      if (found.length > 0) out.set(i, [...(out.get(i) ?? []), ...found]);
    }
  });
}
