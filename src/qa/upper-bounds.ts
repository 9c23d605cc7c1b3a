/**
 * A question for the most something may be ("What is the maximum fine?") is answered by a figure
 * given as an upper bound ("can fine an exchange up to 2 percent of its annual revenue"), which
 * writes no word of "maximum". General English, no topic's words.
 */
import { termOf } from './text-analysis.ts';

/** The terms of the words that ask for an upper bound. */
const MAXIMUM_TERMS: ReadonlySet<string> = new Set(['maximum', 'max'].map((w) => termOf(w) ?? w));

/** A figure given as an upper bound: "up to 2 percent", "as much as $5 million", "no more than six years". */
const UPPER_BOUND_RE = /\b(?:up\s+to|as\s+(?:much|many|high|long)\s+as|no\s+more\s+than|at\s+most|a\s+maximum\s+of)\s+(?:[$€£¥]\s*)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|hundreds|thousands)\b)/i;

/** Whether `term` is a question's word for an upper bound and `text` gives a figure as one. */
export function upperBoundMeets(term: string, text: string): boolean {
  return MAXIMUM_TERMS.has(term) && UPPER_BOUND_RE.test(text);
}
