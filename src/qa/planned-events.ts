/**
 * Stage 4 of answering, beside the event check (event-verb.ts): an event a sentence only plans
 * or supposes. "Who replaced Dick Armey as majority leader?" is not answered by "A possible slate
 * could contain the names of ... Steve Largent of Oklahoma to replace Dick Armey": the verb is
 * there, as an infinitive of purpose under "could", but nobody has replaced anyone. Only for a
 * question about what came about (not "will", "would" or "if"); "was named to replace" and
 * "agreed to replace" say it came about, or was settled, and are left alone.
 */
import { analyze } from './text-analysis.ts';

/** Before "to <verb>": the word of a plan, a wish or a possibility, in the same clause ("clearing the way for her to take the oath": not taken yet). */
const PLANNING_RE = /\b(?:could|would|might|may|possible|possibly|potential|proposed|expected|likely|hopes?|hoped|hoping|wants?|wanted|plans?|planned|planning|seeks?|sought|intends?|intended|aims?|candidates?|slate|favou?rites?|contenders?|(?:clear(?:s|ed|ing)?|pav(?:e|es|ed|ing)|open(?:s|ed|ing)?)\s+the\s+way|set(?:s|ting)?\s+the\s+stage)\b/i;
/** Right before "to <verb>": a verb that says the choice was made or the act done ("named to replace", "agreed to buy"). */
const SETTLED_BEFORE_TO_RE = /\b(?:named|chosen|elected|appointed|picked|selected|tapped|designated|nominated|agreed|voted|decided|moved|managed|went|came|helped|used|began|started|continued|sworn\s+in)\s+(?:\S+\s+){0,1}to\s+$/i;
/** Right before "to <verb>": an obligation in the present. */
const OBLIGED_BEFORE_TO_RE = /\b(?:have|has|need|needs|ought)\s+to\s+$/i;
/** A clause boundary between the planning word and the verb: the plan is another clause's. */
const CLAUSE_BREAK_RE = /[;:]|\b(?:but|and then|after|before|because|when|while)\b/i;

/** Whether the question asks about what came about: a past verb, no future, no condition. */
export function asksWhatCameAbout(question: string, future: boolean): boolean {
  // "What did Carter mean to visit?", "Whom did they plan to name?": the question asks about a plan itself
  // (a word of PLANNING_RE, or one of meaning, trying or condition).
  if (future || PLANNING_RE.test(question) || /\b(?:if|unless|whether|should|will|mean|meant|try|tried|aimed|supposed|due|going)\b/i.test(question)) return false;
  return /\b(?:did|was|were|had|has|have)\b/i.test(question) || /^\s*(?:and\s+)?(?:who|what|which)\s+(?:\S+\s+)?\p{Ll}+ed\b/iu.test(question);
}

/**
 * Whether every use of the event verb in `text` (`isEventTerm` of a term) is an infinitive
 * ("to replace") that a plan, wish or possibility earlier in its clause governs.
 */
export function eventOnlyPlanned(text: string, isEventTerm: (term: string) => boolean): boolean {
  const uses = analyze(text).filter((t) => isEventTerm(t.term));
  return uses.length > 0 && uses.every((t) => {
    const before = text.slice(0, t.start);
    if (!/\bto\s+$/i.test(before) || SETTLED_BEFORE_TO_RE.test(before)) return false;
    // "they have to pay some 200 players": an obligation, not yet met ("had to pay" was met).
    if (OBLIGED_BEFORE_TO_RE.test(before)) return true;
    const clause = before.split(CLAUSE_BREAK_RE).at(-1) ?? before;
    return PLANNING_RE.test(clause);
  });
}
