/**
 * How much each question term weighs in the re-ranker's match (qa-scoring.ts): its idf, more for
 * a name, a place or a date, less for a word that only says what kind of answer is wanted, for
 * one a follow-up inherited, and for a month when no date is asked.
 */
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { MONTH_WEIGHT } from './scoring-weights.ts';
import { isMonthTerm } from './time-expressions.ts';

export interface TermWeights {
  /** Per question term, in `q.terms` order. */
  weights: number[];
  totalWeight: number;
  /** Whether a term is one of the question's topic words: not a name, place, date, light, inherited or speaker word, nor the topic's own. */
  isFocus: (term: string) => boolean;
}

export function termWeights(q: QuestionAnalysis, index: TopicIndex, qIds: readonly (number | undefined)[], soft: ReadonlySet<string>, referents: ReadonlySet<string>): TermWeights {
  const maxIdf = index.idf(undefined);
  // Names, places and dates count in full (a question about Zelensky is not answered by a
  // sentence without him); an ordinary word the documents never use counts 0.6 of the
  // rarest word, so one paraphrased verb cannot sink an otherwise matching sentence.
  const isFocus = (t: string): boolean => !q.entityTerms.has(t) && !isMonthTerm(t) && !q.light.has(t) && !soft.has(t) && !referents.has(t) && !q.setting.has(t) && !index.topicTerms.has(t) && !q.speaker.includes(t);
  const hasFocus = q.terms.some(isFocus);
  const weights = q.terms.map((t, i) => {
    const idf = index.idf(qIds[i]);
    // A month is a constraint (monthFactor), not what the question is about: "worried after the June visit".
    const w = isMonthTerm(t) ? (q.type === 'date' || !hasFocus ? idf : MONTH_WEIGHT * idf) : q.entityTerms.has(t) ? idf * 1.5 : qIds[i] === undefined ? 0.6 * maxIdf : idf;
    if (referents.has(t)) return 0;
    // "What's Beijing's line on ...": the stance word names the kind of answer once a speaker is asked about.
    if (q.speakerPhrase && q.light.has(t)) return 0;
    // A two-word name is one thing the question names: its words share one weight.
    const groupSize = q.nameGroups.get(t)?.length ?? 1;
    return (w / groupSize) * (q.light.has(t) ? 0.5 : 1) * (soft.has(t) || q.setting.has(t) ? 0.5 : 1);
  });
  return { weights, totalWeight: weights.reduce((a, b) => a + b, 0), isFocus };
}
