/**
 * "How long did the ban last?" asks how long it was: "the order would stay in place for at
 * least a week" says how long it was expected to be, said before it ended. A span that a
 * sentence gives only as a plan or forecast ("will last two weeks", "is expected to take three
 * months", "could remain closed for days") answers a past question less. Not for a question
 * about the plan itself ("How long is the ban expected to last?", "How long will it take?").
 * General English; used by answer-type-fit.ts.
 */
import { hasDurationIn } from './entities.ts';

/** A question about what was, not what is to be: "did", "was", "were", "had" and no word of a plan or forecast. */
const PAST_Q_RE = /\b(?:did|was|were|had)\b/i;
const PLAN_Q_RE = /\b(?:will|would|shall|could|might|may|expected|expect|due|scheduled|planned|plans?|supposed|likely|forecast|predicted|to be)\b/i;

/**
 * A modal or plan, then up to six words, then a span: "would stay in place for at least a week",
 * "is expected to take three months"; not "will have taken the full 30 days" (done by then).
 */
const PLANNED_SPAN_RE = /\b(?:(?:will|would|could|might|may|shall)(?!\s+have\b)|(?:is|are|was|were)\s+(?:expected|due|set|scheduled|likely|supposed)\s+to|plans?\s+to|planned\s+to)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:for\s+)?(?:at\s+least\s+|about\s+|up\s+to\s+|another\s+|more\s+than\s+|nearly\s+|some\s+|several\s+|a\s+few\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,.]*)?[\s-]*(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/giu;

/** Whether every span of time in `text` is one planned or forecast, for a question about how long something was. */
export function spansOnlyPlanned(question: string, text: string): boolean {
  if (!PAST_Q_RE.test(question) || PLAN_Q_RE.test(question)) return false;
  const rest = text.replace(PLANNED_SPAN_RE, (m) => ' '.repeat(m.length));
  return rest !== text && !hasDurationIn(rest);
}
