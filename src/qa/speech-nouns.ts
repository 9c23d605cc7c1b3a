/**
 * A speech act told as a noun: "What did Amato promise?" is answered by "Amato ... was elected in
 * 2021 on a promise to clean up the city", and "What did Amato's lawyers ask the judge for?" by
 * "... rejecting his lawyers' request for house arrest". No one speaks in those sentences, so the
 * speaker index has no speaker for them; the noun of the question's verb (the verb's own noun or
 * a WordNet synonym's, one that names something said) with the speaker's words in the same
 * sentence says what the speaker said. General English from WordNet; no topic's words.
 */
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { analyze, escapeRegExp } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** Speaker fit of a sentence that tells the speech act as a noun beside the speaker: as one whose speaker is named second (0.9). */
export const SPEECH_NOUN_MATCH = 0.9;

/** Senses of the question's verb whose synonyms lend their nouns ("ask" → "request"). */
const VERB_SENSES = 2;

/** The nouns of the question's speech verb, as a pattern ("promise", "request", "demand"), or null. */
const speechNounPattern = perQuestion((q: QuestionAnalysis): RegExp | null => {
  const wn = wordNet();
  if (!wn || !q.speakerPhrase) return null;
  const verb = new RegExp(`${escapeRegExp(q.speakerPhrase)}\\s+(\\p{Ll}{3,})`, 'iu').exec(q.text)?.[1];
  const lemma = verb === undefined ? undefined : wn.lemmas(verb, 'verb')[0];
  if (!lemma) return null;
  const nouns = new Set<string>();
  for (const w of [lemma, ...wn.related(lemma, 'verb', VERB_SENSES).synonyms]) {
    if (!/^[a-z]{4,}$/.test(w)) continue;
    // The verb's own word as a noun ("a promise", "a request"), or its noun of the act ("warn" → "warning").
    const candidates = [w, ...wn.derived(w).filter((d) => !d.agent).map((d) => d.word)];
    for (const n of candidates) if (/^[a-z]{4,}$/.test(n) && wn.lemmas(n, 'noun').includes(n) && wn.isCommunicationNoun(n)) nouns.add(n);
  }
  return nouns.size === 0 ? null : new RegExp(`\\b(?:${[...nouns].map(escapeRegExp).join('|')})s?\\b`, 'i');
});

/**
 * Whether `text` tells the question's speech act as a noun ("on a promise to", "his lawyers'
 * request for") and names the asked speaker (every group of `groups`, the speaker's terms).
 */
export function speechToldAsNoun(q: QuestionAnalysis, text: string, groups: readonly (readonly string[])[]): boolean {
  const nouns = speechNounPattern(q);
  if (!nouns || groups.length === 0 || !nouns.test(text)) return false;
  const here = new Set(analyze(text).map((t) => t.term));
  return groups.every((g) => g.some((t) => here.has(t)));
}
