/**
 * Part of the type-fit stage: "What did Hrawi and Assad agree on at their summit?", "What did the
 * two leaders discuss?" ask for what was discussed or agreed, the content of a meeting. A sentence
 * that only says they met ("traveled to Damascus for a summit meeting with Assad", "met on the
 * margins of the conference") tells where and when, not what. It answers only if it says the
 * discussing itself ("discussed", "the agreement on", "talks about") or what someone said there
 * ("warned Wang Yi of consequences"). General English: the verbs of talking something over and
 * their WordNet derivations, and the verbs of saying.
 */
import { escapeRegExp } from './text-analysis.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { perQuestion } from './question-analysis.ts';
import { REPORTING } from './speech-verbs.ts';
import { wordNet } from './wordnet.ts';

/** Verbs whose object is what was talked over: asking "what" of them asks for the content. */
const TALKED_OVER: ReadonlySet<string> = new Set(['discuss', 'agree', 'negotiate', 'debate', 'talk', 'decide']);

/** "What did X and Y discuss?", "What will they agree on?": the verb after the subject. */
const WHAT_DID_RE = /^\s*(?:[Aa]nd\s+)?[Ww]hat\s+(?:did|do|does|will|would|have|has|had)\s+.+?\s+(\p{Ll}+)(?:\s+(?:on|about|over|to))?(?:\s+(?:at|in|during|by|on|after|before|when)\b[^?]*)?\s*[?.!]*$/u;

/** Type factor for a sentence that never says what was discussed (the same as a missing event verb). */
export const CONTENT_UNSAID = 0.6;

/** The pattern of a sentence saying what was talked over, for a question asking it; null for other questions. */
export const discussedContentPattern = perQuestion((q: QuestionAnalysis): RegExp | null => {
  if (q.type !== 'open') return null;
  const wn = wordNet();
  const verb = WHAT_DID_RE.exec(q.text)?.[1];
  if (!wn || !verb) return null;
  // After "did" / "will" the asked verb is in its base form; "oppose discussing" asks about opposing.
  if (!TALKED_OVER.has(verb)) return null;
  // The verb in any form, and the nouns made from it: its stem and any ending ("discussion",
  // "agreement", "talks"), and WordNet's derived forms ("decision").
  const stem = escapeRegExp(verb.replace(/e$/, ''));
  const derived = wn.derived(verb).filter((d) => /^[a-z]+$/.test(d.word)).map((d) => `${escapeRegExp(d.word)}s?`);
  return new RegExp(`\\b(?:${stem}[a-z]*|${[...derived, REPORTING].join('|')})\\b`, 'i');
});

const CLOSING_ATTRIBUTION_RE = /,\s*(?:[^,.;]{1,60}\s)?(?:said|says|reported|reports|told reporters)\s*(?:[^,.;]{0,40})?[.!]?\s*$/;

/** "What was the referendum about?", "What is the dispute over?": the thing whose subject is asked (group 1, its last word the noun). */
const ABOUT_Q_RE = /^\s*(?:[Aa]nd\s+)?[Ww]hat\s+(?:is|was|are|were|will\s+be)\s+(?:the|this|that|these|those|its|their|his|her)\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]+)\s+(?:about|over)\s*[?.!]*\s*$/u;

/**
 * The pattern of a sentence saying what the asked thing is about: its noun, then within three
 * words "on", "about", "over", "into" or "whether" ("a referendum on whether to build a second
 * reactor", "the dispute, which is over fishing rights"); null for other questions.
 */
export const aboutContentPattern = perQuestion((q: QuestionAnalysis): RegExp | null => {
  const noun = ABOUT_Q_RE.exec(q.text)?.[1]?.split(/\s+/).at(-1);
  if (!noun) return null;
  return new RegExp(`\\b${escapeRegExp(noun)}(?:s|es)?\\b(?:[\\s,]+[\\p{L}\\d'’-]+){0,3}?[\\s,]+(?:on|about|over|into|concerning|whether)\\b`, 'iu');
});

/** Whether `text` fails to say what the question asks was discussed, or what the asked thing is about (false for questions of other kinds). */
export function leavesContentUnsaid(q: QuestionAnalysis, text: string): boolean {
  const about = aboutContentPattern(q);
  if (about !== null) return !about.test(text);
  const pattern = discussedContentPattern(q);
  // A closing attribution (", officials said.") reports the sentence, not what was discussed.
  return pattern !== null && !pattern.test(text.replace(CLOSING_ATTRIBUTION_RE, ''));
}
