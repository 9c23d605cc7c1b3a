/**
 * "Who won the election?" is answered by "Annelies Vos was elected president": to win an event
 * whose noun WordNet derives from a verb ("election" ← elect, "nomination" ← nominate,
 * "appointment" ← appoint) is to have that verb done to you. The passive of the verb stands in
 * for "win", nearly as strongly as the word itself. General English, no topic's words.
 */
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp, termOf } from './text-analysis.ts';
import { verbForms, type WordNet } from './wordnet.ts';
import type { Paraphrase } from './paraphrase-kit.ts';

/** "won the election", "wins re-election", "winning a third term": a form of "win", a determiner or two, and the noun (group 2). */
const WON_EVENT_RE = /\b(win|wins|won|winning)\s+(?:(?:the|a|an|this|that|his|her|their|its|another|second|third)\s+){0,2}([a-z-]{4,})\b/gi;

/** How strongly "was elected" stands in for "won the election". */
export const WON_AS_PASSIVE = 0.9;

/** Adds to `out` (question term index → paraphrases) the passive of the verb an event "won" is named after, where the documents use it. */
export function wonEventParaphrases(q: QuestionAnalysis, index: TopicIndex, wn: WordNet, out: Map<number, Paraphrase[]>): void {
  for (const m of q.text.matchAll(WON_EVENT_RE)) {
    const noun = (m[2] as string).toLowerCase();
    if (wn.lemmas(noun, 'noun').length === 0) continue;
    const won = termOf((m[1] as string).toLowerCase());
    const at = q.terms.findIndex((t) => t === won);
    if (at < 0) continue;
    const found: Paraphrase[] = [];
    for (const { word, agent } of wn.derived(noun)) {
      if (agent || wn.lemmas(word, 'verb')[0] !== word) continue;
      const participles = verbForms(word).filter((f) => /(?:ed|en|n|t)$/.test(f) && f !== word);
      const ids = participles.map((p) => index.termId(termOf(p) ?? p)).filter((id): id is number => id !== undefined);
      if (ids.length === 0) continue;
      const forms = new RegExp(`\\b(?:was|were|is|are|been|be|being|got|gets|get)\\s+(?:\\p{Ll}+ly\\s+)?(?:${participles.map(escapeRegExp).join('|')})\\b`, 'iu');
      found.push({ id: ids[0] as number, forms, strength: WON_AS_PASSIVE });
    }
    if (found.length > 0) out.set(at, [...(out.get(at) ?? []), ...found]);
  }
}
