/**
 * "How long were flights halted?" is not answered by "One was seen again for about ten minutes,
 * but flights were not stopped": the asked verb (or a word of its sense) is there only negated,
 * so the span the sentence gives is not how long it happened. General English, no topic's words.
 */
import { durationVerbOf } from './event-verb.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { analyze } from './text-analysis.ts';

/** A negation right before a verb: "were not stopped", "had never been halted", "wasn't closed". */
const NEGATED_BEFORE_RE = /\b(?:not|never|n['’]t|no longer)\s+(?:(?:been|be|being|yet|ever|even|fully)\s+)?$/i;

/** What a duration costs when the sentence says the asked act did not happen. */
export const DURATION_NEGATED = 0.5;

/** Whether every use in `text` of a "how long" question's verb, by its term, is negated. */
export function durationVerbNegated(q: QuestionAnalysis, text: string): boolean {
  const verb = durationVerbOf(q);
  const term = verb === null ? undefined : q.tokens.find((t) => t.word === verb)?.term;
  if (term === undefined) return false;
  const uses = analyze(text).filter((t) => t.term === term);
  return uses.length > 0 && uses.every((t) => NEGATED_BEFORE_RE.test(text.slice(Math.max(0, t.start - 25), t.start)));
}
