/**
 * Stage 6 of answering, for short answers to "who did it" questions: the one name the quote
 * gives as the doer of the question's verb. "Who appealed for aid?": "Pope John Paul II
 * appealed for aid ..." (the name right before the verb); "Who called on Milosevic ...?":
 * "Djukanovic, a staunch Milosevic critic, called on ..." (an appositive between); "Who drafted
 * the plan?": "... the plan drafted by First Deputy Prime Minister Yuri Maslyukov" (the agent
 * of the passive, without its titles). General English: the verb's forms come from WordNet,
 * and only a name the question does not already have counts.
 */
import { WEEKDAYS } from '../domain/calendar.ts';
import { isMonth, isPlaceWord, isTitleWord } from './entities.ts';
import { countryTermOf, DEMONYMS } from './gazetteer.ts';
import { escapeRegExp } from './text-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';

/** "Who appealed ...?", "Who won ...?": "who" and then the verb itself, no auxiliary. */
const WHO_VERB_Q_RE = /^\s*(?:and\s+)?who\s+([a-z]+)\b/i;
/** Auxiliaries and copulas after "who": "Who is ...", "Who will ..." ask something else. */
export const AUXILIARY_RE = /^(?:is|was|are|were|be|been|did|does|do|has|have|had|will|would|can|could|should|shall|may|might|must)$/;

/** A capitalised name of one to five words (with the particles of names). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|dos|da|van|von|al|bin|dia))*`;
/** A preposition right before a name: the name is its object. */
const PREPOSITION_BEFORE_RE = /\b(?:of|from|in|at|to|near|with|by|for|into|on)\s+(?:the\s+)?$/i;

/** Words a capitalised run may open with that are not the doer's name. */
const NOT_NAME_START_RE = /^(?:the|a|an|but|and|or|then|when|after|before|in|on|at|he|she|it|they|we|this|that|meanwhile|however)$/i;

/** Words of a title that are not titles alone: "First Deputy Prime Minister". */
const TITLE_PART_RE = /^(?:first|deputy|vice|acting|former|prime|chief|general|lt\.?|gov\.?|rep\.?|sen\.?)$/i;

/** The name without the titles before it ("First Deputy Prime Minister Yuri Maslyukov" → "Yuri Maslyukov"). */
function withoutTitles(name: string): string {
  const parts = name.split(/\s+/);
  // "Sunday Howard Peterson said": a day or month a wire writes first is no part of the name.
  while (parts.length > 0 && (NOT_NAME_START_RE.test(parts[0] as string) || WEEKDAYS.includes((parts[0] as string).toLowerCase()) || isMonth((parts[0] as string).toLowerCase()))) parts.shift();
  const lastTitle = parts.reduce((at, p, i) => (isTitleWord(p) || TITLE_PART_RE.test(p) ? i : at), -1);
  return parts.slice(lastTitle + 1).join(' ').replace(/[.,]+$/, '');
}

/**
 * The forms of `verb`'s lemma as a regex alternation, when `verb` is an inflected verb form
 * ("appealed", "won", "leads"); null for a noun or a bare form. Shared with short-answer.ts's
 * "Which hurricane killed ...?".
 */
export function inflectedVerbForms(verb: string): string | null {
  const lemma = wordNet()?.lemmas(verb, 'verb')[0];
  return !lemma || lemma === verb ? null : verbForms(lemma).map(escapeRegExp).join('|');
}

/**
 * The one name `text` gives as the doer of the verb a "Who <verb> ...?" question asks about,
 * or null: none, several, or the question is not of that shape.
 */
export function subjectOfAskedVerb(question: string, text: string): string | null {
  const verb = WHO_VERB_Q_RE.exec(question)?.[1]?.toLowerCase();
  const forms = verb === undefined || AUXILIARY_RE.test(verb) ? null : inflectedVerbForms(verb);
  if (forms === null) return null;
  const asked = new Set(question.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);
  const found = new Set<string>();
  const add = (raw: string): void => {
    const name = withoutTitles(raw);
    if (name === '' || !/^\p{Lu}/u.test(name) || name.toLowerCase().split(/\s+/).some((w) => asked.has(w))) return;
    // A people ("Palestinian security officials") or a place is no doer's name (a day was taken off by withoutTitles).
    const lower = name.toLowerCase();
    if (DEMONYMS.has(lower) || countryTermOf(lower) !== null || isPlaceWord(name.split(/\s+/).at(-1) as string)) return;
    found.add(name);
  };
  // "Pope John Paul II appealed", "Djukanovic, a staunch Milosevic critic, called on", "Chris Shays of Connecticut called".
  for (const m of text.matchAll(new RegExp(`(${NAME})(?:\\s+of\\s+${NAME})?(?:,\\s+(?:a|an|the)\\s+[^,;:]{1,60},)?\\s+(?:${forms})\\b`, 'gu'))) {
    // "a moderate from Connecticut called", "the capital of Wuhan accused him": a name after a preposition is not the subject.
    if (!PREPOSITION_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) add(m[1] as string);
  }
  // "drafted by First Deputy Prime Minister Yuri Maslyukov".
  for (const m of text.matchAll(new RegExp(`\\b(?:${forms})\\s+by\\s+(?:the\\s+)?(${NAME})`, 'gu'))) add(m[1] as string);
  return found.size === 1 ? ([...found][0] as string) : null;
}
