/**
 * Stage 3 of answering, beside answer-kind.ts: a kind said as someone's own. "Which party does
 * Basha belong to?" is answered by "His Socialist Party ..." right after a sentence on Basha: the
 * possessive says the belonging the question's verb asks about.
 */
import { kindNoun } from './answer-kind.ts';
import { perQuestion, RELATION_Q_RE, type QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp, termOf } from './text-analysis.ts';

/**
 * "Which party does Basha belong to?": a sentence that gives the kind as the person's own ("His
 * Socialist Party", "Basha's Socialist Party") says the tie the verb asks about, which such
 * sentences seldom write. True when `term` is the question's verb of belonging (RELATION_Q_RE)
 * and `text` has a possessive before the kind's noun whose possessor (a pronoun or a name, lower
 * case) `isAsked` takes for the one the question asks about.
 */
export function belongingByPossessive(q: QuestionAnalysis, term: string, text: string, isAsked: (possessor: string) => boolean): boolean {
  const asked = belongingAsked(q);
  if (asked === null || asked.term !== term) return false;
  for (const m of text.matchAll(asked.possessed)) if (isAsked((m[1] as string).toLowerCase())) return true;
  return false;
}

/** The question's verb of belonging (its term) and the pattern of a possessive before its kind's noun (the possessor in group 1), or null. */
const belongingAsked = perQuestion((q): { term: string; possessed: RegExp } | null => {
  const kind = kindNoun(q)?.toLowerCase();
  const verb = RELATION_Q_RE.exec(q.text)?.[1];
  const term = verb === undefined ? null : termOf(verb.toLowerCase());
  if (kind === undefined || term === null) return null;
  const noun = `(?:${escapeRegExp(kind)}|${escapeRegExp(kind.charAt(0).toUpperCase() + kind.slice(1))})`;
  return { term, possessed: new RegExp(`\\b([Hh]is|[Hh]er|[Tt]heir|\\p{Lu}[\\p{L}'’-]+(?=['’]s?\\s))(?:['’]s?)?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,4}${noun}\\b`, 'gu') };
});
