/**
 * The verb that names what a question asks about: "Who commands the army?" → command, "When
 * did Uganda withdraw its troops?" → withdraw. A sentence that has neither the verb, a form of
 * it ("commander") nor a WordNet synonym can hardly say who did it or when: the scorer costs
 * it (see qa-scoring). Nothing here knows a topic: the verb is found by its place in the
 * question and by WordNet.
 */
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { termOf } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** "who commands", "who will replace": the word after "who" and a modal. */
const WHO_VERB_RE = /^\s*(?:and\s+)?who\s+(?:will\s+|would\s+|might\s+|could\s+|may\s+)?([a-z]+)\b/i;
/** "when did X withdraw", "when will the lockout end", "when was Levy appointed": the words after the auxiliary. */
const WHEN_AUX_RE = /^\s*(?:and\s+)?when\s+(did|does|do|will|would|is|are|was|were|has|have|had|can|could)\s+(.+?)\s*[?.!]*$/i;
const DETERMINER = /^(?:the|a|an|its|his|her|their|this|that|next|last|first|new)$/i;
/** Adverbs of time and degree that WordNet also knows as verbs ("last", "still"). */
const ADVERB = /^(?:last|first|still|ever|again|just|only|also|later|soon|finally|yet)$/;
/** Auxiliaries and copulas: never the event itself. */
const AUXILIARY = /^(?:is|was|are|were|be|been|being|has|have|had|did|does|do|will|would|can|could|may|might|should|must|not|get|got)$/;

/** The question's event verb as written (lower case), or null. */
export function eventVerbOf(q: QuestionAnalysis): string | null {
  const wn = wordNet();
  if (!wn) return null;
  const isVerb = (w: string): boolean => !AUXILIARY.test(w) && wn.lemmas(w, 'verb').length > 0;
  if (q.type === 'person') {
    const w = WHO_VERB_RE.exec(q.text)?.[1]?.toLowerCase();
    return w && isVerb(w) ? w : null;
  }
  if (q.type === 'date') {
    const m = WHEN_AUX_RE.exec(q.text);
    if (!m) return null;
    // After "is / was" the event is a participle ("was Levy appointed", "is the election
    // scheduled"); after "did / will" it is the first verb after the subject ("did the SPLA
    // capture", "will the lockout end"), not a word that may be a noun right after a determiner.
    const passive = /^(?:is|are|was|were)$/i.test(m[1] as string);
    const words = (m[2] as string).split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const raw = (words[i] as string).replace(/[^\p{L}'’-]/gu, '');
      const w = raw.toLowerCase();
      if (!raw || /^\p{Lu}/u.test(raw) || ADVERB.test(w) || !isVerb(w)) continue;
      // "did Sharon become minister", "will the plan take effect": a light verb; the event is a noun.
      if (q.light.has(termOf(w) ?? w)) return null;
      const inflected = wn.lemmas(w, 'verb').some((l) => l !== w);
      // "did Greece hope to join": the verb after "to" is the event.
      if (words[i + 1]?.toLowerCase() === 'to' && !passive) continue;
      // After "is / was", a participle ("appointed", "found"), not "missing" or "prizes"; after
      // "did / will" a base form ("will the talks end": not "talks"), and a word that may be a
      // noun only when no determiner or possessive stands right before it ("Yao's visa expire").
      const nounHere = wn.lemmas(w, 'noun').length > 0 && (i === 0 || DETERMINER.test(words[i - 1] ?? '') || AUXILIARY.test(words[i - 1] ?? '') || /['’]s?$/.test(words[i - 1] ?? ''));
      if (passive ? !inflected || /(?:ing|s)$/.test(w) : inflected || nounHere) continue;
      return w;
    }
  }
  return null;
}

/** Term ids of the verb, its derived forms ("commander") and its WordNet synonyms (single words) in the topic. */
export function eventVerbIds(word: string, index: TopicIndex): Set<number> {
  const wn = wordNet();
  const out = new Set<number>();
  const words = wn ? [...wn.related(word, 'verb').synonyms, ...wn.derived(word).map((d) => d.word)] : [];
  for (const w of [word, ...words]) {
    if (/[\s_]/.test(w)) continue;
    const id = index.termId(termOf(w) ?? w);
    if (id !== undefined) out.add(id);
  }
  return out;
}
