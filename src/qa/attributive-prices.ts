/**
 * "How much will the factory cost?" is answered by "it would build a 10 billion euro ($11.4
 * billion) factory": a sum written before the asked thing is its price, though the sentence
 * never says "cost". The cost word is then met (scored as written) by that sum.
 */
import type { QuestionAnalysis } from './question-analysis.ts';
import { sumsIn } from './quantities.ts';
import { STOP_WORDS, termOf } from './text-analysis.ts';

/** A question for what a thing costs or is worth: "How much will the factory cost?", "What is the plant worth?". */
const COST_Q_RE = /^\s*(?:and\s+)?(?:how\s+much|what)\b[^?]*\b(cost|costs|costing|worth)\b/i;

/** After a sum, a converted sum in brackets, then up to three words in lower case, one of them its noun: "($11.4 billion) factory", "-dollar chip plant". */
const AFTER_SUM_RE = /^(?:\s*\([^()]{0,40}\))?[\s-]+((?:\p{Ll}+[\s-]+){0,2}\p{Ll}+)/u;

/** The question's cost word ("cost", "worth"), when it asks what a thing costs; else undefined. */
export function costWordOf(q: QuestionAnalysis): string | undefined {
  const word = COST_Q_RE.exec(q.text)?.[1];
  return word === undefined ? undefined : (termOf(word.toLowerCase()) ?? undefined);
}

/**
 * Whether `text` writes a sum right before a noun the question asks about (not its cost word),
 * with no function word between: "a 10 billion euro factory", not "$1,450 a tonne".
 */
export function pricedBeforeAsked(q: QuestionAnalysis, text: string, costTerm: string): boolean {
  for (const m of sumsIn(text)) {
    const words = AFTER_SUM_RE.exec(text.slice(m.index + m[0].length))?.[1]?.split(/[\s-]+/) ?? [];
    for (const w of words) {
      // "a $5 million reward for bin Laden's arrest": the sum is the reward's, not of what follows "for".
      if (STOP_WORDS.has(w)) break;
      const t = termOf(w);
      if (t !== null && t !== costTerm && q.terms.includes(t)) return true;
    }
  }
  return false;
}
