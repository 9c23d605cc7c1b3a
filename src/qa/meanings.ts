/**
 * "What does the hashtag mean?", "What does the name mean?": a question for what a word or sign
 * means, answered by the gloss a sentence sets off after it ('The hashtag #BalikinLoopa — "Bring
 * Loopa back" — was ...', "..., meaning ...", "which means ...", "literally ..."). The asked verb
 * "mean" is met by such a gloss. General English.
 */
import type { QuestionAnalysis } from './question-analysis.ts';
import { termOf } from './text-analysis.ts';

/** "What does / do / did <phrase> mean?". */
const MEANING_Q_RE = /^\s*(?:and\s+)?what\s+(?:does|do|did)\s+.+?\s+mean\s*\??\s*$/i;
/** A quoted gloss set off by a dash, a bracket or a comma, or a word that glosses. */
const GLOSS_RE = /(?:[—–(]|\s-)\s*["“‘][^"”’]{2,80}["”’]|\b(?:meaning|which means|literally|translates as|stands for)\b/i;
const MEAN_TERM = termOf('mean');

/** Whether `q` asks what something means and `term` is its verb "mean". */
export function asksMeaningBy(q: QuestionAnalysis, term: string): boolean {
  return term === MEAN_TERM && q.speakerPhrase === null && MEANING_Q_RE.test(q.text);
}

/** Whether `text` glosses a word it names: a quoted gloss set off after it, or "meaning", "literally". */
export function glosses(text: string): boolean {
  return GLOSS_RE.test(text);
}
