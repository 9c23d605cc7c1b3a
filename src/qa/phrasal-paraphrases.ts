/**
 * Paraphrases of a question's verb with its particle: "Why was the visit put off?" asks about a
 * delay ("The visit has been delayed a month"), "Who put together the book?" about assembling it.
 * WordNet lists such verbs as lemmas of their own ("put_off", "put_together"), with their own
 * senses; the bare verb's ("put": place, set) say something else. Their words the documents use
 * stand in for the verb, and for the particle where it is a question term of its own
 * ("together"), as a paraphrase of a verb the documents never use does (paraphrases.ts).
 */
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { termOf } from './text-analysis.ts';
import { phrasalVerbsIn } from './phrasal-verbs.ts';
import type { WordNet } from './wordnet.ts';
import { BROADER, SAME_SENSE, verbParaphraseOf, type Paraphrase } from './paraphrase-kit.ts';

/** Particles that make a verb another one ("put off", "set up", "put together"). */
const PARTICLE_AFTER_RE = /^(?:up|out|down|off|over|back|away|together|aside)$/;

/** Senses of the phrasal verb looked at, commonest first. */
const SENSES = 2;

/**
 * Adds to `out` (question term index → paraphrases) the paraphrases of each verb with its
 * particle that WordNet knows, in place of those of the bare verb.
 */
export function phrasalParaphrases(q: QuestionAnalysis, index: TopicIndex, wn: WordNet, out: Map<number, Paraphrase[]>): void {
  for (const { word: verb, lemma, particle } of phrasalVerbsIn(q.text, PARTICLE_AFTER_RE, wn)) {
    const r = wn.related(`${lemma}_${particle}`, 'verb', SENSES);
    const found = new Map<string, Paraphrase>();
    for (const [ws, strength] of [[r.synonyms, SAME_SENSE], [r.broader, BROADER]] as const) {
      for (const w of ws) {
        // At the strengths of a paraphrase of a verb the documents never use.
        const p = found.has(w) || !/^[a-z]{3,}$/.test(w) || w === lemma ? null : verbParaphraseOf(w, strength, index);
        if (p) found.set(w, p);
      }
    }
    if (found.size === 0) continue;
    const targets = new Set([termOf(verb) ?? verb, termOf(particle) ?? particle]);
    q.terms.forEach((term, i) => {
      if (targets.has(term)) out.set(i, [...found.values()]);
    });
  }
}
