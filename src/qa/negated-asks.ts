/**
 * A question that asks about what was not done: "What did Blinken say the US had not seen China
 * do?" is answered by "We have not seen them cross that line", not by "We have seen some
 * political and rhetorical support". A sentence that has the negated verb, and has it only
 * un-negated, tells of the opposite. General English: negation words and WordNet's verb forms.
 */
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp } from './text-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';

/** A negated verb in a question: "had not seen", "didn't attend", "has never visited". */
const NEGATED_Q_RE = /(?:\b(?:not|never)|n['’]t)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u;
/** Words between the negation and its verb that are no verb: "not yet seen", "didn't the council know". */
const NOT_THE_VERB = /^(?:yet|ever|been|be|the|a|an|his|her|its|their|this|that|these|those|he|she|it|they|we|you|i|\p{Lu}.*)$/u;
/** A negation shortly before a verb, in its clause: "have not seen", "didn't know", "cannot afford", "instead of holding". */
const NEGATED_BEFORE_RE = /(?:\b(?:not|never|no|neither|nor|without|nobody|none|cannot|unable|instead\s+of|rather\s+than|fail(?:s|ed|ing)?\s+to|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to)\b|n['’]t\b)[^,.;:!?]*$/i;
/** How far before a verb a negation still governs it (characters). */
const NEGATION_CHARS = 25;

/** Verbs that are auxiliaries as often as not: "have not" negates the verb after them. */
const AUXILIARY = /^(?:be|have|do)$/;

/** The forms of the verb a question negates, or null when it negates none (or only an auxiliary). */
export const negatedVerb = perQuestion((q: QuestionAnalysis): RegExp | null => {
  const m = NEGATED_Q_RE.exec(q.text);
  const wn = wordNet();
  if (!m || !wn) return null;
  // The first word after it that can be a verb: past adverbs and an inverted subject ("didn't the council know").
  const word = (m[1] as string).split(/\s+/).find((w) => !NOT_THE_VERB.test(w) && wn.lemmas(w.toLowerCase(), 'verb').length > 0);
  const lemma = word === undefined ? undefined : wn.lemmas(word.toLowerCase(), 'verb')[0];
  if (!lemma || AUXILIARY.test(lemma)) return null;
  return new RegExp(`\\b(?:${verbForms(lemma).map(escapeRegExp).join('|')})\\b`, 'gi');
});

/** Whether `text` has the negated verb (`forms`) and never with a negation before it: it says the thing was done. */
export function saysOnlyDone(forms: RegExp, text: string): boolean {
  let found = false;
  for (const m of text.matchAll(forms)) {
    if (NEGATED_BEFORE_RE.test(text.slice(Math.max(0, m.index - NEGATION_CHARS), m.index))) return false;
    found = true;
  }
  return found;
}

/** "How will the aid be paid?", "How did the fire start?": a question for the way something is done (not "how many", "how long"). */
const MANNER_Q_RE = /^\s*(?:and\s+)?how\s+(?:will|would|did|does|do|is|are|was|were|has|have|had|can|could)\s+[^?]*?\b([\p{Ll}-]{3,})\s*\??\s*$/iu;

/** The forms of the verb whose manner a question asks (its last word, a verb), or null. */
export const mannerVerb = perQuestion((q: QuestionAnalysis): RegExp | null => {
  const word = MANNER_Q_RE.exec(q.text)?.[1];
  const wn = wordNet();
  const lemma = word === undefined || !wn ? undefined : wn.lemmas(word, 'verb')[0];
  if (!lemma || AUXILIARY.test(lemma)) return null;
  return new RegExp(`\\b(?:${verbForms(lemma).map(escapeRegExp).join('|')})\\b`, 'gi');
});

/**
 * Whether `text` has the verb (`forms`) only negated: "None of the aid has been paid so far" tells
 * of no way it will be paid ("How will the aid be paid?").
 */
export function saysOnlyNotDone(forms: RegExp, text: string): boolean {
  let found = false;
  for (const m of text.matchAll(forms)) {
    if (!NEGATED_BEFORE_RE.test(text.slice(Math.max(0, m.index - NEGATION_CHARS), m.index))) return false;
    found = true;
  }
  return found;
}
